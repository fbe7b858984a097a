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

const SUBPROCESSOR_RE = /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:underdatabehandler[A-Za-zÀ-ÖØ-öø-ɏ]{0,5}|underleverandør[A-Za-zÀ-ÖØ-öø-ɏ]{0,4}|sub-?processor[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}|sub-?processing|sub-?contractor[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}|andre[ \t\n]{1,3}databehandlere|another[ \t\n]{1,3}processor)(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu;
const CHANGE_RE = /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:varsel[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}|underret[A-Za-zÀ-ÖØ-öø-ɏ]{0,8}|notice|notif[A-Za-zÀ-ÖØ-öø-ɏ]{0,9}|inform[A-Za-zÀ-ÖØ-öø-ɏ]{0,4}|ændre[A-Za-zÀ-ÖØ-öø-ɏ]{0,4}|ændring[A-Za-zÀ-ÖØ-öø-ɏ]{0,4}|tilføj[A-Za-zÀ-ÖØ-öø-ɏ]{0,5}|udskift[A-Za-zÀ-ÖØ-öø-ɏ]{0,5}|erstat[A-Za-zÀ-ÖØ-öø-ɏ]{0,5}|changes?|add[A-Za-zÀ-ÖØ-öø-ɏ]{0,5}|replac[A-Za-zÀ-ÖØ-öø-ɏ]{0,5}|indsigelse[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}|object[A-Za-zÀ-ÖØ-öø-ɏ]{0,4}|anmodning[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}|request[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}|engag[A-Za-zÀ-ÖØ-öø-ɏ]{0,4}|appoint[A-Za-zÀ-ÖØ-öø-ɏ]{0,4})(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu;
const OBJECTION_RE = /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:indsigelse[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}|object[A-Za-zÀ-ÖØ-öø-ɏ]{0,4}|modsætte|protest[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}|veto)(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu;
const DEEMED_RE = /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:anses|anset|betragtes|betragtet|deemed|considered|treated[ \t\n]{1,3}as|stiltiende|silence)(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu;
const APPROVAL_RE = /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:godkend[A-Za-zÀ-ÖØ-öø-ɏ]{0,5}|accept[A-Za-zÀ-ÖØ-öø-ɏ]{0,4}|approv[A-Za-zÀ-ÖØ-öø-ɏ]{0,4}|consent[A-Za-zÀ-ÖØ-öø-ɏ]{0,4}|authori[sz][A-Za-zÀ-ÖØ-öø-ɏ]{0,6})(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu;
const REQUEST_RE = /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:anmodning[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}[ \t\n]{1,3}om[ \t\n]{1,3}(?:en[ \t\n]{1,3})?(?:specifik[ \t\n]{1,3})?godkendelse|request[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}[ \t\n]{1,3}(?:for[ \t\n]{1,3})?(?:a[ \t\n]{1,3})?(?:specific[ \t\n]{1,3})?(?:authori[sz]ation|approval|consent))(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu;
const WINDOW_ANCHOR_RE = /(?:inden[ \t\n]{1,3}for|indenfor|inden|senest|within|no[ \t\n]{1,3}later[ \t\n]{1,3}than|not[ \t\n]{1,3}later[ \t\n]{1,3}than)[ \t\n(]{1,4}$/iu;
const NOTICE_NEAR_RE = /(?:varsel|notice|underretning[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}|notification)/iu;
const VAGUE_RE = new RegExp(VAGUE_NOTICE_SOURCE, 'iu');
// A breach notice that mentions sub-processors ("brud … hos en underdatabehandler") is not about sub-processor changes.
const BREACH_RE = /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:brud(?:det)?|sikkerhedsbrud[A-Za-zÀ-ÖØ-öø-ɏ]{0,4}|breach[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}|security[ \t\n]{1,3}incidents?)(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu;
// "30 days after notice … to object", "inden 7 dage efter modtagelsen af underretningen": time to object, counted from the notice.
const AFTER_NOTICE_RE = /^[ \t\n]{0,3}(?:efter|fra|after|from|of)[ \t\n]{1,3}(?:[A-Za-zÀ-ÖØ-öø-ɏ]+[ \t\n]{1,3}){0,3}(?:modtagelse[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}|underretning[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}|notice|notification|receipt|receiving|the[ \t\n]{1,3}date)/iu;

const GENERAL_RE = /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:generel[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}[ \t\n]{1,3}(?:forudgående[ \t\n]{1,3})?(?:skriftlig[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}[ \t\n]{1,3})?godkendelse|general[ \t\n]{1,3}(?:prior[ \t\n]{1,3})?(?:written[ \t\n]{1,3})?(?:authori[sz]ation|consent|approval)|generally[ \t\n]{1,3}authori[sz][A-Za-zÀ-ÖØ-öø-ɏ]{1,3})(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu;
const SPECIFIC_RE = /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:specifik[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}[ \t\n]{1,3}(?:forudgående[ \t\n]{1,3})?(?:skriftlig[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}[ \t\n]{1,3})?godkendelse|specific[ \t\n]{1,3}(?:prior[ \t\n]{1,3})?(?:written[ \t\n]{1,3})?(?:authori[sz]ation|consent|approval))(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu;
const EITHER_RE = /specifik[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}[ \t\n]{1,3}eller[ \t\n]{1,3}generel|specific[ \t\n]{1,3}or[ \t\n]{1,3}general|generel[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}[ \t\n]{1,3}eller[ \t\n]{1,3}specifik|general[ \t\n]{1,3}or[ \t\n]{1,3}specific/iu;

/** Classify one period in a sentence about sub-processor changes. */
function classify(sentence: string, d: Duration): NoticeKind {
  const before = sentence.slice(Math.max(0, d.start - 40), d.start);
  const after = sentence.slice(d.end, d.end + 30);
  const noticeWord = /(?:varsel|notice)[ \t\n]{0,3}(?:på|of)?[ \t\n]{0,3}(?:mindst|minimum|at[ \t\n]least)?[ \t\n]{0,3}$/iu.test(before) || /^[ \t\n']{0,3}(?:s[ \t\n]{1,2})?(?:forudgående[ \t\n]{1,3}|skriftligt?[ \t\n]{1,3}|prior[ \t\n]{1,3}|advance[ \t\n]{1,3}|written[ \t\n]{1,3})?(?:varsel|notice)/iu.test(after) || /[A-Za-zÀ-ÖØ-öø-ɏ]s$/u.test(d.text) && /^[ \t\n]{0,3}(?:[A-Za-zÀ-ÖØ-öø-ɏ]+[ \t\n]{1,3})?varsel/iu.test(after);
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
