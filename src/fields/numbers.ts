// Numbers written as words in Danish and English ("fireogtyve", "forty-eight", "tre (3)").
// DPAs spell out deadlines in words often enough ("inden for to døgn", "thirty (30) days") that digits alone miss them.

const DA_UNITS: Record<string, number> = {
  nul: 0, en: 1, én: 1, et: 1, ét: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, syv: 7, otte: 8, ni: 9,
  ti: 10, elleve: 11, tolv: 12, tretten: 13, fjorten: 14, femten: 15, seksten: 16, sytten: 17, atten: 18, nitten: 19,
};
const DA_TENS: Record<string, number> = {
  tyve: 20, tredive: 30, tredve: 30, fyrre: 40, fyrretyve: 40, halvtreds: 50, tres: 60, halvfjerds: 70, firs: 80, halvfems: 90,
};
const EN_UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const EN_TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

export type NumberLanguage = 'da' | 'en';

/** Parse one Danish number word, simple or compound ("fireogtyve" = 24, "tooghalvfjerds" = 72, "hundrede"). */
function parseDanish(word: string): number | null {
  if (word in DA_UNITS) return DA_UNITS[word]!;
  if (word in DA_TENS) return DA_TENS[word]!;
  if (word === 'hundrede' || word === 'ethundrede') return 100;
  if (word === 'halvanden') return 1.5;
  // Danish puts the unit first: <unit>og<tens>.
  const og = word.indexOf('og');
  if (og > 0) {
    const unit = word.slice(0, og);
    const tens = word.slice(og + 2);
    if (unit in DA_UNITS && tens in DA_TENS && DA_UNITS[unit]! > 0 && DA_UNITS[unit]! < 10) return DA_UNITS[unit]! + DA_TENS[tens]!;
  }
  return null;
}

/** Parse an English number ("forty-eight", "seventy two", "one hundred and twenty"); words already lower-cased. */
function parseEnglish(words: string[]): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of words) {
    if (w === 'and') continue;
    if (w in EN_UNITS) current += EN_UNITS[w]!;
    else if (w in EN_TENS) current += EN_TENS[w]!;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w === 'a' && !seen) current += 1;
    else return null;
    seen = true;
  }
  total += current;
  return seen ? total : null;
}

/**
 * Value of a number token: digits ("24", "1,5"), a Danish or English number word or phrase.
 * Returns null for anything else. `lang` restricts words to one language (so English "to" is never 2).
 */
export function parseNumber(token: string, lang?: NumberLanguage): number | null {
  const t = token.trim().toLowerCase();
  if (t === '') return null;
  if (/^\d{1,6}(?:[.,]\d{1,3})?$/.test(t)) {
    // "1.000" is a thousands separator in Danish; "1,5" a decimal comma. Deadlines never need thousands, so
    // a dot or comma followed by exactly three digits is read as a thousands separator.
    if (/^\d{1,3}[.,]\d{3}$/.test(t)) return Number(t.replace(/[.,]/, ''));
    return Number(t.replace(',', '.'));
  }
  const words = t.split(/[\s-]+/).filter((w) => w !== '');
  if (lang !== 'en' && words.length === 1) {
    const da = parseDanish(words[0]!);
    if (da !== null) return da;
  }
  if (lang !== 'en' && words.length === 2 && words[0] === 'et' && words[1] === 'hundrede') return 100;
  if (lang !== 'da') return parseEnglish(words);
  return null;
}

const DA_WORDS = [...Object.keys(DA_UNITS), ...Object.keys(DA_TENS), 'hundrede', 'halvanden'];
const EN_WORDS = [...Object.keys(EN_UNITS), ...Object.keys(EN_TENS), 'hundred'];

function alternation(words: string[]): string {
  // Longest first so "tretten" is tried before "tre"; the alternation is a plain list (no nested quantifiers).
  return [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|');
}

/** A Danish number word, including compounds like "fireogtyve" (regex source, no groups). */
export const DA_NUMBER_WORD = `(?:(?:${alternation(Object.keys(DA_UNITS).filter((w) => DA_UNITS[w]! > 0 && DA_UNITS[w]! < 10))})og(?:${alternation(Object.keys(DA_TENS))})|${alternation(DA_WORDS)})`;
/** An English number word or a hyphenated/spaced compound of at most three words (regex source, no groups). */
export const EN_NUMBER_WORD = `(?:(?:${alternation(EN_WORDS)})(?:[- ](?:${alternation(EN_WORDS)})){0,2})`;
