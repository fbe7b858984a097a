// Where the values are: the document's clause for a template clause id (through the alignment), an annex section
// found by its heading, or — when neither is there (another template, an unnumbered PDF) — a passage found by content.
import type { Block, Clause } from '../model.js';
import type { LintDocument } from '../engine/types.js';
import { sectionTitle, templateIdForHeading } from './titles.js';

export interface Span {
  start: number;
  end: number;
  /** Template clause id this span stands for ("10.2", "C.6"). */
  clause: string;
  /** The document's own id for it, when known. */
  docId: string | null;
  title: string | null;
  via: 'alignment' | 'heading' | 'content';
}

export interface Heading {
  /** "C.6" as the document numbers it. */
  id: string;
  letter: string;
  title: string;
  /** Start of the heading line, start of the body after the heading, end of the section (next heading or annex). */
  start: number;
  bodyStart: number;
  end: number;
}

export interface SourceDoc {
  text: string;
  clauses: Clause[];
  blocks: Block[];
  templateId: string | null;
  templateToDoc: Map<string, string> | null;
  docToTemplate: Map<string, string> | null;
  language: string;
  /** Original line and column of an offset (to recover line breaks and column gaps the normaliser joined). */
  positionAt: ((offset: number) => { line: number; column: number; page: number | null }) | null;
}

export function sourceFromLintDocument(doc: LintDocument): SourceDoc {
  return {
    text: doc.segmented.norm.text,
    clauses: doc.segmented.clauses,
    blocks: doc.segmented.norm.blocks,
    templateId: doc.template?.id ?? null,
    templateToDoc: doc.alignment?.templateToDoc ?? null,
    docToTemplate: doc.alignment?.docToTemplate ?? null,
    language: doc.language,
    positionAt: (offset: number) => doc.segmented.norm.positionAt(offset),
  };
}

/** A bare text with no segmentation (unit tests, and documents the pipeline could not segment). */
export function sourceFromText(text: string, language = 'da'): SourceDoc {
  return { text, clauses: [], blocks: [], templateId: null, templateToDoc: null, docToTemplate: null, language, positionAt: null };
}

