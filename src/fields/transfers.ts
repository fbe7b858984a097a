// Transfers to third countries: the controller's instruction and its Chapter V basis (template Bilag C.6, clause 8.4),
// and where the processing may take place (Bilag C.5).
import { findCountries, type CountryRegion } from './countries.js';
import { clean, evidenceAt, type Evidence } from './evidence.js';
import type { FieldDoc, Span } from './view.js';

export type TransferBasis = 'adequacy' | 'scc' | 'dpf' | 'bcr' | 'derogation';
export type TransferInstruction = 'none' | 'adequacy' | 'scc' | 'dpf' | 'blanket' | 'unspecified';

export interface TransfersField {
  /**
   * none: no transfers allowed (an instruction saying so, or the template's default with nothing filled in);
   * adequacy/scc/dpf: transfers allowed on that basis (the broadest named); blanket: allowed with no basis named;
   * unspecified: no C.6 and nothing said elsewhere.
   */
  instruction: TransferInstruction;
  bases: TransferBasis[];
  /** C.6 allows transfers to the sub-processors listed in Bilag B (without naming a basis). */
  allowsListedSubprocessors: boolean;
  evidence: Evidence | null;
}

export interface ProcessingLocation {
  text: string;
  country: string | null;
  countryCode: string | null;
  region: CountryRegion | null;
  evidence: Evidence;
}

export interface LocationsField {
  entries: ProcessingLocation[];
  /** "databehandlerens lokaliteter" without saying where they are. */
  unspecified: boolean;
  evidence: Evidence | null;
}

