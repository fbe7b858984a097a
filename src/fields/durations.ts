// Durations in Danish and English contract text: "24 timer", "48 hours", "2 dage", "to døgn", "tre (3) uger",
// "1 måneds", "10 business days", "72-timers". Every regex here is linear: alternations of fixed words and
// bounded repeats only, so a megabyte of near-misses is scanned in one pass.
import { DA_NUMBER_WORD, EN_NUMBER_WORD, parseNumber, type NumberLanguage } from './numbers.js';

export type DurationUnit = 'hours' | 'days' | 'business-days' | 'weeks' | 'months' | 'years';

export interface Duration {
  value: number;
  unit: DurationUnit;
  /** Offsets of the match in the scanned text (half-open). */
  start: number;
  end: number;
  text: string;
  /** Calendar days the period amounts to at least (for minimum notice periods). */
  days: number;
  /** Hours the period can take at most (for maximum deadlines): business days may straddle a weekend. */
  maxHours: number;
}

interface UnitSpec {
  unit: DurationUnit;
  lang: NumberLanguage | 'any';
  forms: string[];
}

const UNITS: UnitSpec[] = [
  { unit: 'business-days', lang: 'da', forms: ['hverdage', 'hverdages', 'hverdag', 'arbejdsdage', 'arbejdsdages', 'arbejdsdag', 'bankdage', 'bankdages', 'bankdag'] },
  { unit: 'business-days', lang: 'en', forms: ['business days', 'business day', 'working days', 'working day', 'work days', 'work day', 'banking days', 'banking day'] },
  { unit: 'days', lang: 'da', forms: ['kalenderdage', 'kalenderdages', 'kalenderdag', 'døgn', 'døgns', 'dage', 'dages', 'dags', 'dag'] },
  { unit: 'days', lang: 'en', forms: ['calendar days', 'calendar day', 'days', 'day'] },
  { unit: 'hours', lang: 'da', forms: ['timer', 'timers', 'time', 'timers'] },
  { unit: 'hours', lang: 'en', forms: ['hours', 'hour', 'hrs', 'hr'] },
  { unit: 'weeks', lang: 'da', forms: ['uger', 'ugers', 'uges', 'uge'] },
  { unit: 'weeks', lang: 'en', forms: ['weeks', 'week'] },
  { unit: 'months', lang: 'da', forms: ['måneder', 'måneders', 'måneds', 'måned', 'mdr.', 'mdr', 'md.'] },
  { unit: 'months', lang: 'en', forms: ['months', 'month'] },
  { unit: 'years', lang: 'da', forms: ['års', 'år'] },
  { unit: 'years', lang: 'en', forms: ['years', 'year'] },
];

const FORM_TO_SPEC = new Map<string, UnitSpec>();
for (const spec of UNITS) for (const f of spec.forms) FORM_TO_SPEC.set(f, spec);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t\\u00a0]{1,3}');
}

const UNIT_ALT = [...FORM_TO_SPEC.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape).join('|');
const NUM = `(?:\\d{1,4}(?:[.,]\\d{1,3})?|${DA_NUMBER_WORD}|${EN_NUMBER_WORD}|an|a)`;
// "tre (3) uger", "thirty (30) days", "30 (tredive) dage", "[24] timer", "24h", "72-timers".
const PAREN = `(?:[ \\t\\u00a0]{0,3}\\([ \\t]{0,2}(?:\\d{1,4}|${DA_NUMBER_WORD}|${EN_NUMBER_WORD})[ \\t]{0,2}\\))?`;
const DURATION_SOURCE = `(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9²³¹¼-¾⁰-⁹₀-₉])\\[?(${NUM})\\]?${PAREN}(?:[ \\t\\u00a0\\n]{1,3}|-|\\u2011|(?=h\\b))(${UNIT_ALT}|h)(?![A-Za-zÀ-ÖØ-öø-ɏ0-9²³¹¼-¾⁰-⁹₀-₉])`;

function durationRegex(): RegExp {
  return new RegExp(DURATION_SOURCE, 'giu');
}

function unitSpecFor(form: string): UnitSpec | null {
  const f = form.toLowerCase().replace(/[ \t\u00a0]+/g, ' ');
  if (f === 'h') return { unit: 'hours', lang: 'any', forms: ['h'] };
  return FORM_TO_SPEC.get(f) ?? null;
}

function numberLanguage(token: string): NumberLanguage | 'digits' {
  if (/^\d/.test(token)) return 'digits';
  const t = token.toLowerCase();
  if (parseNumber(t, 'da') !== null && parseNumber(t, 'en') === null) return 'da';
  if (parseNumber(t, 'en') !== null && parseNumber(t, 'da') === null) return 'en';
  return 'da';
}

