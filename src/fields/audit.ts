// How the controller supervises the processor (template Bilag C.7, and C.8 for sub-processors; GDPR Art. 28(3)(h):
// the processor "allows for and contributes to audits, including inspections"): the audit concept, notice, frequency,
// who pays, and the conditions that hollow the right out.
import { findDurations } from './durations.js';
import { evidenceAt, type Evidence } from './evidence.js';
import type { FieldDoc, Span } from './view.js';

export type AuditConcept = 'auditor-statement' | 'questionnaire' | 'self-assessment' | 'inspection';
export type AuditRestrictionKind = 'conditional' | 'notice' | 'billing' | 'auditor-approval' | 'self-assessment-only';

export interface AuditRestriction {
  kind: AuditRestrictionKind;
  /** Notice period in days (kind 'notice'). */
  days: number | null;
  /** Where the sentence sits: C.7 (processor) or C.8 (sub-processors). */
  evidence: Evidence;
  /** Self-assessment that follows one of Datatilsynet's published supervision concepts ("tilsynskoncept"). */
  datatilsynetConcept?: boolean;
}

export interface AuditField {
  concepts: AuditConcept[];
  /** Named standards: "ISAE 3000", "ISAE 3402", "SOC 2", "ISO 27001" … */
  standards: string[];
  /** Notice the controller must give before an audit or inspection, in days. */
  noticeDays: number | null;
  /** "annual", "biennial", … when the text fixes a frequency. */
  frequency: string | null;
  /** Who bears the processor's costs: 'processor', or 'controller' when the processor may bill its time. */
  processorCostsBorneBy: 'processor' | 'controller' | null;
  restrictions: AuditRestriction[];
  evidence: Evidence | null;
}