// Annex section headings as they appear in DPAs on the Datatilsynet template: "C.6 Instruks …", "A.3. Behandlingen …",
// "**B.1. Godkendte underdatabehandlere**", "### C.7. Procedurer …". One line; the body follows.
const ANNEX_SECTION_RE = /^[ \t>#*_|]{0,8}([A-D])\.[ ]?(\d{1,2})\.?(?:[ \t\u00a0]{1,6}|(?=[A-ZÀ-ÖØ-Þ*]))([^\n]{0,300})$/gmu;
// "Bilag B Underdatabehandlere", "Bilag C. Instruks …", "Bilag A - Oplysninger", "## 16 Bilag B\tUnderdatabehandlere".
const ANNEX_RE = /^[ \t>#*_]{0,8}(?:\d{1,2}[ \t]{1,4})?(?:Bilag|BILAG|Annex|ANNEX|Appendix|APPENDIX|Schedule|SCHEDULE|Exhibit)[ \t]{1,4}([A-D1-9]|[IV]{1,3})\b[ \t.:\-–]{0,4}([^\n]{0,200})$/gmu;

export interface AnnexHeading {
  letter: string;
  title: string;
  start: number;
  end: number;
}

export class FieldDoc {
  readonly text: string;
  readonly source: SourceDoc;
  private headingCache: Heading[] | null = null;
  private annexCache: AnnexHeading[] | null = null;
  private annexStartCache: number | null | undefined = undefined;
  private byIdCache: Map<string, Clause> | null = null;
  private innermostCache: InnermostIndex | null = null;

  constructor(source: SourceDoc) {
    this.source = source;
    this.text = source.text;
  }

  get language(): string {
    return this.source.language;
  }

  /** True when the document was aligned to the Datatilsynet template (its clause ids are meaningful). */
  get onDatatilsynetTemplate(): boolean {
    return this.source.templateId !== null && this.source.templateId.startsWith('datatilsynet');
  }

  /** The document clause aligned to a template clause id (Datatilsynet template only). */
  aligned(templateId: string): Span | null {
    if (!this.onDatatilsynetTemplate || !this.source.templateToDoc) return null;
    const docId = this.source.templateToDoc.get(templateId);
    if (!docId) return null;
    const clause = this.clauseById(docId);
    if (!clause) return null;
    return { start: clause.bodyStart, end: clause.end, clause: templateId, docId, title: clause.title, via: 'alignment' };
  }

  /** The first document clause with this id. */
  private clauseById(id: string): Clause | undefined {
    if (!this.byIdCache) {
      this.byIdCache = new Map();
      for (const c of this.source.clauses) if (c.id !== null && !this.byIdCache.has(c.id)) this.byIdCache.set(c.id, c);
    }
    return this.byIdCache.get(id);
  }

  /** Annex section headings ("A.1" … "D.9") found in the text, in order. */
  headings(): Heading[] {
    if (this.headingCache) return this.headingCache;
    const found: Heading[] = [];
    const annexes = this.annexHeadings();
    ANNEX_SECTION_RE.lastIndex = 0;
    for (let m = ANNEX_SECTION_RE.exec(this.text); m !== null; m = ANNEX_SECTION_RE.exec(this.text)) {
      const title = m[3]!.replace(/[*_]+/g, '').trim();
      // A cross-reference at the start of a line ("C.7. og C.8.") is not a heading: a heading has a title word.
      if (!/^[A-Za-zÀ-ÖØ-öø-ɏ]/u.test(title)) continue;
      found.push({ id: `${m[1]}.${m[2]}`, letter: m[1]!, title, start: m.index, bodyStart: m.index + m[0].length, end: this.text.length });
    }
    let a = 0;
    for (let i = 0; i < found.length; i++) {
      const h = found[i]!;
      const next = found[i + 1]?.start ?? this.text.length;
      // Both lists are in text order: advance one pointer instead of searching (linear on huge inputs).
      while (a < annexes.length && annexes[a]!.start <= h.start) a++;
      const annex = annexes[a];
      h.end = annex && annex.start < next ? annex.start : next;
    }
    this.headingCache = found;
    return found;
  }

  /** "Bilag X" / "Annex X" heading lines. */
  annexHeadings(): AnnexHeading[] {
    if (this.annexCache) return this.annexCache;
    const out: AnnexHeading[] = [];
    ANNEX_RE.lastIndex = 0;
    for (let m = ANNEX_RE.exec(this.text); m !== null; m = ANNEX_RE.exec(this.text)) {
      const title = m[2]!.replace(/[*_]+/g, '').trim();
      // "Bilag A indeholder nærmere oplysninger …" (clause 2.6) is a sentence, not a heading.
      if (/^(?:indeholder|contains|hereto|til\b|to\b|og\b|and\b)/i.test(title)) continue;
      out.push({ letter: m[1]!, title, start: m.index, end: m.index + m[0].length });
    }
    this.annexCache = out;
    return out;
  }

  /**
   * Offset where the annexes begin: the first annex section heading (A.1 …) or the annex heading right before it.
   * Text after it is "annex text" (where an override of the Clauses does not belong).
   */
  annexStart(): number | null {
    if (this.annexStartCache === undefined) this.annexStartCache = this.findAnnexStart();
    return this.annexStartCache;
  }

  private findAnnexStart(): number | null {
    const annexClause = this.source.clauses.find((c) => c.kind === 'annex' || c.kind === 'annex-section');
    const first = this.headings()[0];
    let start: number | null = first ? first.start : null;
    if (first) {
      const before = this.annexHeadings().filter((a) => a.start < first.start && first.start - a.start < 600);
      if (before.length) start = before[before.length - 1]!.start;
    }
    if (annexClause && (start === null || annexClause.start > start - 2000)) start = start === null ? annexClause.start : Math.min(start, annexClause.start);
    return start;
  }

  /**
   * The span for an annex section: the aligned clause when its title fits, else a heading whose title fits
   * (the 2018 template numbers the sections differently), else a heading with the same id.
   */
  annexSection(templateId: string, title: RegExp, not?: RegExp): Span | null {
    return this.annexSections(templateId, title, not)[0] ?? null;
  }

  /** The annex section for a template id, found by the standard titles (see titles.ts). */
  section(templateId: string): Span | null {
    const t = sectionTitle(templateId);
    return this.annexSection(templateId, t.title, t.not);
  }

  /** All annex sections for a template id (repeated sections included). */
  sections(templateId: string): Span[] {
    const t = sectionTitle(templateId);
    return this.annexSections(templateId, t.title, t.not);
  }

  /** Every span that fits (a document may repeat a section, as seed 003 repeats C.3 and C.4). */
  annexSections(templateId: string, title: RegExp, not?: RegExp): Span[] {
    const fits = (t: string | null) => t !== null && title.test(t) && !(not && not.test(t));
    const spans: Span[] = [];
    const aligned = this.aligned(templateId);
    if (aligned && (aligned.title === null || fits(aligned.title))) spans.push(aligned);
    const letter = templateId[0];
    const headings = this.headings().filter((h) => h.letter === letter);
    const byTitle = headings.filter((h) => fits(h.title) && templateIdForHeading(h.id, h.title) === templateId);
    const chosen = byTitle.length ? byTitle : headings.filter((h) => h.id === templateId && templateIdForHeading(h.id, h.title) === templateId);
    for (const h of chosen) {
      // The aligned clause and the heading are usually the same section: keep one.
      if (spans.some((s) => s.start < h.end && s.end > h.bodyStart)) continue;
      spans.push({ start: h.bodyStart, end: h.end, clause: templateId, docId: h.id, title: h.title, via: 'heading' });
    }
    return spans.sort((a, b) => a.start - b.start);
  }

  /**
   * The template clause id of the text at `offset`: the innermost aligned document clause, else the annex section
   * heading above it, else null.
   */
  clauseIdAt(offset: number): string | null {
    // Called for every sentence of a document by some fields: each step is a binary search, not a scan (a document of
    // 20,000 clauses took minutes).
    // An annex section heading above the offset is the most specific answer (and survives a coarse segmentation).
    // Headings are in text order and do not overlap (each ends where the next one, or an annex, starts).
    const headings = this.headings();
    const heading = headings[lastAtOrBefore(headings, offset)];
    if (heading && offset < heading.end) return templateIdForHeading(heading.id, heading.title);
    if (this.onDatatilsynetTemplate && this.source.docToTemplate) {
      // A whole annex says too little about where a value sits.
      this.innermostCache ??= new InnermostIndex(this.source.clauses.filter((c) => c.id !== null && c.kind !== 'annex'));
      const best = this.innermostCache.at(offset);
      if (best?.id) {
        const t = this.source.docToTemplate.get(best.id);
        if (t) return t;
      }
    }
    // Text under an annex heading with no numbered sections ("Bilag D" holding free text) belongs to the annex.
    const start = this.annexStart();
    if (start !== null && offset >= start) {
      const annexes = this.annexHeadings();
      const annex = annexes[lastAtOrBefore(annexes, offset)];
      if (annex && /^[A-D]$/.test(annex.letter)) return annex.letter;
    }
    return null;
  }

  slice(span: { start: number; end: number }): string {
    return this.text.slice(span.start, span.end);
  }

  /** Paragraphs of the whole text (or of a span): blank-line separated. */
  paragraphs(span?: { start: number; end: number }): Array<{ start: number; end: number }> {
    const from = span?.start ?? 0;
    const to = span?.end ?? this.text.length;
    const out: Array<{ start: number; end: number }> = [];
    const re = /\n[ \t]*\n/g;
    re.lastIndex = from;
    let s = from;
    for (let m = re.exec(this.text); m !== null && m.index < to; m = re.exec(this.text)) {
      if (m.index > s) out.push({ start: s, end: m.index });
      s = m.index + m[0].length;
    }
    if (to > s) out.push({ start: s, end: to });
    return out;
  }

  /**
   * The original (physical) lines inside a span, each split into cells where the original had a tab or a run of
   * two or more spaces. The normaliser joins lines into paragraphs; a table typed as text (a PDF's sub-processor
   * list) is only readable line by line.
   */
  physicalLines(span: { start: number; end: number }): PhysicalLine[] {
    const out: PhysicalLine[] = [];
    const pos = this.source.positionAt;
    let lineStart = span.start;
    let cells: Array<{ start: number; end: number }> = [];
    let cellStart = span.start;
    let prev = pos && span.start < span.end ? pos(span.start) : null;
    const flush = (end: number) => {
      cells.push({ start: cellStart, end });
      const trimmed = cells.map((c) => trimSpan(this.text, c)).filter((c) => c.end > c.start);
      const whole = trimSpan(this.text, { start: lineStart, end });
      if (whole.end > whole.start) out.push({ start: whole.start, end: whole.end, cells: trimmed });
      cells = [];
    };
    for (let k = span.start; k < span.end; k++) {
      const ch = this.text[k]!;
      if (ch === '\n') {
        flush(k);
        lineStart = k + 1;
        cellStart = k + 1;
        prev = null;
        continue;
      }
      if (ch === '\t') {
        cells.push({ start: cellStart, end: k });
        cellStart = k + 1;
      }
      if (!pos) {
        if (ch === ' ' && this.text[k + 1] === ' ' && (k === span.start || this.text[k - 1] !== ' ')) {
          cells.push({ start: cellStart, end: k });
        }
        if (ch !== ' ' && this.text[k - 1] === ' ' && this.text[k - 2] === ' ') cellStart = k;
        continue;
      }
      const p = pos(k);
      if (prev && p.line !== prev.line && k > lineStart) {
        flush(k);
        lineStart = k;
        cellStart = k;
      } else if (prev && ch !== ' ' && this.text[k - 1] === ' ' && p.line === prev.line && p.column - prevCol(pos, k - 2, prev) > 2) {
        // Two or more spaces in the original between the previous character and this one: a column gap.
        cells.push({ start: cellStart, end: k - 1 });
        cellStart = k;
      }
      prev = p;
    }
    flush(span.end);
    return out;
  }

  /** Sentences of a span (see splitSentences). */
  sentences(span?: { start: number; end: number }): Array<{ start: number; end: number }> {
    const from = span?.start ?? 0;
    const to = span?.end ?? this.text.length;
    return splitSentences(this.text.slice(from, to)).map((s) => {
      // Drop a list label ("2.", "b.", "- a.", "•") so that quotes start with the words.
      const label = LABEL_RE.exec(this.text.slice(s.start + from, Math.min(s.end + from, s.start + from + 16)));
      const skip = label && label[0].length < s.end - s.start ? label[0].length : 0;
      return { start: s.start + from + skip, end: s.end + from };
    });
  }
}

/** Index of the last item whose start is at or before `offset` in a list sorted by start; -1 when there is none. */
function lastAtOrBefore(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The innermost clause at an offset (the shortest one containing it; on a tie, the first in the list), answered by a
 * binary search. Built by one sweep over the clause boundaries with a heap of the clauses open there, so it holds for
 * any spans, nested or not.
 */
class InnermostIndex {
  /** Sorted distinct boundaries; best[i] answers for offsets in [points[i], points[i + 1]). */
  private readonly points: number[];
  private readonly best: Array<Clause | null>;

  constructor(clauses: Clause[]) {
    const spans = clauses.map((clause, order) => ({ clause, order, len: clause.end - clause.start })).filter((x) => x.len > 0);
    this.points = [...new Set(spans.flatMap((x) => [x.clause.start, x.clause.end]))].sort((a, b) => a - b);
    const byStart = [...spans].sort((a, b) => a.clause.start - b.clause.start);
    const heap = new MinHeap<(typeof spans)[number]>((a, b) => a.len - b.len || a.order - b.order);
    this.best = [];
    let next = 0;
    for (const p of this.points) {
      while (next < byStart.length && byStart[next]!.clause.start === p) heap.push(byStart[next++]!);
      while (heap.size > 0 && heap.peek()!.clause.end <= p) heap.pop();
      this.best.push(heap.peek()?.clause ?? null);
    }
  }

  at(offset: number): Clause | null {
    let lo = 0;
    let hi = this.points.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.points[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? null : this.best[lo - 1]!;
  }
}

/** A binary min-heap; `before(a, b) < 0` when a comes out first. */
class MinHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly before: (a: T, b: T) => number) {}

  get size(): number {
    return this.items.length;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    const a = this.items;
    a.push(item);
    for (let i = a.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (this.before(a[i]!, a[parent]!) >= 0) break;
      [a[i], a[parent]] = [a[parent]!, a[i]!];
      i = parent;
    }
  }

  pop(): T | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last !== undefined) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.before(a[l]!, a[m]!) < 0) m = l;
        if (r < a.length && this.before(a[r]!, a[m]!) < 0) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}

