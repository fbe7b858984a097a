// Footnotes: a footnote text line ("1  Henvisninger til ...") and its marker glued to a word ("medlemsstaternes1").
// A digit after a word is only a marker when a footnote text with that number exists (or it is a superscript digit),
// so "artikel 28", "2016/679", "C.6" and CVR numbers are never touched.
import type { RemovedText } from '../model.js';
import { replace } from './mline.js';
import type { LineSlot } from './furniture.js';

const FOOTNOTE_TEXT = /^[ \t]*(\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})[ \t]+(?=["'(]?[A-ZÀ-ÖØ-Þ])/u;
const MARKDOWN_REF = /(?<=\S)\[\^[\w-]{1,24}\]/g;
const SUPER_ANY = /[⁰¹²³⁴⁵⁶⁷⁸⁹]/;
const LETTER_DIGIT = /[A-Za-zÀ-ÖØ-öø-ɏ]\d/u;
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
// (?=\d) first: the lookbehind, which scans back over a whole word, runs only where a digit follows (linear).
const GLUED = /(?=\d)(?<=(?:^|[^A-Za-zÀ-ÖØ-öø-ɏ0-9²³¹¼-¾⁰-⁹₀-₉])[A-Za-zÀ-ÖØ-öø-ɏ]{2,}[)"']?)(\d{1,2})(?=[\s.,;:)"']|$)/gu;
const GLUED_SUPER = /(?<=[A-Za-zÀ-ÖØ-öø-ɏ]{2}[)"']?)([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})/gu;

function superToDigits(s: string): string {
  return [...s].map((c) => String(SUPERSCRIPTS.indexOf(c))).join('');
}

/** Find footnote text lines, then strip the markers that point at them. Returns the slots that are footnote texts. */
export function markFootnotes(slots: LineSlot[], removed: RemovedText[]): Set<LineSlot> {
  const candidates = new Map<string, LineSlot[]>();
  // Lines an extractor marked as footnotes (Markdown "[^1]:", PDF small print) are footnotes whatever their markers.
  const known = new Set<LineSlot>();
  for (const s of slots) {
    if (s.blank || s.removed) continue;
    if (s.m.raw.kind === 'footnote') {
      known.add(s);
      const m = /^\s*(\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})/.exec(s.m.text);
      if (m) push(candidates, /\d/.test(m[1]!) ? m[1]! : superToDigits(m[1]!), s);
      continue;
    }
    // DOCX paragraphs are plain paragraphs too: a footnote typed as "1 Henvisninger …" is one there as well.
    if (s.m.raw.kind && s.m.raw.kind !== 'paragraph') continue;
    const m = FOOTNOTE_TEXT.exec(s.m.text);
    if (!m) continue;
    // "1. Text" is a clause; the footnote form has no period and (in text exports) two spaces or a superscript.
    const num = /\d/.test(m[1]!) ? m[1]! : superToDigits(m[1]!);
    push(candidates, num, s);
  }
  const used = new Set<string>();
  for (const s of slots) {
    if (s.blank || s.removed) continue;
    // "Bestemmelser.[^footnote1]": Markdown footnote syntax left in a PDF made from Markdown is a marker, not text.
    if (s.m.text.includes('[^')) s.m = replace(s.m, MARKDOWN_REF, (g) => {
      removed.push({ kind: 'footnote-marker', text: g[0], position: { line: s.m.line, column: s.m.cols[g.index]!, page: s.m.page } });
      return '';
    });
    if (SUPER_ANY.test(s.m.text)) s.m = replace(s.m, GLUED_SUPER, (g) => {
      used.add(superToDigits(g[1]!));
      removed.push({ kind: 'footnote-marker', text: g[1]!, position: { line: s.m.line, column: s.m.cols[g.index]!, page: s.m.page } });
      return '';
    });
    if (candidates.size === 0 || !LETTER_DIGIT.test(s.m.text)) continue;
    if (isCandidate(candidates, s)) continue;
    const before = s.m;
    s.m = replace(s.m, GLUED, (g) => {
      if (!candidates.has(g[1]!)) return g[0];
      used.add(g[1]!);
      removed.push({ kind: 'footnote-marker', text: g[1]!, position: { line: before.line, column: before.cols[g.index]!, page: before.page } });
      return '';
    });
  }
  const texts = new Set<LineSlot>(known);
  for (const [num, list] of candidates) {
    if (!used.has(num)) continue;
    for (const s of list) texts.add(s);
  }
  return texts;
}

function isCandidate(candidates: Map<string, LineSlot[]>, s: LineSlot): boolean {
  for (const list of candidates.values()) if (list.includes(s)) return true;
  return false;
}

function push(map: Map<string, LineSlot[]>, key: string, s: LineSlot): void {
  const list = map.get(key);
  if (list) list.push(s);
  else map.set(key, [s]);
}

