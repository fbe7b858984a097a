// What is processed (template Bilag A): the types of personal data (A.3) — ordinary, CPR numbers, special
// categories (Art. 9), criminal offences (Art. 10) —, the categories of data subjects (A.4) and the duration (A.5).
import { evidenceAt, type Evidence } from './evidence.js';
import { splitSentences } from './view.js';
import type { FieldDoc, Span } from './view.js';

export interface DataCategoriesField {
  ordinary: boolean;
  /** CPR numbers (Danish national identification numbers; databeskyttelsesloven § 11). */
  cpr: boolean;
  /** Special categories of data (Art. 9). */
  special: boolean;
  /** Data on criminal convictions and offences (Art. 10). */
  criminal: boolean;
  items: string[];
  /** A.3 is there but left empty. */
  empty: boolean;
  evidence: Evidence | null;
  /** Where the special/criminal/CPR data is named, for rules to point at. */
  sensitiveEvidence: Evidence | null;
}

export interface DataSubjectsField {
  items: string[];
  empty: boolean;
  evidence: Evidence | null;
}

export interface DurationField {
  text: string | null;
  kind: 'agreement-term' | 'fixed' | 'reference' | 'unspecified';
  evidence: Evidence | null;
}

const CPR_RE = /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:cpr[- ]?(?:nr\.?|nummer|numre|numbers?)?|personnummer|personnumre|cpr)(?![A-Za-zÀ-ÖØ-öø-ɏ])|national[ \t\n]{1,3}identification[ \t\n]{1,3}numbers?|social[ \t\n]{1,3}security[ \t\n]{1,3}numbers?/iu;
const SPECIAL_RE = /(?<![A-Za-zÀ-ÖØ-öø-ɏ-])(?:helbred[A-Za-zÀ-ÖØ-öø-ɏ]{0,12}|sundhedsoplysning[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}|race|racemæssig[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}|etnisk[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}|politisk[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}|religiøs[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}|religion|filosofisk[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}|fagforening[A-Za-zÀ-ÖØ-öø-ɏ]{0,12}|genetisk[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}|biometrisk[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}|seksuel[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}|seksualitet|følsomme|særlige[ \t\n]{1,3}(?:kategorier|persondata|personoplysninger)|health|medical|racial|ethnic|political|religious|philosophical|trade[ \t\n]{1,3}union|genetic|biometric|sex[ \t\n]{1,3}life|sexual[ \t\n]{1,3}orientation|special[ \t\n]{1,3}categor[A-Za-zÀ-ÖØ-öø-ɏ]{1,4}|sensitive[ \t\n]{1,3}(?:personal[ \t\n]{1,3})?data)(?![A-Za-zÀ-ÖØ-öø-ɏ])|(?:artikel|art\.|article)[ \t\n]{0,3}9(?!\d)/iu;
const CRIMINAL_RE = /strafbare[ \t\n]{1,3}forhold|straffedom[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}|lovovertrædelse[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}|criminal[ \t\n]{1,3}(?:convictions|offences|offenses|records?)|(?:artikel|art\.|article)[ \t\n]{0,3}10(?!\d)/iu;
// "ikke-følsomme", "ingen følsomme", "no special categories": negated mentions do not count.
const NEGATION_BEFORE_RE = /(?:ikke-?|ingen[ \t\n]{1,3}|no[ \t\n]{1,3}|non-|not[ \t\n]{1,3}|uden[ \t\n]{1,3}|hverken[ \t\n]{1,3})$/iu;
const ORDINARY_RE = /almindelige|navn|adresse|e-?mail|telefon|kontaktoplysning|name|address|contact|phone|ip-?adresse|ip[ \t\n]{1,3}address/iu;

