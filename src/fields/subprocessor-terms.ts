// How sub-processors are authorised (template 7.2/7.3; GDPR Art. 28(2)) and how much notice the controller gets
// of changes (7.3 option 2 and Bilag B.2): the controller can only object in time if the notice leaves it time.
import { findDurations, VAGUE_NOTICE_SOURCE, type Duration, type DurationUnit } from './durations.js';
import { evidenceAround, evidenceAt, type Evidence } from './evidence.js';
import type { FieldDoc } from './view.js';

export type NoticeKind = 'advance-notice' | 'approval-request' | 'objection-window' | 'deemed-approval';

export interface NoticeStatement {
  kind: NoticeKind;
  /** Calendar days (at least); null when the statement gives no period. */
  days: number | null;
  value: number | null;
  unit: DurationUnit | null;
  /** The period as written ("30 dages", "1 måned", "7 dage"), or the vague words ("passende varsel"). */
  text: string | null;
  /** A notice without a period: "passende varsel", "reasonable notice". */
  vague: boolean;
  evidence: Evidence;
}

export interface SubprocessorTermsField {
  authorisation: { type: 'specific' | 'general' | null; evidence: Evidence | null };
  /** The notice period of clause 7.3 (or the first one stated), in days. */
  noticeDays: number | null;
  notices: NoticeStatement[];
}

