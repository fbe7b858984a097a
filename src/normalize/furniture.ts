// Page furniture: watermarks, page numbers, running headers and footers. Found per line, removed from the text and
// reported in NormalizedDocument.removed (the draft-marker rule reads the watermarks there).
import type { RemovedText } from '../model.js';
import { slice, trim, type MLine } from './mline.js';

const WATERMARK_WORDS = ['FORHÅNDSVISNING', 'UDKAST', 'KLADDE', 'UDKAST TIL GENNEMSYN', 'DRAFT', 'PREVIEW', 'SAMPLE', 'EKSEMPEL'];
const WATERMARK_LINE = new RegExp(`^(?:${WATERMARK_WORDS.join('|')})$`, 'i');
// Glued to the end of a line by a PDF text layer: only the upper-case word counts there.
// The lookbehind starts a match only at the first blank of a run: without it a long run of blanks is quadratic.
const WATERMARK_TAIL = /(?<![ \t])[ \t]+(FORHÅNDSVISNING|UDKAST|KLADDE|DRAFT|PREVIEW)[ \t]*$/;

const PAGE_LINE = [
  /^(?:side|page|s\.|p\.)\s*\d{1,4}\s*(?:af|of|\/|ud af)\s*\d{1,4}$/i,
  /^(?:side|page)\s+\d{1,4}$/i,
  /^-\s*\d{1,4}\s*-$/,
  /^\d{1,4}\s*(?:\/|af|of)\s*\d{1,4}$/i,
  /^\[\s*\d{1,4}\s*\]$/,
];
const PAGE_TAIL = /(?<![ \t])[ \t]+(?:Side|Page|side|page)[ \t]+\d{1,4}[ \t]+(?:af|of)[ \t]+\d{1,4}[ \t]*$/;

export interface LineSlot {
  m: MLine;
  /** Removed from the text entirely (page furniture). */
  removed: boolean;
  blank: boolean;
}

function pos(m: MLine, k = 0) {
  return { line: m.line, column: m.cols[k] ?? m.endCol, page: m.page };
}

/** Strip watermark and page-number tails glued to a text line (PDF text layers put them on the same line). */
export function stripTails(m: MLine, removed: RemovedText[]): MLine {
  const w = WATERMARK_TAIL.exec(m.text);
  if (w) {
    const head = m.text.slice(0, w.index);
    // An all-caps line ("UDKAST TIL AFTALE") is a title, not a line with a watermark glued on.
    if (/[a-zß-öø-ÿ]/u.test(head)) {
      const at = w.index + w[0].indexOf(w[1]!);
      removed.push({ kind: 'watermark', text: w[1]!, position: pos(m, at) });
      m = slice(m, 0, w.index);
    }
  }
  const p = PAGE_TAIL.exec(m.text);
  if (p && p.index > 0) {
    const at = p.index + p[0].search(/\S/);
    removed.push({ kind: 'page-number', text: p[0].trim(), position: pos(m, at) });
    m = slice(m, 0, p.index);
  }
  return m;
}

export function isWatermarkLine(text: string): boolean {
  return WATERMARK_LINE.test(text);
}

export function isPageNumberLine(text: string): boolean {
  return PAGE_LINE.some((re) => re.test(text));
}

/**
 * Mark page furniture in place. Whole-line watermarks and page numbers always; a bare number only when it stands
 * alone between blank lines (page breaks in text exports); a line repeated at page boundaries (form feeds) or
 * repeated ≥ 3 times far apart (no form feeds) as a running header/footer.
 */
export function markFurniture(slots: LineSlot[], removed: RemovedText[], pageCount: number | null): void {
  const n = slots.length;
  const isBlank = (k: number) => k < 0 || k >= n || slots[k]!.blank || slots[k]!.removed;
  const remove = (s: LineSlot, kind: RemovedText['kind']) => {
    s.removed = true;
    const t = trim(s.m);
    removed.push({ kind, text: t.text, position: pos(t) });
  };
  for (let k = 0; k < n; k++) {
    const s = slots[k]!;
    if (s.blank || s.removed) continue;
    const text = s.m.text.trim();
    if (text.length > 40) continue;
    if (isWatermarkLine(text)) remove(s, 'watermark');
    else if (isPageNumberLine(text)) remove(s, 'page-number');
  }
  for (let k = 0; k < n; k++) {
    const s = slots[k]!;
    if (s.blank || s.removed) continue;
    const text = s.m.text.trim();
    if (text.length > 3 || !/^\d{1,3}$/.test(text)) continue;
    const pageEdge = k > 0 && k < n - 1 && slots[k - 1]!.m.page !== slots[k + 1]!.m.page;
    if ((isBlank(k - 1) && isBlank(k + 1)) || pageEdge || (k > 0 && s.m.page !== slots[k - 1]!.m.page)) remove(s, 'page-number');
  }
  if (pageCount !== null && pageCount >= 3) markPageEdges(slots, removed);
  else markRepeated(slots, removed);
}

function shape(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/** Paginated input: the first or last text line of a page, repeated (digits aside) on ≥ 3 pages. */
function markPageEdges(slots: LineSlot[], removed: RemovedText[]): void {
  const edges = new Map<number, { first: number; last: number }>();
  slots.forEach((s, k) => {
    if (s.blank || s.removed || s.m.page === null) return;
    const e = edges.get(s.m.page);
    if (!e) edges.set(s.m.page, { first: k, last: k });
    else e.last = k;
  });
  const counts = new Map<string, number>();
  for (const e of edges.values()) {
    for (const k of new Set([e.first, e.last])) {
      const key = shape(slots[k]!.m.text);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  for (const e of edges.values()) {
    for (const [k, kind] of [
      [e.first, 'header'],
      [e.last, 'footer'],
    ] as const) {
      const s = slots[k]!;
      if (s.removed) continue;
      const key = shape(s.m.text);
      if (key.length >= 2 && (counts.get(key) ?? 0) >= 3) {
        s.removed = true;
        const t = trim(s.m);
        removed.push({ kind, text: t.text, position: pos(t) });
      }
    }
  }
}

/** No page breaks known: a non-label line repeated ≥ 3 times, each ≥ 15 lines apart, that does not read as body text. */
function markRepeated(slots: LineSlot[], removed: RemovedText[]): void {
  const seen = new Map<string, number[]>();
  slots.forEach((s, k) => {
    // A heading the source marks as one (a Markdown "###", a Word heading style) is structure, however often a title
    // recurs (an annex repeating the section titles of the clauses it fills in).
    if (s.blank || s.removed || s.m.raw.kind === 'heading') return;
    const text = s.m.text.trim();
    if (text.length < 4 || text.length > 120 || /^[a-zß-öø-ÿ]/u.test(text) || /^[-•*]/.test(text) || /[.:;,]$/.test(text)) return;
    const key = shape(text);
    const list = seen.get(key);
    if (list) list.push(k);
    else seen.set(key, [k]);
  });
  for (const list of seen.values()) {
    if (list.length < 3) continue;
    let spread = true;
    for (let i = 1; i < list.length; i++) if (list[i]! - list[i - 1]! < 15) spread = false;
    if (!spread) continue;
    for (const k of list) {
      const s = slots[k]!;
      s.removed = true;
      const t = trim(s.m);
      // A footer is followed by a page break: the next text line is far away or a page number was removed right after.
      const next = slots[k + 1];
      const kind = next && next.removed ? 'footer' : 'header';
      removed.push({ kind, text: t.text, position: pos(t) });
    }
  }
}
