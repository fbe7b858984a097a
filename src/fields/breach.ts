// The processor's deadline for telling the controller about a personal data breach (template clause 10.2;
// GDPR Art. 33(2)). The controller has 72 hours towards the authority (Art. 33(1)), so the processor's
// deadline is what the controller's own deadline has left.
import { findDurations, IMMEDIATE_SOURCE, UNDUE_DELAY_SOURCE, type DurationUnit } from './durations.js';
import { evidenceAt, type Evidence } from './evidence.js';
import type { FieldDoc } from './view.js';

export type BreachDeadlineKind = 'hours' | 'immediate' | 'undue-delay' | 'unitless' | 'missing';

export interface BreachDeadline {
  kind: BreachDeadlineKind;
  /** Worst-case hours (kind 'hours'), 0 for 'immediate', else null. */
  hours: number | null;
  /** The number as written and its unit ("2" days); for 'unitless' the bare number. */
  value: number | null;
  unit: DurationUnit | null;
  /** The words that state the deadline ("50 timer", "senest 24 efter", "straks"). */
  text: string | null;
  evidence: Evidence;
}

export interface BreachNoticeField {
  /** The processor's deadline towards the controller: clause 10.2's value, else the first concrete one stated. */
  deadline: BreachDeadline | null;
  /** Every processor-to-controller notice statement found, in document order. */
  statements: BreachDeadline[];
}