const STANDARDS: Array<[string, RegExp]> = [
  ['ISAE 3000', /ISAE[ \t\n-]{0,2}3000/iu],
  ['ISAE 3402', /ISAE[ \t\n-]{0,2}3402/iu],
  ['SOC 1', /SOC[ \t\n-]{0,2}1(?!\d)/iu],
  ['SOC 2', /SOC[ \t\n-]{0,2}2(?!\d)/iu],
  ['ISO 27001', /ISO(?:\/IEC)?[ \t\n-]{0,2}27001/iu],
  ['ISO 27701', /ISO(?:\/IEC)?[ \t\n-]{0,2}27701/iu],
];
const AUDITOR_STATEMENT_RE = /revisionserklæring[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}|revisorerklæring[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}|erklæring[ \t\n]{1,3}fra[ \t\n]{1,3}(?:en[ \t\n]{1,3})?uafhængig|auditor'?s?[ \t\n]{1,3}(?:report|statement|attestation)|audit[ \t\n]{1,3}reports?|third[- ]party[ \t\n]{1,3}(?:audit|certification)|ISAE|SOC[ \t\n-]{0,2}[12]|ISO(?:\/IEC)?[ \t\n-]{0,2}27[07]01/iu;
const QUESTIONNAIRE_RE = /spørgeskema[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}|questionnaire[A-Za-zÀ-ÖØ-öø-ɏ]{0,1}/iu;
const SELF_RE = /egen-?erklæring[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}|egenerklæring[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}|egenkontrol|self-?assessment[A-Za-zÀ-ÖØ-öø-ɏ]{0,1}|self-?certification|skriftlig[ \t\n]{1,3}status|written[ \t\n]{1,3}status|tilsynskoncept/iu;
const INSPECTION_RE = /inspektion[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}|fysisk[ \t\n]{1,3}tilsyn|adgang[ \t\n]{1,3}til[ \t\n]{1,3}(?:databehandlerens[ \t\n]{1,3})?fysiske[ \t\n]{1,3}faciliteter|uafhængig[ \t\n]{1,3}(?:ekspert|revisor)|independent[ \t\n]{1,3}(?:auditor|expert)|inspection[A-Za-zÀ-ÖØ-öø-ɏ]{0,1}|on-?site[ \t\n]{1,3}audit[A-Za-zÀ-ÖØ-öø-ɏ]{0,1}|audits?[ \t\n]{1,3}(?:at|of)[ \t\n]{1,3}(?:the[ \t\n]{1,3})?(?:premises|facilities)/iu;
// The right is made conditional: "kan alene gennemføres, såfremt …", "only if …", "forudsætter …", "dokumenterer, at …".
const CONDITIONAL_RE = /(?:(?:kan|må|skal)[ \t\n]{1,3}(?:[A-Za-zÀ-ÖØ-öø-ɏ]+[ \t\n]{1,3}){0,3}(?:alene|kun)[ \t\n]{1,3}(?:[A-Za-zÀ-ÖØ-öø-ɏ]+[ \t\n,]{1,3}){0,4}(?:såfremt|hvis|når)|(?:alene|kun)[ \t\n]{1,3}(?:såfremt|hvis|når)|only[ \t\n]{1,3}(?:if|where|when|in[ \t\n]{1,3}the[ \t\n]{1,3}event)|(?:provided|on[ \t\n]{1,3}condition)[ \t\n]{1,3}that[ \t\n]{1,3}(?:the[ \t\n]{1,3})?(?:controller|customer)[ \t\n]{1,3}(?:has|demonstrates|documents|shows)|dokumenterer,?[ \t\n]{1,3}at|begrundet[ \t\n]{1,3}mistanke|reasonable[ \t\n]{1,3}(?:suspicion|grounds)|konkrete[ \t\n]{1,3}og[ \t\n]{1,3}saglige)/iu;
// The processor bills for its time: "ret til at fakturere … for tidsforbruget", "T&M", "at the processor's then-current rates".
const BILLING_RE = /fakturere[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}|faktureres|timepris[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}|T&M|time[ \t\n]{1,3}(?:and|&)[ \t\n]{1,3}material[A-Za-zÀ-ÖØ-öø-ɏ]{0,1}|(?:then[- ]current|standard|hourly)[ \t\n]{1,3}(?:professional[ \t\n]{1,3}services[ \t\n]{1,3})?(?:rates|fees)|(?:reimburse|compensate)[ \t\n]{1,3}(?:the[ \t\n]{1,3})?(?:processor|provider|supplier|vendor)|vederlag[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}[ \t\n]{1,3}for[ \t\n]{1,3}(?:databehandlerens[ \t\n]{1,3})?(?:tid|bistand)|betale[ \t\n]{1,3}for[ \t\n]{1,3}databehandlerens[ \t\n]{1,3}tid/iu;
// …but not when the text says the processor's costs are its own.
const PROCESSOR_PAYS_RE = /for[ \t\n]{1,3}databehandlerens[ \t\n]{1,3}regning|afholdes[ \t\n]{1,3}af[ \t\n]{1,3}databehandleren[ \t\n]{1,3}selv|uden[ \t\n]{1,3}(?:modtagelse[ \t\n]{1,3}af[ \t\n]{1,3})?vederlag|at[ \t\n]{1,3}(?:the[ \t\n]{1,3})?(?:processor|provider)'?s[ \t\n]{1,3}(?:own[ \t\n]{1,3})?(?:cost|expense)|free[ \t\n]{1,3}of[ \t\n]{1,3}charge|uvedkommende/iu;
const AUDITOR_APPROVAL_RE = /(?:revisor[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}|auditor[A-Za-zÀ-ÖØ-öø-ɏ]{0,1})[ \t\n,]{1,3}(?:[A-Za-zÀ-ÖØ-öø-ɏ]+[ \t\n,]{1,3}){0,8}(?:godkend[A-Za-zÀ-ÖØ-öø-ɏ]{0,4}[ \t\n]{1,3}af[ \t\n]{1,3}databehandleren|accepteret[ \t\n]{1,3}af[ \t\n]{1,3}databehandleren|(?:approved|accepted)[ \t\n]{1,3}(?:in[ \t\n]{1,3}(?:advance|writing)[ \t\n]{1,3})?by[ \t\n]{1,3}(?:the[ \t\n]{1,3})?(?:processor|provider|supplier|vendor)|reasonably[ \t\n]{1,3}acceptable[ \t\n]{1,3}to[ \t\n]{1,3}(?:the[ \t\n]{1,3})?(?:processor|provider))|databehandlerens[ \t\n]{1,3}(?:forudgående[ \t\n]{1,3})?godkendelse[ \t\n]{1,3}af[ \t\n]{1,3}revisor/iu;
const NOTICE_RE = /varsel|varsl[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}|notice|notif/iu;
const FREQUENCY: Array<[string, RegExp]> = [
  ['annual', /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:årligt?|en[ \t\n]{1,3}gang[ \t\n]{1,3}(?:om[ \t\n]{1,3}året|årligt)|én[ \t\n]{1,3}gang[ \t\n]{1,3}(?:om[ \t\n]{1,3}året|årligt)|1[ \t\n]{1,3}gang[ \t\n]{1,3}årligt|annual[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}|once[ \t\n]{1,3}(?:a|per|every)[ \t\n]{1,3}(?:calendar[ \t\n]{1,3})?year|every[ \t\n]{1,3}(?:12|twelve)[ \t\n]{1,3}months|yearly)(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu],
  ['biennial', /hvert[ \t\n]{1,3}andet[ \t\n]{1,3}år|every[ \t\n]{1,3}(?:two|2)[ \t\n]{1,3}years|biennial/iu],
  ['quarterly', /kvartalsvis|quarterly/iu],
];

function conceptsIn(text: string): AuditConcept[] {
  const out: AuditConcept[] = [];
  if (AUDITOR_STATEMENT_RE.test(text)) out.push('auditor-statement');
  if (QUESTIONNAIRE_RE.test(text)) out.push('questionnaire');
  if (SELF_RE.test(text)) out.push('self-assessment');
  if (INSPECTION_RE.test(text)) out.push('inspection');
  return out;
}