const SUBPROCESSOR_RE = /(?<![\p{L}])(?:underdatabehandler\p{L}{0,5}|underleverandør\p{L}{0,4}|sub-?processor\p{L}{0,2}|sub-?processing|sub-?contractor\p{L}{0,2}|andre[ \t\n]{1,3}databehandlere|another[ \t\n]{1,3}processor)(?![\p{L}])/iu;
const CHANGE_RE = /(?<![\p{L}])(?:varsel\p{L}{0,2}|underret\p{L}{0,8}|notice|notif\p{L}{0,9}|inform\p{L}{0,4}|ændre\p{L}{0,4}|ændring\p{L}{0,4}|tilføj\p{L}{0,5}|udskift\p{L}{0,5}|erstat\p{L}{0,5}|changes?|add\p{L}{0,5}|replac\p{L}{0,5}|indsigelse\p{L}{0,2}|object\p{L}{0,4}|anmodning\p{L}{0,2}|request\p{L}{0,2}|engag\p{L}{0,4}|appoint\p{L}{0,4})(?![\p{L}])/iu;
const OBJECTION_RE = /(?<![\p{L}])(?:indsigelse\p{L}{0,2}|object\p{L}{0,4}|modsætte|protest\p{L}{0,2}|veto)(?![\p{L}])/iu;
const DEEMED_RE = /(?<![\p{L}])(?:anses|anset|betragtes|betragtet|deemed|considered|treated[ \t\n]{1,3}as|stiltiende|silence)(?![\p{L}])/iu;
const APPROVAL_RE = /(?<![\p{L}])(?:godkend\p{L}{0,5}|accept\p{L}{0,4}|approv\p{L}{0,4}|consent\p{L}{0,4}|authori[sz]\p{L}{0,6})(?![\p{L}])/iu;
const REQUEST_RE = /(?<![\p{L}])(?:anmodning\p{L}{0,2}[ \t\n]{1,3}om[ \t\n]{1,3}(?:en[ \t\n]{1,3})?(?:specifik[ \t\n]{1,3})?godkendelse|request\p{L}{0,2}[ \t\n]{1,3}(?:for[ \t\n]{1,3})?(?:a[ \t\n]{1,3})?(?:specific[ \t\n]{1,3})?(?:authori[sz]ation|approval|consent))(?![\p{L}])/iu;
const WINDOW_ANCHOR_RE = /(?:inden[ \t\n]{1,3}for|indenfor|inden|senest|within|no[ \t\n]{1,3}later[ \t\n]{1,3}than|not[ \t\n]{1,3}later[ \t\n]{1,3}than)[ \t\n(]{1,4}$/iu;
const NOTICE_NEAR_RE = /(?:varsel|notice|underretning\p{L}{0,2}|notification)/iu;
const VAGUE_RE = new RegExp(VAGUE_NOTICE_SOURCE, 'iu');
// A breach notice that mentions sub-processors ("brud … hos en underdatabehandler") is not about sub-processor changes.
const BREACH_RE = /(?<![\p{L}])(?:brud(?:det)?|sikkerhedsbrud\p{L}{0,4}|breach\p{L}{0,2}|security[ \t\n]{1,3}incidents?)(?![\p{L}])/iu;
// "30 days after notice … to object", "inden 7 dage efter modtagelsen af underretningen": time to object, counted from the notice.
const AFTER_NOTICE_RE = /^[ \t\n]{0,3}(?:efter|fra|after|from|of)[ \t\n]{1,3}(?:\p{L}+[ \t\n]{1,3}){0,3}(?:modtagelse\p{L}{0,2}|underretning\p{L}{0,2}|notice|notification|receipt|receiving|the[ \t\n]{1,3}date)/iu;

const GENERAL_RE = /(?<![\p{L}])(?:generel\p{L}{0,3}[ \t\n]{1,3}(?:forudgående[ \t\n]{1,3})?(?:skriftlig\p{L}{0,2}[ \t\n]{1,3})?godkendelse|general[ \t\n]{1,3}(?:prior[ \t\n]{1,3})?(?:written[ \t\n]{1,3})?(?:authori[sz]ation|consent|approval)|generally[ \t\n]{1,3}authori[sz]\p{L}{1,3})(?![\p{L}])/iu;
const SPECIFIC_RE = /(?<![\p{L}])(?:specifik\p{L}{0,3}[ \t\n]{1,3}(?:forudgående[ \t\n]{1,3})?(?:skriftlig\p{L}{0,2}[ \t\n]{1,3})?godkendelse|specific[ \t\n]{1,3}(?:prior[ \t\n]{1,3})?(?:written[ \t\n]{1,3})?(?:authori[sz]ation|consent|approval))(?![\p{L}])/iu;
const EITHER_RE = /specifik\p{L}{0,3}[ \t\n]{1,3}eller[ \t\n]{1,3}generel|specific[ \t\n]{1,3}or[ \t\n]{1,3}general|generel\p{L}{0,3}[ \t\n]{1,3}eller[ \t\n]{1,3}specifik|general[ \t\n]{1,3}or[ \t\n]{1,3}specific/iu;

/** Classify one period in a sentence about sub-processor changes. */
function classify(sentence: string, d: Duration): NoticeKind {
  const before = sentence.slice(Math.max(0, d.start - 40), d.start);
  const after = sentence.slice(d.end, d.end + 30);
  const noticeWord = /(?:varsel|notice)[ \t\n]{0,3}(?:på|of)?[ \t\n]{0,3}(?:mindst|minimum|at[ \t\n]least)?[ \t\n]{0,3}$/iu.test(before) || /^[ \t\n']{0,3}(?:s[ \t\n]{1,2})?(?:forudgående[ \t\n]{1,3}|skriftligt?[ \t\n]{1,3}|prior[ \t\n]{1,3}|advance[ \t\n]{1,3}|written[ \t\n]{1,3})?(?:varsel|notice)/iu.test(after) || /\p{L}s$/u.test(d.text) && /^[ \t\n]{0,3}(?:\p{L}+[ \t\n]{1,3})?varsel/iu.test(after);
  const window = WINDOW_ANCHOR_RE.test(before) || AFTER_NOTICE_RE.test(after);
  if (DEEMED_RE.test(sentence) && APPROVAL_RE.test(sentence) && !noticeWord && window) return 'deemed-approval';
  if (OBJECTION_RE.test(sentence) && window && !noticeWord) return 'objection-window';
  if (REQUEST_RE.test(sentence) && !noticeWord) return 'approval-request';
  return 'advance-notice';
}

/**
 * Notice statements in one sentence. `inContext` says the paragraph around it is about sub-processors, so that
 * "En sådan underretning skal … minimum 1 måned før" counts although the sentence does not repeat the word.
 */
export function parseNoticeSentence(sentence: string, base: number, fullText: string, clause: string | null, inContext = false): NoticeStatement[] {
  if (!CHANGE_RE.test(sentence) || BREACH_RE.test(sentence)) return [];
  if (!SUBPROCESSOR_RE.test(sentence) && !(inContext && (NOTICE_NEAR_RE.test(sentence) || OBJECTION_RE.test(sentence) || APPROVAL_RE.test(sentence)))) return [];
  const ev = evidenceAt(fullText, base, base + sentence.length, clause);
  const out: NoticeStatement[] = [];
  for (const d of findDurations(sentence)) {
    // A period counts only if the sentence is about notice, objection or approval of sub-processor changes.
    const kind = classify(sentence, d);
    const around = evidenceAround(fullText, { start: base, end: base + sentence.length }, { start: base + d.start, end: base + d.end }, clause);
    out.push({ kind, days: d.days, value: d.value, unit: d.unit, text: d.text.replace(/\s+/g, ' ').trim(), vague: false, evidence: around });
  }
  if (out.length === 0) {
    const vague = VAGUE_RE.exec(sentence);
    if (vague && NOTICE_NEAR_RE.test(vague[0])) {
      out.push({ kind: 'advance-notice', days: null, value: null, unit: null, text: vague[0].replace(/\s+/g, ' '), vague: true, evidence: ev });
    }
  }
  return out;
}

function findAuthorisation(fd: FieldDoc): SubprocessorTermsField['authorisation'] {
  const spans = ['7.3', '7.2'].map((id) => fd.aligned(id)).filter((s) => s !== null);
  const candidates = [...spans.flatMap((s) => fd.sentences(s)), ...fd.sentences()];
  for (const s of candidates) {
    const text = fd.text.slice(s.start, s.end);
    if (!SUBPROCESSOR_RE.test(text) || EITHER_RE.test(text)) continue;
    const general = GENERAL_RE.exec(text);
    const specific = SPECIFIC_RE.exec(text);
    if (general && !specific) return { type: 'general', evidence: evidenceAt(fd.text, s.start, s.end, fd.clauseIdAt(s.start) ?? '7.3') };
    if (specific && !general) return { type: 'specific', evidence: evidenceAt(fd.text, s.start, s.end, fd.clauseIdAt(s.start) ?? '7.3') };
  }
  return { type: null, evidence: null };
}

export function extractSubprocessorTerms(fd: FieldDoc): SubprocessorTermsField {
  const notices: NoticeStatement[] = [];
  for (const p of fd.paragraphs()) {
    const inContext = SUBPROCESSOR_RE.test(fd.text.slice(p.start, p.end));
    if (!inContext) continue;
    for (const s of fd.sentences(p)) {
      // Notice terms in Bilag B are the template's B.2 (notice for sub-processor changes); elsewhere clause 7.3's.
      const at = fd.clauseIdAt(s.start);
      const clause = at?.startsWith('B') ? 'B.2' : (at ?? '7.3');
      notices.push(...parseNoticeSentence(fd.text.slice(s.start, s.end), s.start, fd.text, clause, true));
    }
  }
  const aligned73 = fd.aligned('7.3');
  const primary =
    (aligned73 && notices.find((n) => n.evidence.offset >= aligned73.start && n.evidence.offset < aligned73.end && (n.kind === 'advance-notice' || n.kind === 'approval-request'))) ||
    notices.find((n) => n.kind === 'advance-notice' || n.kind === 'approval-request');
  return { authorisation: findAuthorisation(fd), noticeDays: primary ? primary.days : null, notices };
}