// A negation earlier in the same sentence: "Der behandles ikke følsomme oplysninger efter … artikel 9".
const SENTENCE_NEGATION_RE = /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:ikke|ingen|hverken|no|not|never|none)(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu;

function firstUnnegated(re: RegExp, text: string): RegExpExecArray | null {
  const g = new RegExp(re.source, 'giu');
  const sentences = splitSentences(text);
  for (let m = g.exec(text); m !== null; m = g.exec(text)) {
    if (NEGATION_BEFORE_RE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const at = m.index;
    const sentenceStart = sentences.find((s) => s.start <= at && s.end > at)?.start ?? 0;
    if (SENTENCE_NEGATION_RE.test(text.slice(sentenceStart, m.index))) continue;
    return m;
  }
  return null;
}

function itemsOf(fd: FieldDoc, span: Span): string[] {
  return fd
    .physicalLines(span)
    .map((l) => fd.text.slice(l.start, l.end).replace(/^[-•●▪◦·*\s]+/u, '').replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '')
    .slice(0, 60);
}

/** Body of an annex section without a repeated title (seed 002 repeats A.5 as A.6). */
function firstFilled(fd: FieldDoc, spans: Span[]): Span | null {
  return spans.find((s) => fd.slice(s).trim() !== '') ?? spans[0] ?? null;
}

export function extractDataCategories(fd: FieldDoc): DataCategoriesField {
  const span = firstFilled(fd, fd.sections('A.3'));
  if (!span) return { ordinary: false, cpr: false, special: false, criminal: false, items: [], empty: false, evidence: null, sensitiveEvidence: null };
  const text = fd.slice(span);
  const cpr = firstUnnegated(CPR_RE, text);
  const special = firstUnnegated(SPECIAL_RE, text);
  const criminal = firstUnnegated(CRIMINAL_RE, text);
  const sensitive = [cpr, special, criminal].filter((m) => m !== null).sort((a, b) => a.index - b.index)[0];
  let sensitiveEvidence: Evidence | null = null;
  if (sensitive) {
    const line = fd.physicalLines(span).find((l) => l.start <= span.start + sensitive.index && l.end >= span.start + sensitive.index + sensitive[0].length);
    sensitiveEvidence = line ? evidenceAt(fd.text, line.start, line.end, 'A.3') : evidenceAt(fd.text, span.start + sensitive.index, span.start + sensitive.index + sensitive[0].length, 'A.3');
  }
  const items = itemsOf(fd, span);
  return {
    ordinary: ORDINARY_RE.test(text),
    cpr: cpr !== null,
    special: special !== null,
    criminal: criminal !== null,
    items,
    empty: items.length === 0,
    evidence: evidenceAt(fd.text, span.start, Math.min(span.end, span.start + 300), 'A.3'),
    sensitiveEvidence,
  };
}

export function extractDataSubjects(fd: FieldDoc): DataSubjectsField {
  const span = firstFilled(fd, fd.sections('A.4'));
  if (!span) return { items: [], empty: false, evidence: null };
  const items = itemsOf(fd, span);
  return { items, empty: items.length === 0, evidence: evidenceAt(fd.text, span.start, Math.min(span.end, span.start + 300), 'A.4') };
}

const TERM_RE = /så[ \t\n]{1,3}længe|indtil[ \t\n]{1,3}(?:[A-Za-zÀ-ÖØ-öø-ɏ]+[ \t\n]{1,3}){0,6}(?:ophør[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}|opsige[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}|ophæve[A-Za-zÀ-ÖØ-öø-ɏ]{0,2})|følger[ \t\n]{1,3}(?:hovedaftalen|aftalen)|ikke[ \t\n]{1,3}tidsbegrænset|for[ \t\n]{1,3}the[ \t\n]{1,3}(?:duration|term)|until[ \t\n]{1,3}(?:the[ \t\n]{1,3})?(?:termination|expiry|end)|as[ \t\n]{1,3}long[ \t\n]{1,3}as/iu;
const REFERENCE_RE = /hovedaftalen|bilag[ \t\n]{1,3}D|main[ \t\n]{1,3}agreement|the[ \t\n]{1,3}agreement/iu;

export function extractDuration(fd: FieldDoc): DurationField {
  const spans = fd.sections('A.5');
  const span = firstFilled(fd, spans);
  if (!span) return { text: null, kind: 'unspecified', evidence: null };
  const body = fd.slice(span).trim();
  // 000 and 004 put the value into the heading itself: "Behandlingen har den i Bilag D eller hovedaftalen anførte varighed".
  const title = span.title ?? '';
  const text = body || (/anførte[ \t]varighed|hovedaftalen/iu.test(title) ? title : '');
  if (!text) return { text: null, kind: 'unspecified', evidence: evidenceAt(fd.text, span.start, span.end, 'A.5') };
  const kind: DurationField['kind'] = TERM_RE.test(text) ? 'agreement-term' : REFERENCE_RE.test(text) ? 'reference' : /\d/.test(text) ? 'fixed' : 'agreement-term';
  const evStart = body ? span.start : Math.max(0, span.start - title.length - 1);
  return { text: text.replace(/\s+/g, ' ').slice(0, 300), kind, evidence: evidenceAt(fd.text, evStart, body ? span.end : span.start, 'A.5') };
}