/** Restrictions in one sentence of C.7/C.8. */
export function parseAuditSentence(sentence: string, base: number, fullText: string, clause: string, maxNoticeDays = 0): AuditRestriction[] {
  const out: AuditRestriction[] = [];
  const ev = evidenceAt(fullText, base, base + sentence.length, clause);
  const about = INSPECTION_RE.test(sentence) || /revision|tilsyn|audit|inspektion/iu.test(sentence);
  if (about && CONDITIONAL_RE.test(sentence)) out.push({ kind: 'conditional', days: null, evidence: ev });
  if (BILLING_RE.test(sentence) && !PROCESSOR_PAYS_RE.test(sentence)) out.push({ kind: 'billing', days: null, evidence: ev });
  if (AUDITOR_APPROVAL_RE.test(sentence)) out.push({ kind: 'auditor-approval', days: null, evidence: ev });
  if (NOTICE_RE.test(sentence)) {
    for (const d of findDurations(sentence)) {
      const near = sentence.slice(Math.max(0, d.start - 40), d.end + 40);
      if (NOTICE_RE.test(near) && d.days > maxNoticeDays) out.push({ kind: 'notice', days: d.days, evidence: ev });
    }
  }
  return out;
}

export function extractAudit(fd: FieldDoc): AuditField {
  const c7 = fd.sections('C.7');
  const c8 = fd.sections('C.8');
  const spans: Array<[Span, string]> = [...c7.map((s) => [s, 'C.7'] as [Span, string]), ...c8.map((s) => [s, 'C.8'] as [Span, string])];
  if (!spans.length) {
    // No C.7: the audit clause wherever it is (English DPAs: "Audits", "Audit rights").
    const sentences = fd.sentences().filter((s) => /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:audit[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}|revision[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}|inspektion[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}|inspection[A-Za-zÀ-ÖØ-öø-ɏ]{0,1})(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu.test(fd.text.slice(s.start, s.end)));
    return summarise(fd, sentences.map((s) => [s, fd.clauseIdAt(s.start) ?? '12.1']), c7.length === 0 ? null : c7[0]!);
  }
  const sentences: Array<[{ start: number; end: number }, string]> = [];
  for (const [span, id] of spans) for (const s of fd.sentences(span)) sentences.push([s, id]);
  return summarise(fd, sentences, spans[0]![0]);
}

function summarise(fd: FieldDoc, sentences: Array<[{ start: number; end: number }, string]>, first: Span | null): AuditField {
  const c7text = sentences.filter(([, id]) => id !== 'C.8').map(([s]) => fd.text.slice(s.start, s.end)).join(' ');
  const all = sentences.map(([s]) => fd.text.slice(s.start, s.end)).join(' ');
  const concepts = conceptsIn(c7text || all);
  const standards = STANDARDS.filter(([, re]) => re.test(all)).map(([n]) => n);
  const restrictions: AuditRestriction[] = [];
  let noticeDays: number | null = null;
  let billing = false;
  let pays = false;
  for (const [s, id] of sentences) {
    const text = fd.text.slice(s.start, s.end);
    const found = parseAuditSentence(text, s.start, fd.text, id);
    for (const r of found) {
      if (r.kind === 'notice') noticeDays = noticeDays === null ? r.days : Math.max(noticeDays, r.days ?? 0);
      if (r.kind === 'billing') billing = true;
    }
    if (PROCESSOR_PAYS_RE.test(text)) pays = true;
    restrictions.push(...found);
  }
  // Only self-assessment or a questionnaire, and no inspection or independent auditor: the processor grades itself.
  if (concepts.length && concepts.every((c) => c === 'self-assessment' || c === 'questionnaire')) {
    const at = sentences.find(([s, id]) => id !== 'C.8' && (SELF_RE.test(fd.text.slice(s.start, s.end)) || QUESTIONNAIRE_RE.test(fd.text.slice(s.start, s.end))));
    if (at) {
      const text = fd.text.slice(at[0].start, at[0].end);
      const r: AuditRestriction = { kind: 'self-assessment-only', days: null, evidence: evidenceAt(fd.text, at[0].start, at[0].end, at[1]) };
      if (/tilsynskoncept|Datatilsynets[ \t\n]{1,3}vejledning/iu.test(c7text) || /tilsynskoncept/iu.test(text)) r.datatilsynetConcept = true;
      restrictions.push(r);
    }
  }
  const frequency = FREQUENCY.find(([, re]) => re.test(all))?.[0] ?? null;
  return {
    concepts,
    standards,
    noticeDays,
    frequency,
    processorCostsBorneBy: billing ? 'controller' : pays ? 'processor' : null,
    restrictions: restrictions.sort((a, b) => a.evidence.offset - b.evidence.offset),
    evidence: first ? evidenceAt(fd.text, first.start, Math.min(first.end, first.start + 300), 'C.7') : null,
  };
}
