// Character-level clean-up of one line: NFC, ligatures, invisible characters, spaces, quotes, dashes.
// Canonical style chosen: straight ASCII quotes (" and ') and ASCII hyphen-minus "-" for every dash;
// templates and documents compared later must go through normalizeChars() so both sides agree.
import { type MLine } from './mline.js';

const MAP: Record<string, string> = {
  // Ligatures (PDF text layers)
  'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st',
  // Spaces that are not plain spaces
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '\u2000': ' ', '\u2001': ' ', '\u2002': ' ', '\u2003': ' ', '\u2004': ' ',
  '\u2005': ' ', '\u2006': ' ', '\u2008': ' ', '\u2009': ' ', '\u200a': ' ', '\u205f': ' ', '\u3000': ' ',
  '\u2028': ' ', '\u2029': ' ', '\u000b': ' ',
  // Invisible characters
  '\u200b': '', '\u200c': '', '\u200d': '', '\u2060': '', '\ufeff': '', '\u00ad': '',
  // Quotes → straight
  '“': '"', '”': '"', '„': '"', '‟': '"', '«': '"', '»': '"', '〝': '"', '〞': '"', '＂': '"',
  '‘': "'", '’': "'", '‚': "'", '‛': "'", '‹': "'", '›': "'", '＇': "'",
  // Dashes and minus → hyphen-minus
  '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '―': '-', '−': '-', '﹘': '-', '﹣': '-', '－': '-',
  // Symbol-font bullets from Word/PDF (private use area)
  '\uf0b7': '•', '\uf0a7': '▪', '\uf076': '•', '\uf0d8': '•', '\uf0fc': '•', '\uf0a8': '•',
};

const SPECIAL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\u00a0\u00ad\u2000-\u200d\u2010-\u2015\u2018-\u201f\u2028\u2029\u202f\u205f\u2060\u2212\u2039\u203a\u3000\u301d\u301e\ufb00-\ufb06\ufe58\ufe63\ufeff\uff02\uff07\uff0d\uf000-\uf0ff«»]/;
const COMBINING = /\p{M}/u;

/** Clean one line. A soft hyphen at the very end is kept as "-" and reported, since it marks a hyphenated word. */
export function cleanChars(m: MLine): { line: MLine; softHyphenAtEnd: boolean } {
  let text = m.text;
  let cols = m.cols;
  let softHyphenAtEnd = false;
  // Fast path: most lines hold nothing but ASCII and Danish letters.
  if (!needsWork(text)) return { line: m, softHyphenAtEnd };
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  const trimmedEnd = text.slice(0, end);
  if (trimmedEnd.endsWith('\u00ad')) softHyphenAtEnd = true;
  if (COMBINING.test(text) && text.normalize('NFC') !== text) ({ text, cols } = nfc(text, cols));
  if (!SPECIAL.test(text)) return { line: text === m.text ? m : { ...m, text, cols }, softHyphenAtEnd };
  let out = '';
  const outCols: number[] = [];
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!;
    let rep = MAP[ch];
    if (rep === undefined) {
      const c = ch.charCodeAt(0);
      // Control characters (except tab, newline, form feed) and unmapped private-use glyphs carry no text.
      rep = c < 32 && c !== 9 ? '' : c === 0x7f ? '' : c >= 0xf000 && c <= 0xf0ff ? '' : ch;
    }
    if (softHyphenAtEnd && ch === '\u00ad' && k === trimmedEnd.length - 1) rep = '-';
    for (let r = 0; r < rep.length; r++) {
      out += rep[r];
      outCols.push(cols[k]!);
    }
  }
  return { line: { ...m, text: out, cols: Int32Array.from(outCols) }, softHyphenAtEnd };
}

function needsWork(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x20) {
      if (c !== 9) return true;
    } else if (c >= 0x7f && (c === 0x7f || c === 0xa0 || c === 0xab || c === 0xad || c === 0xbb || c >= 0x300)) return true;
  }
  return false;
}

/** NFC cluster by cluster so each composed character keeps the column of its base character. */
function nfc(text: string, cols: Int32Array): { text: string; cols: Int32Array } {
  let out = '';
  const outCols: number[] = [];
  const re = /\P{M}\p{M}*|\p{M}+/gu;
  let hit: RegExpExecArray | null;
  while ((hit = re.exec(text))) {
    const composed = hit[0].normalize('NFC');
    const col = cols[hit.index]!;
    if (composed.length === hit[0].length) for (let k = 0; k < composed.length; k++) outCols.push(cols[hit.index + k]!);
    else for (let k = 0; k < composed.length; k++) outCols.push(col);
    out += composed;
  }
  return { text: out, cols: Int32Array.from(outCols) };
}

/** The same character normalisation for any string (templates, user input): NFC, quotes, dashes, spaces, ligatures. */
export function normalizeChars(s: string): string {
  let text = s.normalize('NFC');
  if (!SPECIAL.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const rep = MAP[ch];
    if (rep !== undefined) out += rep;
    else {
      const c = ch.charCodeAt(0);
      out += (c < 32 && c !== 9 && c !== 10) || c === 0x7f || (c >= 0xf000 && c <= 0xf0ff) ? '' : ch;
    }
  }
  text = out;
  return text;
}
