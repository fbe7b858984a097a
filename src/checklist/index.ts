// The Art. 28 checklist: for each mandatory element, find a sentence of the DPA that satisfies it.
// Deterministic and explainable: a sentence satisfies an element when it contains every concept of one of the
// element's patterns (src/checklist/lexicon-*.ts) and does not exclude the obligation (negation.ts).
import type { LintDocument } from '../engine/types.js';
import { languageScores } from '../language/index.js';
import { LEXICON_DA } from './lexicon-da.js';
import { LEXICON_EN } from './lexicon-en.js';
import { negatedSpans, withoutNegatedClauses, type NegationSpan } from './negation.js';
import { requirement } from './requirements.js';
import { splitSentences, type Sentence } from './sentences.js';
import { ELEMENT_CODES, type ChecklistItem, type ChecklistResult, type ElementCode, type Lexicon, type Pattern } from './types.js';

export { ELEMENT_CODES, BENCHMARK_CODES } from './types.js';
export type { ChecklistItem, ChecklistResult, ElementCode, Requirement } from './types.js';
export { REQUIREMENTS, requirement } from './requirements.js';
export { splitSentences } from './sentences.js';
export { isNegated, negatedSpans } from './negation.js';

export interface ChecklistOptions {
  /** Only check these elements (default: all). */
  elements?: readonly ElementCode[];
  /** Offsets where list items start (the normaliser strips bullets, so the text alone does not show them). */
  listItemStarts?: ReadonlySet<number>;
}

/** The lexicon a sentence is read with: its document's, or the other one for a sentence in the other language. */
function sentenceLexicons(sentence: string, language: 'da' | 'en'): Lexicon[] {
  const s = languageScores(sentence);
  const own = language === 'da' ? LEXICON_DA : LEXICON_EN;
  const other = language === 'da' ? LEXICON_EN : LEXICON_DA;
  const otherWins = language === 'da' ? s.en > s.nordic : s.nordic > s.en;
  return otherWins ? [other] : [own];
}

/**
 * Every concept of the pattern occurs in the sentence, none of its exclusions does. A list point is read together
 * with its lead-in ("The processor shall assist the controller with: … (b) communicating a breach to the data
 * subjects"), as long as the point itself carries one of the concepts; after an anaphor ("Such agreement shall impose
 * the same obligations"), one concept may come from the sentence before.
 */
function matches(pattern: Pattern, text: string, lead: Lead | null): boolean {
  if (pattern.none) for (const r of pattern.none) if (r.test(text)) return false;
  let fromLead = 0;
  let own = 0;
  for (const r of pattern.all) {
    if (r.test(text)) {
      own++;
      continue;
    }
    if (lead === null || pattern.all.length < 2 || !r.test(lead.text)) return false;
    if (!lead.intro && fromLead > 0) return false;
    fromLead++;
  }
  // A concept taken from the lead-in brings its context: "notify the controller where there is: … an accidental loss"
  // is a breach notice, whichever line names the loss.
  if (fromLead > 0 && pattern.none?.some((r) => r.test(lead!.text))) return false;
  return own > 0;
}

interface Lead {
  text: string;
  /** A lead-in ending in ":" whose list points continue it (else: the sentence before an anaphor). */
  intro: boolean;
}

/** Text as matched: inline HTML tags go, words broken across lines ("proces- sing", "sub- processor") are rejoined. */
function matchText(text: string): string {
  return text.replace(/<\/?[a-z][^<>]{0,200}>/gi, '').replace(/\bhttps?:\/\/\S+/gi, ' ').replace(/([a-zß-öø-ÿ])- ([a-zß-öø-ÿ])/gu, '$1$2');
}