/** Calendar days and worst-case hours of a value in a unit. */
export function measure(value: number, unit: DurationUnit): { days: number; maxHours: number } {
  switch (unit) {
    case 'hours':
      return { days: value / 24, maxHours: value };
    case 'days':
      return { days: value, maxHours: value * 24 };
    case 'business-days': {
      // Five business days span a week: at least n·7/5 calendar days of notice; as a deadline, every started
      // block of five may straddle a weekend (+2 days).
      const weekends = Math.ceil(value / 5);
      return { days: Math.floor((value * 7) / 5), maxHours: (value + 2 * weekends) * 24 };
    }
    case 'weeks':
      return { days: value * 7, maxHours: value * 7 * 24 };
    case 'months':
      // A month is at least 28 days, but contracts and the template treat "1 måned" as the 30-day standard.
      return { days: value * 30, maxHours: value * 31 * 24 };
    case 'years':
      return { days: value * 365, maxHours: value * 366 * 24 };
  }
}

/** All durations in `text`, in order. `base` is added to the offsets (offset of `text` in the document). */
export function findDurations(text: string, base = 0): Duration[] {
  const out: Duration[] = [];
  const re = durationRegex();
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const numToken = m[1]!;
    const unitToken = m[2]!;
    const spec = unitSpecFor(unitToken);
    if (!spec) continue;
    const numLang = numberLanguage(numToken);
    const lower = numToken.toLowerCase();
    let value: number | null;
    if (lower === 'a' || lower === 'an') {
      // English article as "one" only before an English unit ("within a month").
      if (spec.lang !== 'en') continue;
      value = 1;
    } else {
      if (numLang !== 'digits' && spec.lang !== 'any' && numLang !== spec.lang) continue;
      if (spec.unit === 'hours' && unitToken.toLowerCase() === 'h' && numLang !== 'digits') continue;
      value = parseNumber(numToken, numLang === 'digits' ? undefined : numLang);
    }
    if (value === null) continue;
    const { days, maxHours } = measure(value, spec.unit);
    out.push({ value, unit: spec.unit, start: base + m.index, end: base + m.index + m[0].length, text: m[0], days, maxHours });
  }
  return out;
}

/** The first duration in `text`, or null. */
export function parseDuration(text: string): Duration | null {
  return findDurations(text)[0] ?? null;
}

/** Words that mean "at once" (a deadline of zero hours). */
export const IMMEDIATE_SOURCE = String.raw`(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:straks|omgående|omgaaende|øjeblikkeligt?|umiddelbart|immediately|forthwith)(?![A-Za-zÀ-ÖØ-öø-ɏ])`;
/** "Without undue delay" and its kin: a standard, not a deadline. */
export const UNDUE_DELAY_SOURCE = String.raw`(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:uden[ \t\n]{1,3}unødig[t]?[ \t\n]{1,3}(?:forsinkelse|ophold)|uden[ \t\n]{1,3}ugrundet[ \t\n]{1,3}ophold|without[ \t\n]{1,3}undue[ \t\n]{1,3}delay|hurtigst[ \t\n]{1,3}muligt|snarest[ \t\n]{1,3}muligt|as[ \t\n]{1,3}soon[ \t\n]{1,3}as[ \t\n]{1,3}(?:possible|practicable|reasonably[ \t\n]{1,3}practicable)|promptly)(?![A-Za-zÀ-ÖØ-öø-ɏ])`;

/** Notice wordings without a period: "passende varsel", "reasonable notice", "i god tid". */
export const VAGUE_NOTICE_SOURCE = String.raw`(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:(?:passende|rimeligt?|behørigt?|forsvarligt?|tilstrækkeligt?)[ \t\n]{1,3}(?:forudgående[ \t\n]{1,3}|skriftligt?[ \t\n]{1,3})?varsel|i[ \t\n]{1,3}god[ \t\n]{1,3}tid|(?:reasonable|appropriate|adequate|sufficient|due|timely)[ \t\n]{1,3}(?:advance[ \t\n]{1,3}|prior[ \t\n]{1,3}|written[ \t\n]{1,3})?notice|in[ \t\n]{1,3}good[ \t\n]{1,3}time|reasonable[ \t\n]{1,3}time)(?![A-Za-zÀ-ÖØ-öø-ɏ])`;

/** Describe a duration for messages: "50 hours", "7 days", "1 month". */
export function describeDuration(d: Pick<Duration, 'value' | 'unit'>): string {
  const unit = d.unit === 'business-days' ? 'business day' : d.unit.slice(0, -1);
  return `${d.value} ${unit}${d.value === 1 ? '' : 's'}`;
}