export interface PhysicalLine {
  start: number;
  end: number;
  cells: Array<{ start: number; end: number }>;
}

function trimSpan(text: string, span: { start: number; end: number }): { start: number; end: number } {
  let s = span.start;
  let e = span.end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/** Column of the character at `k` (the one before a space), falling back to the previous position. */
function prevCol(pos: (o: number) => { line: number; column: number }, k: number, fallback: { column: number }): number {
  return k >= 0 ? pos(k).column : fallback.column;
}

const LABEL_RE = /^(?:[-–•●▪◦·*][ \t]{1,3})?(?:\d{1,2}(?:\.\d{1,2}){1,3}\.?|\(?(?:\d{1,2}|[a-zA-Z]|[ivx]{1,4})[.)]|[-–•●▪◦·*])[ \t\u00a0]{1,4}/u;

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  'jf', 'jfr', 'stk', 'pkt', 'nr', 'art', 'bl.a', 'f.eks', 'eks', 'ca', 'evt', 'inkl', 'ekskl', 'mv', 'm.v', 'mm', 'osv', 'dvs', 'iht',
  'ifm', 'vedr', 'mht', 'pga', 'tlf', 'e.g', 'i.e', 'etc', 'inc', 'ltd', 'no', 'co', 'corp', 'vs', 'cf', 'sec', 'para', 'max', 'min', 'st',
  'mr', 'ms', 'dr', 'u.s', 'pkt', 'bilag', 'annex', 'litra', 'kap', 'afsn', 'ref', 'hhv', 'mdr', 'md', 'str', 'ct', 'pkwy', 'ave',
]);