const BASIS_TESTS: Array<[TransferBasis, RegExp]> = [
  ['scc', /standardkontrakt[A-Za-zÀ-ÖØ-öø-ɏ]{0,12}|standardbestemmelser[ \t\n]{1,3}om[ \t\n]{1,3}databeskyttelse|standard[ \t\n]{1,3}contractual[ \t\n]{1,3}clauses|standard[ \t\n]{1,3}data[ \t\n]{1,3}protection[ \t\n]{1,3}clauses|(?<![A-Za-zÀ-ÖØ-öø-ɏ])SCCs?(?![A-Za-zÀ-ÖØ-öø-ɏ])|artikel[ \t\n]{1,3}46|article[ \t\n]{1,3}46|art\.[ \t\n]{0,2}46/iu],
  ['dpf', /data[ \t\n]{1,3}privacy[ \t\n]{1,3}framework|(?<![A-Za-zÀ-ÖØ-öø-ɏ])DPF(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu],
  ['bcr', /bindende[ \t\n]{1,3}virksomhedsregler|binding[ \t\n]{1,3}corporate[ \t\n]{1,3}rules|(?<![A-Za-zÀ-ÖØ-öø-ɏ])BCRs?(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu],
  ['adequacy', /tilstrækkeligt?[ \t\n]{1,3}beskyttelsesniveau|kommissionen[ \t\n]{1,3}har[ \t\n]{1,3}(?:fastslået|truffet[ \t\n]{1,3}afgørelse)|beskyttelsesniveau,?[ \t\n]{1,3}som[ \t\n]{1,3}i[ \t\n]{1,3}det[ \t\n]{1,3}væsentlige[ \t\n]{1,3}svarer|adequacy[ \t\n]{1,3}decision|adequate[ \t\n]{1,3}level[ \t\n]{1,3}of[ \t\n]{1,3}(?:data[ \t\n]{1,3})?protection|artikel[ \t\n]{1,3}45|article[ \t\n]{1,3}45|art\.[ \t\n]{0,2}45/iu],
  ['derogation', /artikel[ \t\n]{1,3}49|article[ \t\n]{1,3}49|art\.[ \t\n]{0,2}49/iu],
];

// "Databehandleren er ikke instrueret i at overføre …", "overfører ikke personoplysninger til tredjelande",
// "Bestemmelsen bortfalder idet Databehandleren ikke overfører …", "will not transfer … outside the EEA".
const NONE_RE = /(?:ikke[ \t\n]{1,3}(?:overfører|overføres)[ \t\n]{1,3}(?:[A-Za-zÀ-ÖØ-öø-ɏ]+[ \t\n]{1,3}){0,3}(?:til[ \t\n]{1,3})?tredjeland|ikke[ \t\n]{1,3}instrueret[ \t\n]{1,3}i[ \t\n]{1,3}at[ \t\n]{1,3}overføre|(?:overfører|overføres|foretager|sker)[ \t\n]{1,3}ikke[ \t\n]{1,3}(?:[A-Za-zÀ-ÖØ-öø-ɏ]+[ \t\n]{1,3}){0,3}(?:til[ \t\n]{1,3})?(?:tredjeland|overførsel)|ingen[ \t\n]{1,3}overførsel[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}|anvender[ \t\n]{1,3}ikke[ \t\n]{1,3}overførsler|(?:will|shall|does|do)[ \t\n]{1,3}not[ \t\n]{1,3}(?:[A-Za-zÀ-ÖØ-öø-ɏ]+[ \t\n]{1,3}){0,2}transfer|no[ \t\n]{1,3}(?:personal[ \t\n]{1,3}data[ \t\n]{1,3})?(?:is|will[ \t\n]{1,3}be)[ \t\n]{1,3}transferred|no[ \t\n]{1,3}transfers?)/iu;
const EXCEPT_LISTED_RE = /(?:undtagen|med[ \t\n]{1,3}undtagelse[ \t\n]{1,3}af|except)[ \t\n]{1,3}(?:[A-Za-zÀ-ÖØ-öø-ɏ]+[ \t\n]{1,3}){0,6}(?:underdatabehandlere|sub-?processors)/iu;
const ALLOW_RE = /(?:samtykke|godkend[A-Za-zÀ-ÖØ-öø-ɏ]{0,4}|instruer[A-Za-zÀ-ÖØ-öø-ɏ]{0,4}|må|kan|berettiget|authori[sz][A-Za-zÀ-ÖØ-öø-ɏ]{0,4}|may|permitted|allowed|consents?)[ \t\n]{1,3}(?:[A-Za-zÀ-ÖØ-öø-ɏ]+[ \t\n,]{1,3}){0,12}overf(?:ø|o)r[A-Za-zÀ-ÖØ-öø-ɏ]{0,4}|transfer[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}[ \t\n]{1,3}(?:[A-Za-zÀ-ÖØ-öø-ɏ]+[ \t\n]{1,3}){0,6}(?:is|are)[ \t\n]{1,3}(?:permitted|authori[sz]ed|allowed)|may[ \t\n]{1,3}(?:[A-Za-zÀ-ÖØ-öø-ɏ]+[ \t\n]{1,3}){0,3}transfer|(?:authori[sz]e[sd]?|permits?|allows?|consents?[ \t\n]{1,3}to)[ \t\n]{1,3}(?:[A-Za-zÀ-ÖØ-öø-ɏ]+[ \t\n]{1,3}){0,4}(?:to[ \t\n]{1,3})?transfer/iu;
// The template's fixed default sentence in C.6 (and its 2018 version): no instruction means no transfers.
const TEMPLATE_DEFAULT_RE = /hvis[ \t\n]{1,3}den[ \t\n]{1,3}dataansvarlige[ \t\n]{1,3}ikke[ \t\n]{1,3}i[ \t\n]{1,3}(?:disse[ \t\n]{1,3}bestemmelser|dette[ \t\n]{1,3}afsnit)/iu;
const TRANSFER_TOPIC_RE = /tredjeland[A-Za-zÀ-ÖØ-öø-ɏ]{0,4}|third[ \t\n]{1,3}countr[A-Za-zÀ-ÖØ-öø-ɏ]{1,4}|outside[ \t\n]{1,3}(?:of[ \t\n]{1,3})?the[ \t\n]{1,3}(?:EU|EEA|European)|uden[ \t\n]{1,3}for[ \t\n]{1,3}(?:EU|EØS)|international[ \t\n]{1,3}transfers?/iu;

function basesIn(text: string): TransferBasis[] {
  return BASIS_TESTS.filter(([, re]) => re.test(text)).map(([b]) => b);
}

function instructionFrom(bases: TransferBasis[]): TransferInstruction {
  if (bases.includes('scc')) return 'scc';
  if (bases.includes('dpf')) return 'dpf';
  if (bases.includes('adequacy')) return 'adequacy';
  if (bases.includes('bcr')) return 'scc';
  return 'blanket';
}

/** Read an instruction from C.6's own text (the template's fixed default sentence removed). */
export function parseTransferInstruction(text: string): Omit<TransfersField, 'evidence'> & { at: number } {
  // Cut the fixed default sentence: it is there whatever the parties chose.
  const own = text.replace(/(?:hvis|såfremt)[ \t\n]{1,3}den[ \t\n]{1,3}dataansvarlige[ \t\n]{1,3}ikke[^.]{0,400}\./giu, ' ');
  const bases = basesIn(own);
  const none = NONE_RE.exec(own);
  const except = EXCEPT_LISTED_RE.test(own);
  if (none && !except && bases.length === 0) return { instruction: 'none', bases: [], allowsListedSubprocessors: false, at: none.index };
  if (bases.length) return { instruction: instructionFrom(bases), bases, allowsListedSubprocessors: except, at: 0 };
  if (except) return { instruction: 'blanket', bases: [], allowsListedSubprocessors: true, at: 0 };
  if (ALLOW_RE.test(own) && TRANSFER_TOPIC_RE.test(own)) return { instruction: 'blanket', bases: [], allowsListedSubprocessors: false, at: 0 };
  // Nothing filled in: the default sentence applies (no instruction, so no transfers).
  if (own.trim() === '' || TEMPLATE_DEFAULT_RE.test(text)) return { instruction: 'none', bases: [], allowsListedSubprocessors: false, at: 0 };
  return { instruction: 'unspecified', bases: [], allowsListedSubprocessors: false, at: 0 };
}

export function extractTransfers(fd: FieldDoc): TransfersField {
  const spans = fd.sections('C.6');
  if (spans.length) {
    const text = spans.map((s) => fd.slice(s)).join('\n\n');
    const parsed = parseTransferInstruction(text);
    const first = spans[0]!;
    return {
      instruction: parsed.instruction,
      bases: parsed.bases,
      allowsListedSubprocessors: parsed.allowsListedSubprocessors,
      evidence: evidenceAt(fd.text, first.start, Math.min(first.end, first.start + 400), 'C.6'),
    };
  }
  // No C.6: what the document says about transfers anywhere (English DPAs: "Processor may transfer … under the SCCs").
  const sentences = fd.sentences().filter((s) => TRANSFER_TOPIC_RE.test(fd.text.slice(s.start, s.end)));
  if (!sentences.length) return { instruction: 'unspecified', bases: [], allowsListedSubprocessors: false, evidence: null };
  const text = sentences.map((s) => fd.text.slice(s.start, s.end)).join(' ');
  const bases = basesIn(text);
  const first = sentences.find((s) => basesIn(fd.text.slice(s.start, s.end)).length) ?? sentences[0]!;
  const evidence = evidenceAt(fd.text, first.start, first.end, fd.clauseIdAt(first.start) ?? 'C.6');
  if (bases.length) return { instruction: instructionFrom(bases), bases, allowsListedSubprocessors: false, evidence };
  const none = sentences.find((s) => NONE_RE.test(fd.text.slice(s.start, s.end)));
  if (none) return { instruction: 'none', bases: [], allowsListedSubprocessors: false, evidence: evidenceAt(fd.text, none.start, none.end, fd.clauseIdAt(none.start) ?? 'C.6') };
  return { instruction: 'unspecified', bases: [], allowsListedSubprocessors: false, evidence };
}

// The template's fixed lead-in of C.5, after which the parties list the locations.
const C5_LEAD_RE = /(?:andre[ \t\n]{1,3}lokaliteter[ \t\n]{1,3}end[ \t\n]{1,3}(?:følgende)?[ \t\n]{0,3}:?|other[ \t\n]{1,3}locations[ \t\n]{1,3}than[ \t\n]{1,3}(?:the[ \t\n]{1,3}following)?[ \t\n]{0,3}:?)/iu;

export function extractLocations(fd: FieldDoc): LocationsField {
  const spans: Span[] = fd.sections('C.5');
  if (!spans.length) return { entries: [], unspecified: false, evidence: null };
  const span = spans[0]!;
  const body = fd.slice(span);
  const lead = C5_LEAD_RE.exec(body);
  const from = span.start + (lead ? lead.index + lead[0].length : 0);
  const entries: ProcessingLocation[] = [];
  const listText = fd.text.slice(from, span.end);
  const unspecified = /^[ \t\n]*(?:databehandlerens|underdatabehandlerens|the[ \t\n]{1,3}processor'?s)/iu.test(listText) && findCountries(listText).length === 0;
  if (!unspecified) {
    for (const line of fd.physicalLines({ start: from, end: span.end })) {
      const t = fd.text.slice(line.start, line.end);
      if (!t.trim()) continue;
      const mention = findCountries(t).filter((m) => m.kind !== 'region').pop();
      const region = findCountries(t).find((m) => m.kind === 'region');
      entries.push({
        text: clean(t),
        country: mention?.country?.name ?? null,
        countryCode: mention?.country?.code ?? null,
        region: mention?.country?.region ?? (region ? 'eu-eea' : null),
        evidence: evidenceAt(fd.text, line.start, line.end, 'C.5'),
      });
    }
  }
  return { entries, unspecified, evidence: evidenceAt(fd.text, span.start, Math.min(span.end, span.start + 300), 'C.5') };
}