const BREACH_RE = /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:brud(?:det|dene|det)?|sikkerhedsbrud[A-Za-zÀ-ÖØ-öø-ɏ]{0,4}|databrud[A-Za-zÀ-ÖØ-öø-ɏ]{0,4}|brud[ \t\n]{1,3}på|breach(?:es)?|security[ \t\n]{1,3}incidents?|sikkerhedshændelse[A-Za-zÀ-ÖØ-öø-ɏ]{0,3})(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu;
const NOTIFY_RE = /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:underret[A-Za-zÀ-ÖØ-öø-ɏ]{0,8}|meddel[A-Za-zÀ-ÖØ-öø-ɏ]{0,6}|orienter[A-Za-zÀ-ÖØ-öø-ɏ]{0,6}|informer[A-Za-zÀ-ÖØ-öø-ɏ]{0,6}|give[ ]besked|notif[A-Za-zÀ-ÖØ-öø-ɏ]{0,9}|inform[A-Za-zÀ-ÖØ-öø-ɏ]{0,4}|report[A-Za-zÀ-ÖØ-öø-ɏ]{0,4}|advise|alert)(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu;
const RECIPIENT_RE = /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:den[ \t\n]{1,3}dataansvarlige|dataansvarlig[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}|kunden|kunde|controllers?|customers?|clients?|you|dig|jer)(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu;
// Where the sentence turns to the controller's own duty ("sådan at den dataansvarlige kan overholde … 72 timer").
const PURPOSE_RE = /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:sådan[ \t\n]{1,3}at|således[ \t\n]{1,3}at|så[ \t\n]{1,3}(?:at|den[ \t\n]{1,3}dataansvarlige)|for[ \t\n]{1,3}at|med[ \t\n]{1,3}henblik[ \t\n]{1,3}på|so[ \t\n]{1,3}(?:that|as[ \t\n]{1,3}to)|in[ \t\n]{1,3}order[ \t\n]{1,3}to|to[ \t\n]{1,3}(?:enable|allow)|enabling|allowing)(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu;
// The controller's own notification to the authority (9.2.a, Art. 33(1)), not the processor's to the controller.
const AUTHORITY_RE = /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:anmeld[A-Za-zÀ-ÖØ-öø-ɏ]{0,6}|tilsynsmyndighed[A-Za-zÀ-ÖØ-öø-ɏ]{0,4}|datatilsynet|supervisory[ \t\n]{1,3}authorit[A-Za-zÀ-ÖØ-öø-ɏ]{1,3})(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu;
const PROCESSOR_RE = /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:databehandler[A-Za-zÀ-ÖØ-öø-ɏ]{0,4}|processor[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}|leverandør[A-Za-zÀ-ÖØ-öø-ɏ]{0,4}|provider|vendor|supplier|vi|we)(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu;
// 9.2.a/b: "den dataansvarliges forpligtelse til … at underrette den registrerede" is the controller's duty.
const CONTROLLER_DUTY_RE = /dataansvarliges[ \t\n]{1,3}forpligtelse|controller'?s[ \t\n]{1,3}(?:own[ \t\n]{1,3})?(?:obligation|duty)/iu;
const SUBJECTS_AFTER_VERB_RE = /^[A-Za-zÀ-ÖØ-öø-ɏ]+[ \t\n]{1,3}(?:[A-Za-zÀ-ÖØ-öø-ɏ]+[ \t\n]{1,3}){0,3}(?:den[ \t\n]{1,3}registrerede|de[ \t\n]{1,3}registrerede|the[ \t\n]{1,3}data[ \t\n]{1,3}subjects?|data[ \t\n]{1,3}subjects?)/iu;
const ANCHOR_BEFORE_RE = /(?:senest|inden[ \t\n]{1,3}for|indenfor|inden|within|no[ \t\n]{1,3}later[ \t\n]{1,3}than|not[ \t\n]{1,3}later[ \t\n]{1,3}than|højst|maksimalt|max\.?|at[ \t\n]{1,3}the[ \t\n]{1,3}latest|up[ \t\n]{1,3}to|op[ \t\n]{1,3}til|in[ \t\n]{1,3}any[ \t\n]{1,3}event)[ \t\n(\[*]{0,6}$/iu;
// "senest 24 efter" — a deadline anchor, a number, and no unit (seed 003). Dates ("senest 1. januar") and clock
// times ("inden 14:00") are not deadlines.
const UNITLESS_RE = /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(senest|inden[ \t\n]{1,3}for|indenfor|inden|within|no[ \t\n]{1,3}later[ \t\n]{1,3}than)[ \t\n]{1,3}\[?(\d{1,3})\]?(?![\d.,:]|[ \t\n]{0,3}[-(]|[ \t\n]{0,3}(?:timer|time|hours?|hrs?|h|dage?s?|døgn|days?|uger?|weeks?|måned[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}|months?|år|years?|minutter|minutes?|hverdage|arbejdsdage|business|working|calendar|kalenderdage)(?![A-Za-zÀ-ÖØ-öø-ɏ]))/iu;
// An empty fill-in field: "senest [●] timer", "within [X] hours", "senest ____ efter".
const PLACEHOLDER_RE = /(?:senest|inden|within|no[ \t\n]{1,3}later[ \t\n]{1,3}than)[ \t\n]{1,3}(?:\[[ \t]{0,2}[xX●•…._ ]{0,6}[ \t]{0,2}\]|_{2,}|\.{3,}|…|\[[^\]\n]{0,30}\])/iu;
const IMMEDIATE_RE = new RegExp(IMMEDIATE_SOURCE, 'iu');
const UNDUE_RE = new RegExp(UNDUE_DELAY_SOURCE, 'iu');
// The template's 10.2 with its slot left empty: "… skal om muligt ske senest efter, at denne …".
const EMPTY_SLOT_RE = /underretning[ \t\n]{1,3}til[ \t\n]{1,3}den[ \t\n]{1,3}dataansvarlige[ \t\n]{1,3}skal[ \t\n]{1,3}om[ \t\n]{1,3}muligt[ \t\n]{1,3}ske[ \t\n]{1,3}senest[ \t\n]{1,3}efter/iu;

/** Read the processor's breach-notice deadline from one sentence, or null when the sentence is not such a statement. */
export function parseBreachSentence(sentence: string, base: number, fullText: string, clause: string | null): BreachDeadline | null {
  if (!BREACH_RE.test(sentence) || !NOTIFY_RE.test(sentence)) return null;
  const notify = NOTIFY_RE.exec(sentence)!;
  // Cut the purpose clause, but only after the notification verb.
  let cut = sentence.length;
  const purposeRe = new RegExp(PURPOSE_RE.source, 'giu');
  for (let m = purposeRe.exec(sentence); m !== null; m = purposeRe.exec(sentence)) {
    if (m.index > notify.index) {
      cut = m.index;
      break;
    }
  }
  const head = sentence.slice(0, cut);
  if (!RECIPIENT_RE.test(head)) return null;
  // "den dataansvarliges forpligtelse til … at anmelde brud … til Datatilsynet" is the controller's duty.
  if (AUTHORITY_RE.test(head) && !PROCESSOR_RE.test(head.slice(0, Math.max(notify.index, 0) + 40))) return null;
  if (CONTROLLER_DUTY_RE.test(head)) return null;
  // Notifying the data subjects (Art. 34) is another duty.
  if (SUBJECTS_AFTER_VERB_RE.test(head.slice(notify.index, notify.index + 60))) return null;

  const ev = (s: number, e: number) => evidenceAt(fullText, base + s, base + e, clause);
  const whole = ev(0, cut);

  const durations = findDurations(head).filter((d) => !/^\d+-/.test(d.text) || !/^[ \t]{0,2}[A-Za-zÀ-ÖØ-öø-ɏ]/u.test(head.slice(d.end, d.end + 3)));
  const anchored = durations.find((d) => ANCHOR_BEFORE_RE.test(head.slice(Math.max(0, d.start - 40), d.start)));
  const duration = anchored ?? durations[0];
  if (duration) {
    return { kind: 'hours', hours: duration.maxHours, value: duration.value, unit: duration.unit, text: duration.text.replace(/\s+/g, ' ').trim(), evidence: whole };
  }
  const unitless = UNITLESS_RE.exec(head);
  if (unitless) {
    const text = head.slice(unitless.index, unitless.index + unitless[0].length + 6).replace(/\s+$/, '');
    return { kind: 'unitless', hours: null, value: Number(unitless[2]), unit: null, text: text.replace(/\s+/g, ' '), evidence: whole };
  }
  if (PLACEHOLDER_RE.test(head) || EMPTY_SLOT_RE.test(head)) {
    const m = PLACEHOLDER_RE.exec(head) ?? EMPTY_SLOT_RE.exec(head)!;
    return { kind: 'missing', hours: null, value: null, unit: null, text: m[0].replace(/\s+/g, ' '), evidence: whole };
  }
  const immediate = IMMEDIATE_RE.exec(head);
  if (immediate) return { kind: 'immediate', hours: 0, value: 0, unit: 'hours', text: immediate[0], evidence: whole };
  const undue = UNDUE_RE.exec(head);
  if (undue) return { kind: 'undue-delay', hours: null, value: null, unit: null, text: undue[0].replace(/\s+/g, ' '), evidence: whole };
  return null;
}

const CONCRETE: ReadonlySet<BreachDeadlineKind> = new Set(['hours', 'unitless', 'immediate', 'missing']);

export function extractBreachNotice(fd: FieldDoc): BreachNoticeField {
  const statements: BreachDeadline[] = [];
  const seen = new Set<number>();
  const aligned = ['10.2', '10.1'].map((id) => fd.aligned(id)).filter((s) => s !== null);
  const scan = (span: { start: number; end: number }, clause: string | null) => {
    for (const s of fd.sentences(span)) {
      if (seen.has(s.start)) continue;
      const parsed = parseBreachSentence(fd.text.slice(s.start, s.end), s.start, fd.text, clause ?? fd.clauseIdAt(s.start) ?? '10.2');
      if (parsed) {
        seen.add(s.start);
        statements.push(parsed);
      }
    }
  };
  for (const span of aligned) scan(span, span.clause);
  scan({ start: 0, end: fd.text.length }, null);
  statements.sort((a, b) => a.evidence.offset - b.evidence.offset);
  for (const st of statements) {
    // A deadline stated in section 10 is clause 10.2's value whatever the document numbers it (the 2018 template puts
    // it in an unnumbered paragraph of 10.1); sentences outside any known clause that read like 10.2 are 10.2 too.
    const c = st.evidence.clause;
    if (c === null || /^10(?:\.|$)/.test(c)) st.evidence.clause = st.kind === 'undue-delay' ? '10.1' : '10.2';
  }
  const in102 = aligned.length ? statements.filter((s) => aligned.some((a) => s.evidence.offset >= a.start && s.evidence.offset < a.end)) : [];
  const deadline =
    in102.find((s) => CONCRETE.has(s.kind)) ??
    statements.find((s) => CONCRETE.has(s.kind)) ??
    in102[0] ??
    statements.find((s) => s.kind === 'undue-delay') ??
    null;
  return { deadline, statements };
}
