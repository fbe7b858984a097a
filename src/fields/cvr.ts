// Danish CVR numbers: eight digits whose weighted sum (2,7,6,5,4,3,2,1) is divisible by 11. The Central Business
// Register assigns numbers with this check, so a failing number is a typo (or not a CVR number at all).

const WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1];

/** Digits of a CVR number written as "DK12345678", "12 34 56 78", "CVR-nr. 12345678"; null when not 8 digits. */
export function normalizeCvr(raw: string): string | null {
  const digits = raw.replace(/^\s*(?:DK|dk)[\s-]?/, '').replace(/[\s.\u00a0-]/g, '');
  return /^\d{8}$/.test(digits) ? digits : null;
}

/** Modulus-11 check of an 8-digit CVR number. */
export function isValidCvr(cvr: string): boolean {
  const digits = normalizeCvr(cvr);
  if (!digits || digits[0] === '0') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * WEIGHTS[i]!;
  return sum % 11 === 0;
}

export interface CvrMatch {
  /** Eight digits. */
  value: string;
  valid: boolean;
  /** Offsets of the number (label excluded) in the scanned text. */
  start: number;
  end: number;
  /** True when a "CVR"/"VAT" label or a "DK" prefix introduced it (a bare 8-digit number is weaker evidence). */
  labelled: boolean;
}

// "CVR-nr.: 12 34 56 78", "CVR/VAT DK44497204", "CVR: 37383236", "VAT DK12345678", bare "DK12345678".
const LABELLED = /(?<![A-Za-zÀ-ÖØ-öø-ɏ\d])(?:CVR|SE|VAT|Momsnr|moms)(?:[ \t]{0,2}[-/.]?[ \t]{0,2}(?:nr|nummer|no|number|VAT|CVR)\.?){0,3}[ \t]{0,2}[.:]?[ \t]{0,3}(?:DK[ \t-]?)?(\d{2}[ \t\u00a0]?\d{2}[ \t\u00a0]?\d{2}[ \t\u00a0]?\d{2})(?![\d])/giu;
const DK_PREFIX = /(?<![A-Za-zÀ-ÖØ-öø-ɏ\d])DK[ \t-]?(\d{8})(?!\d)/gu;
const BARE = /(?<![A-Za-zÀ-ÖØ-öø-ɏ\d.,/-])(\d{8})(?![\d.,/-]?\d)/gu;

/** CVR numbers in `text`. With `bare`, also unlabelled 8-digit numbers (table cells in a CVR column). */
export function findCvrNumbers(text: string, options: { bare?: boolean } = {}): CvrMatch[] {
  const found = new Map<number, CvrMatch>();
  const add = (m: RegExpExecArray, labelled: boolean) => {
    const raw = m[1]!;
    const value = normalizeCvr(raw);
    if (!value) return;
    const start = m.index + m[0].lastIndexOf(raw);
    if (!found.has(start)) found.set(start, { value, valid: isValidCvr(value), start, end: start + raw.length, labelled });
  };
  for (const re of [LABELLED, DK_PREFIX]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) add(m, true);
  }
  if (options.bare) {
    BARE.lastIndex = 0;
    for (let m = BARE.exec(text); m !== null; m = BARE.exec(text)) add(m, false);
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}