/** Split text into sentences: at ".", "!", "?" or ";" before an upper-case start, at blank lines and at bullet lines. */
export function splitSentences(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  const re = /([.!?;:])(?=[ \t\u00a0]{0,3}\n[ \t]*\n|[ \t\u00a0\n]{1,4}["“”(]?[A-ZÀ-ÖØ-Þ\d•●▪◦·-])|\n[ \t]*\n(?=[ \t]{0,6}[A-ZÀ-ÖØ-Þ\d•●▪(\[#*|])|\n(?=[ \t]{0,6}(?:[•●▪◦·\-–*]|\(?[a-z0-9]{1,2}[).]|[ivx]{1,4}\))[ \t])/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[1] === '.' || m[1] === ':') {
      // Not after an abbreviation, a bare clause number ("7." / "7.3.") or a single letter ("a.").
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      const word = /([A-Za-zÀ-ÖØ-öø-ɏ.]+|\d+(?:\.\d+)*)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
      if (m[1] === '.' && (ABBREVIATIONS.has(word) || /^\d+(?:\.\d+)*$/.test(word) || /^[A-Za-zÀ-ÖØ-öø-ɏ]$/u.test(word))) continue;
      // A colon ends a sentence only before a line break (a lead-in to a list).
      if (m[1] === ':' && !/^:[ \t]*\n/.test(text.slice(m.index, m.index + 8))) continue;
    }
    const end = m[1] ? m.index + 1 : m.index;
    push(end);
    start = end;
  }
  push(text.length);
  return out;
}
