// Word tokens with offsets, and the comparison key used by alignment (lower case, stemmed, digits kept as written).
import snowball from 'snowball-stemmers';

export interface Token {
  /** The word as written (NFC). */
  text: string;
  /** Comparison key: lower-cased and stemmed; numbers as written. */
  key: string;
  /** Offsets in the text the token was taken from (plus the base offset given). */
  start: number;
  end: number;
}

export type StemLanguage = 'da' | 'en';

const stemmers = {
  da: snowball.newStemmer('danish'),
  en: snowball.newStemmer('english'),
};
const stemCache: Record<StemLanguage, Map<string, string>> = { da: new Map(), en: new Map() };

export function stem(word: string, language: StemLanguage): string {
  const cache = stemCache[language];
  let key = cache.get(word);
  if (key === undefined) {
    key = /\d/.test(word) ? word : stemmers[language].stem(word);
    cache.set(word, key);
  }
  return key;
}

// Letters (any script), digits, and in-word joiners: "2016/679", "7.3", "1.000". Hyphens split ("EØS-medlemsstater" is two
// words) so that a qualifier prefixed to a template word reads as an inserted word, not a different one.
const WORD = /[A-Za-zÀ-ÖØ-öø-ɏ0-9²³¹¼-¾⁰-⁹₀-₉]+(?:[/.,'’][A-Za-zÀ-ÖØ-öø-ɏ0-9²³¹¼-¾⁰-⁹₀-₉]+)*/gu;

export function tokenize(text: string, language: StemLanguage, base = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const lower = word.toLowerCase();
    tokens.push({ text: word, key: stem(lower, language), start: base + m.index, end: base + m.index + word.length });
  }
  return tokens;
}

/** Multiset of keys, for fast bag-of-words similarity. */
export function bagOf(keys: string[]): Map<string, number> {
  const bag = new Map<string, number>();
  for (const k of keys) bag.set(k, (bag.get(k) ?? 0) + 1);
  return bag;
}

export function bagOverlap(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const [k, c] of small) {
    const d = large.get(k);
    if (d) n += Math.min(c, d);
  }
  return n;
}