// A definition ("“Personal Data Breach” means …"), a heading ("Retention & Deletion") or a table of contents names
// obligations without making them.
const DEFINITION = /^[^.;]{0,100}?[”"’]\s*(?:\([^()]{0,60}\)\s*)?(?:means|shall mean|shall have the meaning|has the meaning|refers to|betyder|forstås)\b/iu;
/** A defined term anywhere in a lead-in (a lead-in may have picked up an unterminated line before it). */
const DEFINED_TERM = /[”"’]\s*(?:\([^()]{0,60}\)\s*)?(?:means|shall mean|shall have the meaning|has the meaning|refers to|betyder|forstås)\b/iu;
function isDefinitionOrToc(text: string, afterLeadIn: boolean): boolean {
  if (DEFINITION.test(text)) return true;
  const words = text.split(/\s+/).filter((w) => /[A-Za-zÀ-ÖØ-öø-ɏ]/u.test(w));
  // A heading: short, capitalised, no final punctuation; a list point ending in "and"/"or" is not one.
  if (!afterLeadIn && words.length <= 8 && !/[.;:!?]$/.test(text) && !LIST_START.test(text) && !/\b(?:and|or|og|eller)$/.test(text) && /^[^a-zß-öø-ÿ]/u.test(text)) return true;
  if (words.length < 8) return false;
  // A cross-reference table ("28(3) (f) and 32-36 2 and Appendix 2, 3.5 Security of Processing …"): numbers make up
  // a third of it.
  const tokens = text.split(/\s+/);
  if (tokens.filter((t) => /\d/.test(t)).length / tokens.length > 0.3) return true;
  const capitalised = words.filter((w) => /^[A-ZÀ-ÖØ-Þ]/u.test(w)).length;
  return capitalised / words.length > 0.6;
}

// "The controller shall …", "Customer hereby confirms …" (but not the passive "the controller shall be notified …"), "Den dataansvarlige skal …": a sentence whose subject is the
// controller states the controller's duty, not the processor's. A right of the controller ("the controller may audit",
// "shall be entitled to …") is how audit rights and objections are worded, and "Controller agrees that processor will
// …" wraps a processor's promise in the controller's consent: neither is caught.
const CONTROLLER_SUBJECT = /^(?:\(?[a-z0-9]{1,3}[.)]\s+)?(?:the\s+)?(?:controller|customer|client|data\s+exporter)(?:\s+hereby)?\s+(?:(?:shall|will|must|should)(?!\s+(?:be\s+(?:entitled|permitted|allowed|able|[A-Za-zÀ-ÖØ-öø-ɏ]+(?:ed|en))|have\s+(?:the\s+)?(?:right|access|an?\s+opportunity)|receive)\b)|confirms|warrants|represents|undertakes|remains)\b|^(?:\(?[a-z0-9]{1,3}[.)]\s+)?den\s+dataansvarlige\s+(?:skal(?!\s+(?:have|kunne)(?![A-Za-zÀ-ÖØ-öø-ɏ]))|bekræfter|indestår)(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu;
// "It shall be the controller's responsibility that such measures ensure a level of security appropriate to the risk",
// "Customer is solely responsible for …": the controller's responsibility, not a promise of the processor, unless the
// same sentence also has the processor promise something ("the processor shall …, and the controller is responsible
// for its own systems").
const CONTROLLER_RESPONSIBLE =
  /\b(?:is|are|be|remains?)\s+(?:the\s+)?(?:sole\s+|exclusive\s+)?(?:controller|customer|client)['’]s\s+(?:sole\s+|own\s+|exclusive\s+)?responsibility\b|\b(?:controller|customer|client)\s+(?:is|shall\s+be|will\s+be|remains?)\s+(?:solely\s+|exclusively\s+|fully\s+)?responsible\b|\bresponsibility\s+of\s+the\s+(?:controller|customer|client)\b/iu;
const PROCESSOR_PROMISE = /\b(?:processor|supplier|provider|vendor|we)\s+(?:shall|will|must|agrees|undertakes|warrants)\b/iu;
const CONTROLLER_VOICE_OK: ReadonlySet<ElementCode> = new Set(['subprocessor-authorisation', 'subject-matter-duration', 'nature-purpose', 'personal-data-types', 'data-subject-categories']);
const PARTY_START = /^(?:processor|controller|sub-?processor|we|you|customer|supplier|provider|vendor|client)\b/u;
/** A sentence that opens a list and carries its first point: "… notify the controller: about …;". */
const GLUED_LEAD_IN = /:\s+[a-zß-öø-ÿ][^:]*(?:;|\s(?:and|or|og|eller))$/u;

/** A table row whose value cell is empty: "Categories of Data Subjects |". */
const EMPTY_CELL = /\|\s*(?:[-–—…]\s*)?$/u;

const LIST_START = /^\(?(?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,2})\)\s|^[•▪◦‣·*–—-]\s/i;
/** A sub-clause number, "9.2.1 " or "9.2.1. ": its points continue a lead-in as long as their parent ("9.2") stays. */
const SUB_CLAUSE = /^(\d{1,2}(?:\.\d{1,2}){1,3})\.\d{1,2}\.?\s/;
// "This Agreement …" names the document, it does not continue the sentence before.
const ANAPHOR = /^(?:such|(?:this|these)(?!\s+(?:agreement|dpa|addendum|contract|clause|section|schedule|annex|appendix|exhibit|document)\b)|that|those|the same|in such|in that|in this|where such|any such|sådanne|denne|disse|dette)\b|\bsuch (?:an? )?(?:list|agreement|contract|changes?|sub-?processors?|requests?|demands?|orders?)\b|\bof (?:the|such|any such) (?:request|requirement|demand)\b/iu;

/** Run the checklist over plain text (normalised DPA text) in Danish or English. */
export function checkText(text: string, language: 'da' | 'en', options: ChecklistOptions = {}): ChecklistResult {
  const codes = options.elements ?? ELEMENT_CODES;
  const sentences = splitSentences(text);
  const items = new Map<ElementCode, ChecklistItem>();
  for (const code of codes) {
    items.set(code, { code, satisfied: false, sentence: null, start: null, end: null, pattern: null, negated: null });
  }
  let open = codes.length;
  let previous: Sentence | null = null;
  // The last lead-in ("The processor shall:") while the list points after it run.
  let leadIn: string | null = null;
  // The parent number of the numbered points under the lead-in ("9.2" for "9.2.1 …", "9.2.2 …").
  let pointParent: string | null = null;
  for (const sentence of sentences) {
    if (open === 0) break;
    const text = matchText(sentence.text);
    // A list point: a marker, a list-item block, or a lower-case start continuing a lead-in ("forpligtelsen til …").
    // A sentence that opens with a party's name in lower case ("processor shall …", as anonymised text reads) is not.
    const parent = SUB_CLAUSE.exec(sentence.text)?.[1] ?? null;
    // The first numbered point after a lead-in sets the numbering its siblings continue.
    if (previous?.text.endsWith(':')) pointParent = parent;
    const isPoint =
      LIST_START.test(sentence.text) ||
      (/^[a-zß-öø-ÿ]/u.test(sentence.text) && !PARTY_START.test(sentence.text)) ||
      (options.listItemStarts?.has(sentence.start) ?? false) ||
      (parent !== null && parent === pointParent);
    if (!isPoint && previous && !previous.text.endsWith(':')) leadIn = null;
    if (!isPoint) pointParent = null;
    const intro = isPoint || previous?.text.endsWith(':') ? leadIn : null;
    const lead: Lead | null = intro !== null ? { text: intro, intro: true } : ANAPHOR.test(sentence.text) && previous ? { text: matchText(previous.text), intro: false } : null;
    // The points of a definition ("“Applicable Law” means: (a) …; (b) laws imposing data security requirements") are
    // part of the definition: they name obligations without making them.
    const inDefinition = lead !== null && lead.intro && DEFINED_TERM.test(lead.text);
    if (sentence.text.endsWith(':')) leadIn = text;
    // A lead-in glued to its first point by line unwrapping ("notify the controller: about any request …;"): the
    // points after it still continue the part before the colon.
    else if (GLUED_LEAD_IN.test(sentence.text)) leadIn = text.slice(0, text.lastIndexOf(': ') + 1);
    // "The processor shall assist the controller with security of processing; notification of a breach to the
    // authority; …": a sentence split at ";" opens a list whose lower-case points continue it.
    else if (!isPoint && sentence.text.endsWith(';')) leadIn = text;
    previous = sentence;
    const lexicons = sentenceLexicons(text, language);
    let spans: NegationSpan[] | null = null; // computed once per sentence, on demand
    let definition: boolean | null = null;
    let controllerVoice: boolean | null = null;
    for (const item of items.values()) {
      if (item.satisfied) continue;
      for (const lexicon of lexicons) {
        const pattern = lexicon[item.code].find((p) => matches(p, text, lead));
        if (!pattern) continue;
        // Particulars may be a heading with a list under it, or a table row "Label | value" (not with an empty
        // value); obligations must be sentences. Neither is a definition.
        if (requirement(item.code).particular ? DEFINITION.test(text) || EMPTY_CELL.test(text) : (definition ??= inDefinition || isDefinitionOrToc(text, lead !== null))) continue;
        // The controller's own duty or statement is not the processor's obligation (authorisation of sub-processors
        // is the controller's act, so it may be worded that way).
        if (!CONTROLLER_VOICE_OK.has(item.code) && (controllerVoice ??= CONTROLLER_SUBJECT.test(sentence.text) || (CONTROLLER_RESPONSIBLE.test(text) && !PROCESSOR_PROMISE.test(text)))) continue;
        if (!pattern.negationOk) {
          spans ??= negatedSpans(text);
          // Negated when the element is no longer expressed once the negated clauses are taken out.
          if (spans.length > 0 && !matches(pattern, withoutNegatedClauses(text, spans), lead)) {
            item.negated ??= { sentence: sentence.text, start: sentence.start };
            continue;
          }
        }
        item.satisfied = true;
        item.sentence = sentence.text;
        item.start = sentence.start;
        item.end = sentence.end;
        item.pattern = pattern.id;
        open--;
        break;
      }
    }
  }
  return { language, items: codes.map((c) => items.get(c)!) };
}

/**
 * Run the checklist over an analysed document. Null when the document is not Danish or English (the checklist
 * does not read other languages; language-unsupported says so).
 */
export function runChecklist(doc: LintDocument, options: ChecklistOptions = {}): ChecklistResult | null {
  if (doc.language !== 'da' && doc.language !== 'en') return null;
  const listItemStarts = new Set(doc.segmented.norm.blocks.filter((b) => b.kind === 'list-item').map((b) => b.start));
  return checkText(doc.segmented.norm.text, doc.language, { listItemStarts, ...options });
}

const PROVING_STATUSES = new Set(['identical', 'equivalent']);

/**
 * The template clause that already proves `code` for a document aligned to a known template, or null.
 * An obligation is proved when its clause is identical or equivalent, or modified without a substantive change;
 * a particular (Annex A/II field) is left to the annex rules as soon as its section is present.
 */
export function alignmentProof(doc: LintDocument, code: ElementCode): string | null {
  const alignment = doc.alignment;
  if (!alignment) return null;
  const req = requirement(code);
  const ids = req.templateClauses[alignment.template.id];
  if (!ids) return null;
  for (const id of ids) {
    const match = alignment.matches.find((m) => m.template.id === id);
    if (!match || match.status === 'missing' || match.clauses.length === 0) continue;
    if (req.particular) return id;
    if (PROVING_STATUSES.has(match.status)) return id;
    if (match.status === 'modified' && !match.changes.some((c) => c.substantive)) return id;
  }
  return null;
}

