// Page layout for PDF text: pdfjs gives positioned text fragments, not lines. This module rebuilds visual lines,
// reading order (two-column regions column by column), tables (rows and cells from aligned x-positions, ruling
// lines when given) and, across pages, paragraphs, running headers/footers and watermarks. Pure functions of the
// item geometry, so they are tested without pdfjs.
import type { ExtractionNote, RawLine } from '../model.js';

/** One pdfjs text item in PDF user space (y grows upwards), as pdf.ts hands it over. */
export interface PdfTextItem {
  str: string;
  /** Baseline origin. */
  x: number;
  y: number;
  /** Advance width along the baseline. */
  width: number;
  fontSize: number;
  /** Baseline direction in degrees, counter-clockwise (0 = horizontal). */
  angle: number;
}

/** A straight horizontal or vertical segment drawn on the page (table rules), in PDF user space. */
export interface PdfSegment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PdfPageContent {
  page: number;
  width: number;
  height: number;
  items: PdfTextItem[];
  /** Ruling lines, when the caller fetched them (only pages with table candidates, since it costs time). */
  segments?: PdfSegment[] | null;
}

/** A visual line in reading order, in top-down page coordinates. */
export interface LaidOutLine {
  page: number;
  /** 1-based line number on the page, in reading order. */
  line: number;
  text: string;
  /** Baseline, top-down. */
  y: number;
  x0: number;
  x1: number;
  fontSize: number;
  /** Text flow (page body, one column of a two-column region, one table); paragraphs never span flows on a page. */
  flow: number;
  flowLeft: number;
  flowRight: number;
  cells?: string[];
  /** Page-local table number (table rows only). */
  table?: number;
  /** Visual lines the table row spans. */
  span?: number;
}

export interface PageLayout {
  page: number;
  width: number;
  height: number;
  lines: LaidOutLine[];
  /** Text at an angle to the page's text direction (watermarks, margin stamps). */
  rotated: Array<{ text: string; fontSize: number; angle: number }>;
  /** Characters of text on the page (0 = no text layer). */
  chars: number;
}

interface Item {
  str: string;
  x0: number;
  x1: number;
  /** Top-down baseline. */
  y: number;
  fs: number;
}

interface Frag {
  x0: number;
  x1: number;
  y: number;
  fs: number;
  text: string;
  /** Separated from the previous fragment of its row by a gap wide enough to be a column or cell boundary. */
  afterGap: boolean;
}

interface Row {
  y: number;
  fs: number;
  frags: Frag[];
  x0: number;
  x1: number;
}

interface Run {
  c: number;
  start: number;
  end: number;
}

type RegionKind = 'columns' | 'list' | 'table';

interface Region {
  start: number;
  end: number;
  kind: RegionKind;
  bounds: number[];
}

const LIGATURES: Record<string, string> = { 'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st' };

function cleanText(s: string): string {
  // Ligature glyphs come out as one code point; every other character is left to the normaliser.
  return s.replace(/[\uFB00-\uFB06]/g, (ch) => LIGATURES[ch] ?? ch).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const LABEL_CELL =
  /^(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]?|\(?[a-zA-Z][.)]|\(?[ivxlc]{1,6}[.)]|[•●▪■◦‣∙·\-–—*§]|(?:bilag|annex|appendix|schedule|anlage|anhang)\s+[a-z0-9]{1,3}\.?)$/i;

/** Lay out one page. */
export function layoutPage(content: PdfPageContent): PageLayout {
  const { items: raw, page } = content;
  // The dominant text direction decides the page's reading axes (a landscape table drawn rotated on a portrait page).
  const angleWeight = new Map<number, number>();
  for (const it of raw) {
    const a = normAngle(it.angle);
    angleWeight.set(a, (angleWeight.get(a) ?? 0) + it.str.trim().length);
  }
  let dominant = 0;
  let best = -1;
  for (const [a, w] of [...angleWeight].sort((p, q) => p[0] - q[0])) {
    if (w > best) {
      best = w;
      dominant = a;
    }
  }
  const rad = (dominant * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  // Rotate into reading axes: x to the right, y downwards.
  const toReading = (x: number, y: number): [number, number] => [x * cos + y * sin, -(-x * sin + y * cos)];

  const rotated: PageLayout['rotated'] = [];
  let items: Item[] = [];
  let chars = 0;
  for (const it of raw) {
    const str = cleanText(it.str);
    if (str.trim() === '') continue;
    chars += str.trim().length;
    if (Math.abs(normAngle(it.angle) - dominant) > 2 && Math.abs(normAngle(it.angle) - dominant) < 358) {
      rotated.push({ text: str, fontSize: it.fontSize, angle: it.angle });
      continue;
    }
    const [rx, ry] = toReading(it.x, it.y);
    items.push({ str, x0: rx, x1: rx + it.width, y: ry, fs: Math.max(it.fontSize, 1) });
  }
  // Shift so that y is measured from the top of the page for unrotated pages (header/footer zones use it).
  const yShift = dominant === 0 ? content.height : 0;
  for (const it of items) it.y += yShift;
  items = dedupeOverprint(items);

  const segments = (content.segments ?? []).map((s) => {
    const [ax, ay] = toReading(s.x0, s.y0);
    const [bx, by] = toReading(s.x1, s.y1);
    return { x0: Math.min(ax, bx), x1: Math.max(ax, bx), y0: Math.min(ay, by) + yShift, y1: Math.max(ay, by) + yShift };
  });

  const rows = buildRows(items);
  const regions = findRegions(rows, content.width);
  const lines = emit(page, rows, regions, segments);
  return {
    page,
    width: content.width,
    height: content.height,
    lines,
    rotated,
    chars,
  };
}

function normAngle(a: number): number {
  const r = Math.round(((a % 360) + 360) % 360);
  return r === 360 ? 0 : r;
}

/** Some producers fake bold by printing the same text twice, a fraction of a point apart. */
function dedupeOverprint(items: Item[]): Item[] {
  const out: Item[] = [];
  const seen = new Map<string, Item[]>();
  for (const it of items) {
    const list = seen.get(it.str);
    if (list?.some((o) => Math.abs(o.x0 - it.x0) < 1.5 && Math.abs(o.y - it.y) < 1.5)) continue;
    if (list) list.push(it);
    else seen.set(it.str, [it]);
    out.push(it);
  }
  return out;
}

function buildRows(items: Item[]): Row[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const groups: Item[][] = [];
  let current: Item[] = [];
  let refY = 0;
  let refFs = 0;
  for (const it of sorted) {
    if (current.length > 0 && Math.abs(it.y - refY) <= 0.3 * Math.max(it.fs, refFs)) {
      current.push(it);
      if (it.fs > refFs) {
        refFs = it.fs;
        refY = it.y;
      }
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [it];
    refY = it.y;
    refFs = it.fs;
  }
  if (current.length > 0) groups.push(current);

  // Superscripts/subscripts (footnote markers, small caps drawn raised) sit a little off the baseline of their line.
  const merged: Item[][] = [];
  for (const g of groups) {
    const prev = merged[merged.length - 1];
    if (prev && shouldAttach(prev, g)) {
      prev.push(...g);
      continue;
    }
    merged.push(g);
  }
  return merged.map(toRow);
}

function mainFs(items: Item[]): number {
  let best = items[0]!;
  for (const it of items) if (it.str.length * it.fs > best.str.length * best.fs) best = it;
  return best.fs;
}

function baseline(items: Item[]): number {
  const fs = mainFs(items);
  const main = items.filter((it) => Math.abs(it.fs - fs) < 0.5);
  return median(main.map((it) => it.y));
}

function shouldAttach(a: Item[], b: Item[]): boolean {
  const fa = mainFs(a);
  const fb = mainFs(b);
  const [small, big, fsSmall, fsBig] = fa < fb ? [a, b, fa, fb] : [b, a, fb, fa];
  if (fsSmall > 0.85 * fsBig || small.length > 3) return false;
  if (Math.abs(baseline(a) - baseline(b)) > 0.6 * fsBig) return false;
  const x0 = Math.min(...big.map((i) => i.x0)) - fsBig;
  const x1 = Math.max(...big.map((i) => i.x1)) + fsBig;
  return small.every((i) => i.x0 >= x0 && i.x1 <= x1);
}

function toRow(items: Item[]): Row {
  const sorted = [...items].sort((a, b) => a.x0 - b.x0);
  const fs = mainFs(sorted);
  const y = baseline(sorted);
  // Footnote reference marks (a small raised number right after a word) would glue onto the word: drop them.
  const byX = sorted.filter((it, k) => {
    if (k === 0 || it.fs > 0.8 * fs || it.y > y - 0.15 * fs || !/^\s*(?:\d{1,3}|[*†‡])\s*$/.test(it.str)) return true;
    const before = sorted[k - 1]!;
    return !(it.x0 - before.x1 < 0.3 * fs && /\S$/.test(before.str));
  });
  const frags: Frag[] = [];
  let cur: Frag | null = null;
  let prev: Item | null = null;
  const justified = isWordByWord(byX);
  for (const it of byX) {
    if (cur && prev) {
      const gap = it.x0 - prev.x1;
      if (justified || !isHardGap(gap, prev, it, byX.length, fs)) {
        cur.text = joinText(cur.text, it.str, gap, fs);
        cur.x1 = Math.max(cur.x1, it.x1);
        prev = it;
        continue;
      }
    }
    cur = { x0: it.x0, x1: it.x1, y, fs, text: it.str, afterGap: frags.length > 0 };
    frags.push(cur);
    prev = it;
  }
  for (const f of frags) f.text = f.text.replace(/\s+/g, ' ').trim();
  return { y, fs, frags, x0: frags[0]!.x0, x1: Math.max(...frags.map((f) => f.x1)) };
}

/**
 * Justified text set one word per item (pdfmake) stretches its word gaps evenly, sometimes beyond a font size:
 * single words with near-equal gaps are one line, never cells.
 */
function isWordByWord(items: Item[]): boolean {
  if (items.length < 4 || items.some((it) => /\S\s+\S/.test(it.str.trim()))) return false;
  const gaps: number[] = [];
  for (let k = 1; k < items.length; k++) gaps.push(items[k]!.x0 - items[k - 1]!.x1);
  const mid = median(gaps);
  return mid > 0 && gaps.every((g) => Math.abs(g - mid) <= 0.2 * mid + 0.5);
}

/**
 * A gap that may separate columns or table cells. Justified text set word by word (pdfmake) has wide word gaps,
 * so a medium gap only counts when a neighbour holds several words (a cell) or the row has few pieces.
 */
function isHardGap(gap: number, prev: Item, next: Item, rowItems: number, fs: number): boolean {
  if (gap >= 1.0 * fs) return true;
  if (gap < Math.max(0.4 * fs, 2)) return false;
  const multiWord = (s: string) => /\S\s+\S/.test(s.trim());
  return multiWord(prev.str) || multiWord(next.str) || rowItems <= 4;
}

function joinText(a: string, b: string, gap: number, fs: number): string {
  if (gap > 0.12 * fs && !/\s$/.test(a) && !/^\s/.test(b)) return `${a} ${b}`;
  return a + b;
}

/** Vertical boundaries (a column start shared by consecutive rows that nothing crosses) and the regions they make. */
function findRegions(rows: Row[], pageWidth: number): Region[] {
  if (rows.length < 2) return [];
  const tol = 2;
  const starts: number[] = [];
  for (const r of rows) for (const f of r.frags) if (f.afterGap) starts.push(f.x0);
  if (starts.length === 0) return [];
  starts.sort((a, b) => a - b);
  const candidates: number[] = [];
  let cluster: number[] = [];
  for (const s of starts) {
    if (cluster.length > 0 && s - cluster[cluster.length - 1]! > tol) {
      candidates.push(median(cluster));
      cluster = [];
    }
    cluster.push(s);
  }
  if (cluster.length > 0) candidates.push(median(cluster));

  const runs: Run[] = [];
  for (const c of candidates) {
    let start = -1;
    const flush = (end: number) => {
      if (start >= 0) {
        const run = validateRun(rows, c, start, end);
        if (run) runs.push(run);
      }
      start = -1;
    };
    let foreignAt = -1;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      // A run ends at a row that crosses c, at a large vertical gap (a new band of the page), and at two rows in a
      // row that have text on both sides of c but none starting at c (another layout, such as a table under a
      // two-column section; one such row is only an empty cell).
      const crosses = r.frags.some((f) => f.x0 < c - tol && f.x1 > c + 1);
      const firstRight = r.frags.find((f) => f.x0 >= c - tol);
      const hasLeft = r.frags.some((f) => f.x1 <= c + 1);
      const foreign = hasLeft && firstRight !== undefined && firstRight.x0 > c + 2.5 * r.fs;
      const gapBreak = i > 0 && r.y - rows[i - 1]!.y > 4.5 * Math.max(r.fs, rows[i - 1]!.fs);
      if (crosses) {
        flush(i - 1);
        foreignAt = -1;
        continue;
      }
      if (foreign && foreignAt === i - 1 && foreignAt >= 0) {
        flush(i - 2);
        foreignAt = i;
        continue;
      }
      foreignAt = foreign ? i : -1;
      if (gapBreak) flush(i - 1);
      if (start < 0) start = i;
    }
    flush(rows.length - 1);
  }
  if (runs.length === 0) return [];

  // Overlapping runs form one region.
  runs.sort((a, b) => a.start - b.start || a.c - b.c);
  const groups: Run[][] = [];
  let end = -1;
  for (const run of runs) {
    const g = groups[groups.length - 1];
    if (g && run.start <= end) {
      g.push(run);
      end = Math.max(end, run.end);
    } else {
      groups.push([run]);
      end = run.end;
    }
  }
  const contentX0 = Math.min(...rows.map((r) => r.x0));
  const contentX1 = Math.max(...rows.map((r) => r.x1));
  const contentWidth = Math.max(contentX1 - contentX0, pageWidth * 0.3);
  const regions = groups.map((g) => classify(rows, g, contentWidth));
  // A table's header row often has centred cells that no boundary lines up with: take the row just above a table
  // when its pieces fall into distinct columns and it sits close to the table.
  for (let k = 0; k < regions.length; k++) {
    const region = regions[k]!;
    const h = region.start - 1;
    if (region.kind !== 'table' || h < 0 || (k > 0 && regions[k - 1]!.end >= h)) continue;
    const header = rows[h]!;
    const next = rows[region.start]!;
    if (header.frags.length < 2 || next.y - header.y > 3 * Math.max(header.fs, next.fs)) continue;
    const cols = header.frags.map((f) => centreColumn(f, region.bounds));
    if (new Set(cols).size === cols.length) region.start = h;
  }
  return regions;
}

function centreColumn(f: Frag, bounds: number[]): number {
  const centre = (f.x0 + f.x1) / 2;
  return bounds.filter((c) => c <= centre).length;
}

function validateRun(rows: Row[], c: number, start: number, end: number): Run | null {
  const tol = 2;
  let first = -1;
  let last = -1;
  let aligned = 0;
  let right = 0;
  let both = 0;
  for (let i = start; i <= end; i++) {
    const r = rows[i]!;
    const hasRight = r.frags.some((f) => f.x1 > c + 1);
    const hasLeft = r.frags.some((f) => f.x1 <= c + 1);
    if (!hasRight) continue;
    // Rows with text starting just right of c: a real boundary has most of them starting exactly at c, while
    // word starts of justified text only line up by chance.
    if (r.frags.some((f) => f.x0 >= c - tol && f.x0 < c + 2.5 * r.fs)) right++;
    const isAligned = r.frags.some((f) => Math.abs(f.x0 - c) <= tol);
    if (!isAligned) continue;
    aligned++;
    if (hasLeft) both++;
    if (first < 0) first = i;
    last = i;
  }
  // Three aligned rows, so that word starts of justified text do not line up by chance; two at the foot of a page
  // (a two-column section whose headings start just before the page break).
  const minAligned = last >= rows.length - 2 && both === aligned ? 2 : 3;
  if (first < 0 || aligned < minAligned || both < 1 || aligned < 0.6 * right) return null;
  // Rows set at ordinary line spacing above the first or below the last aligned row belong to the same cells
  // (a label centred against a wrapped neighbour cell).
  const attached = (a: Row, b: Row) => Math.abs(b.y - a.y) <= 1.45 * Math.max(a.fs, b.fs);
  while (first > start && attached(rows[first - 1]!, rows[first]!)) first--;
  while (last < end && attached(rows[last]!, rows[last + 1]!)) last++;
  return { c, start: first, end: last };
}

function classify(rows: Row[], runs: Run[], contentWidth: number): Region {
  const start = Math.min(...runs.map((r) => r.start));
  const end = Math.max(...runs.map((r) => r.end));
  const bounds = [...new Set(runs.map((r) => r.c))].sort((a, b) => a - b);
  const regionRows = rows.slice(start, end + 1);
  const x0 = Math.min(...regionRows.map((r) => r.x0));
  const x1 = Math.max(...regionRows.map((r) => r.x1));
  const b0 = bounds[0]!;
  const leftTexts = regionRows.flatMap((r) => r.frags.filter((f) => f.x1 <= b0 + 1).map((f) => f.text));
  if (leftTexts.length > 0 && leftTexts.every((t) => LABEL_CELL.test(t.trim()))) return { start, end, kind: 'list', bounds };
  if (bounds.length === 1) {
    const c = b0;
    const leftRows = regionRows.filter((r) => r.frags.some((f) => f.x1 <= c + 1)).length;
    const rightRows = regionRows.filter((r) => r.frags.some((f) => f.x0 >= c - 2)).length;
    let minGutter = Infinity;
    for (const r of regionRows) {
      const left = r.frags.filter((f) => f.x1 <= c + 1);
      const right = r.frags.filter((f) => f.x0 >= c - 2);
      if (left.length && right.length) minGutter = Math.min(minGutter, c - Math.max(...left.map((f) => f.x1)));
    }
    const fs = median(regionRows.map((r) => r.fs));
    // Text columns are filled: most lines of the left column run up to the gutter (table cells are ragged).
    const leftEnds = regionRows.map((r) => r.frags.filter((f) => f.x1 <= c + 1)).filter((fr) => fr.length > 0).map((fr) => Math.max(...fr.map((f) => f.x1)));
    const leftEdge = Math.max(...leftEnds, x0);
    const filled = leftEnds.filter((e) => e >= leftEdge - 0.25 * (leftEdge - x0)).length >= 0.5 * leftEnds.length;
    // Two-column headings at the foot of a page (the columns continue overleaf) have too few rows to judge.
    const minRows = end >= rows.length - 2 && regionRows.length <= 2 ? 1 : 3;
    // Text columns flow: some line in each column continues on the next line in lower case. Table cells do not.
    const flows = (side: (f: Frag) => boolean) => {
      const texts = regionRows.map((r) => r.frags.filter(side).map((f) => f.text).join(' ')).filter((t) => t !== '');
      return texts.some((t, k) => k > 0 && /^[a-zß-öø-ÿ]/u.test(t) && !/[.:;!?]$/.test(texts[k - 1]!));
    };
    if (
      c - x0 >= 0.3 * contentWidth &&
      x1 - c >= 0.3 * contentWidth &&
      leftRows >= minRows &&
      rightRows >= minRows &&
      minGutter >= 1.0 * fs &&
      ((filled && flows((f) => f.x1 <= c + 1) && flows((f) => f.x0 >= c - 2)) || minRows === 1)
    ) {
      return { start, end, kind: 'columns', bounds };
    }
  }
  return { start, end, kind: 'table', bounds };
}

interface Unit {
  kind: 'row' | 'table' | 'columns';
  rows: Row[];
  bounds: number[];
}

function emit(page: number, rows: Row[], regions: Region[], segments: PdfSegment[]): LaidOutLine[] {
  const units: Unit[] = [];
  let i = 0;
  const byStart = [...regions].sort((a, b) => a.start - b.start);
  for (const region of byStart) {
    for (; i < region.start; i++) units.push({ kind: 'row', rows: [rows[i]!], bounds: [] });
    const regionRows = rows.slice(region.start, region.end + 1);
    if (region.kind === 'list') units.push(...listRows(regionRows, region.bounds[0]!));
    else if (region.kind === 'columns') units.push({ kind: 'columns', rows: regionRows, bounds: region.bounds });
    else units.push(...splitTable(regionRows, region.bounds));
    i = region.end + 1;
  }
  for (; i < rows.length; i++) units.push({ kind: 'row', rows: [rows[i]!], bounds: [] });

  const out: LaidOutLine[] = [];
  let lineNo = 0;
  let flow = 0;
  let tableNo = 0;
  const pageFlowLeft = rows.length ? Math.min(...rows.map((r) => r.x0)) : 0;
  const pageFlowRight = rows.length ? Math.max(...rows.map((r) => r.x1)) : 0;
  let inBody = false;
  for (const unit of units) {
    if (unit.kind === 'row') {
      if (!inBody) {
        flow++;
        inBody = true;
      }
      const r = unit.rows[0]!;
      out.push(lineOf(page, ++lineNo, r.frags, r, flow, pageFlowLeft, pageFlowRight));
      continue;
    }
    inBody = false;
    if (unit.kind === 'columns') {
      const c = unit.bounds[0]!;
      const sides = [
        (f: Frag) => f.x0 < c - 2,
        (f: Frag) => f.x0 >= c - 2,
      ];
      for (const side of sides) {
        flow++;
        const sideRows = unit.rows.map((r) => ({ r, frags: r.frags.filter(side) })).filter((s) => s.frags.length > 0);
        const left = Math.min(...sideRows.map((s) => s.frags[0]!.x0));
        const right = Math.max(...sideRows.map((s) => Math.max(...s.frags.map((f) => f.x1))));
        for (const s of sideRows) out.push(lineOf(page, ++lineNo, s.frags, s.r, flow, left, right));
      }
      continue;
    }
    flow++;
    tableNo++;
    const tableRows = buildTableRows(unit.rows, unit.bounds, segments);
    const left = Math.min(...unit.rows.map((r) => r.x0));
    const right = Math.max(...unit.rows.map((r) => r.x1));
    for (const tr of tableRows) {
      const first = lineNo + 1;
      lineNo += tr.visualRows;
      out.push({
        page,
        line: first,
        text: tr.cells.join(' | '),
        y: tr.y,
        x0: left,
        x1: right,
        fontSize: tr.fs,
        flow,
        flowLeft: left,
        flowRight: right,
        cells: tr.cells,
        table: tableNo,
        span: tr.visualRows,
      });
    }
  }
  return out;
}

function lineOf(page: number, line: number, frags: Frag[], row: Row, flow: number, left: number, right: number): LaidOutLine {
  return {
    page,
    line,
    text: frags.map((f) => f.text).join(' '),
    y: row.y,
    x0: frags[0]!.x0,
    x1: Math.max(...frags.map((f) => f.x1)),
    fontSize: row.fs,
    flow,
    flowLeft: left,
    flowRight: right,
  };
}

/**
 * A list laid out as label + text (hanging indent, table of contents) reads row by row. A label centred against a
 * two-line entry sits on a row of its own after the entry's first line: it is moved in front of that line.
 */
function listRows(rows: Row[], c: number): Unit[] {
  const units: Unit[] = [];
  const bare = (r: Row) => r.frags.every((f) => f.x1 <= c + 1);
  const rightOnly = (r: Row) => r.frags.every((f) => f.x0 >= c - 2);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const prev = units[units.length - 1];
    const p = prev?.rows[0];
    if (p && prev.rows.length === 1 && bare(r) && rightOnly(p) && Math.abs(r.y - p.y) <= 1.45 * Math.max(r.fs, p.fs)) {
      prev.rows[0] = { ...p, frags: [...r.frags, ...p.frags], x0: Math.min(r.x0, p.x0) };
      continue;
    }
    units.push({ kind: 'row', rows: [r], bounds: [] });
  }
  return units;
}

/**
 * A table region may start or end with rows that are ordinary text the boundaries happen not to cross (a heading
 * above the table, the short tail of the paragraph below). Those rows hold a single fragment in the first column and
 * are not attached to a multi-cell row.
 */
function splitTable(rows: Row[], bounds: number[]): Unit[] {
  const multi = (r: Row) => new Set(r.frags.map((f) => columnOf(f, bounds))).size >= 2;
  const firstColumnOnly = (r: Row) => r.frags.every((f) => columnOf(f, bounds) === 0);
  const attached = (a: Row, b: Row) => Math.abs(a.y - b.y) <= 1.45 * Math.max(a.fs, b.fs);
  let s = 0;
  while (s < rows.length - 1 && firstColumnOnly(rows[s]!) && !attached(rows[s]!, rows[s + 1]!)) s++;
  let e = rows.length - 1;
  while (e > s && firstColumnOnly(rows[e]!) && !attached(rows[e - 1]!, rows[e]!)) e--;
  const units: Unit[] = [];
  for (let i = 0; i < s; i++) units.push({ kind: 'row', rows: [rows[i]!], bounds: [] });
  const fs = median(rows.map((r) => r.fs));
  let part: Row[] = [];
  const flush = () => {
    if (part.filter(multi).length >= 2) units.push({ kind: 'table', rows: part, bounds });
    else for (const r of part) units.push({ kind: 'row', rows: [r], bounds: [] });
    part = [];
  };
  const body = rows.slice(s, e + 1);
  // A heading between two tables: larger type, or a lone first-column line set apart by wide gaps.
  const isolated = (k: number) =>
    k > 0 && k < body.length - 1 && firstColumnOnly(body[k]!) &&
    body[k]!.y - body[k - 1]!.y > 2.5 * fs && body[k + 1]!.y - body[k]!.y > 2.2 * fs;
  for (let k = 0; k < body.length; k++) {
    const r = body[k]!;
    if ((r.fs > 1.15 * fs || isolated(k)) && !multi(r)) {
      flush();
      units.push({ kind: 'row', rows: [r], bounds: [] });
    } else part.push(r);
  }
  flush();
  for (let i = e + 1; i < rows.length; i++) units.push({ kind: 'row', rows: [rows[i]!], bounds: [] });
  return units;
}

function columnOf(f: Frag, bounds: number[]): number {
  // A piece that crosses a boundary (a centred header cell) belongs to the column holding its centre.
  if (bounds.some((c) => f.x0 < c - 2 && f.x1 > c + 1)) return centreColumn(f, bounds);
  return bounds.filter((c) => f.x0 >= c - 2).length;
}

interface TableRowOut {
  cells: string[];
  y: number;
  fs: number;
  visualRows: number;
}

interface Block {
  col: number;
  top: number;
  bottom: number;
  y: number;
  fs: number;
  texts: string[];
  rowYs: number[];
}

function buildTableRows(rows: Row[], bounds: number[], segments: PdfSegment[]): TableRowOut[] {
  const ncol = bounds.length + 1;
  const x0 = Math.min(...rows.map((r) => r.x0));
  const x1 = Math.max(...rows.map((r) => r.x1));
  const top = rows[0]!.y - rows[0]!.fs;
  const bottom = rows[rows.length - 1]!.y + rows[rows.length - 1]!.fs;
  // Horizontal rules across most of the table separate its rows.
  const rules = segments
    .filter((s) => s.y1 - s.y0 < 2.5 && s.x1 - s.x0 >= 0.15 * (x1 - x0) && s.y0 > top - 2 && s.y0 < bottom + 2)
    .filter((s) => s.x1 > x0 - 5 && s.x0 < x1 + 5)
    .map((s) => (s.y0 + s.y1) / 2)
    .sort((a, b) => a - b);
  const ruleYs: number[] = [];
  for (const y of rules) if (ruleYs.length === 0 || y - ruleYs[ruleYs.length - 1]! > 2) ruleYs.push(y);
  // Rules separate rows only when there are some between the first and the last line (booktabs draws just a top,
  // a middle and a bottom rule).
  const firstY = rows[0]!.y;
  const lastY = rows[rows.length - 1]!.y;
  const inner = ruleYs.filter((y) => y > firstY + 1 && y < lastY - 1).length;
  const keyedLines = rows.filter((r) => r.frags.some((f) => columnOf(f, bounds) === 0)).length;
  const useRules = inner >= 2 && inner >= 0.5 * (keyedLines - 1);
  const band = (y: number) => ruleYs.filter((r) => r < y).length;

  // Cell blocks: consecutive lines of one column with ordinary line spacing.
  const blocks: Block[] = [];
  for (let col = 0; col < ncol; col++) {
    let cur: Block | null = null;
    for (const r of rows) {
      const frags = r.frags.filter((f) => columnOf(f, bounds) === col);
      if (frags.length === 0) continue;
      const text = frags.map((f) => f.text).join(' ');
      const sameCell =
        cur !== null &&
        r.y - cur.y <= 1.4 * Math.max(r.fs, cur.fs) &&
        (!useRules || band(r.y - 0.3 * r.fs) === band(cur.y - 0.3 * cur.fs));
      if (cur && sameCell) {
        cur.texts.push(text);
        cur.bottom = r.y + 0.25 * r.fs;
        cur.y = r.y;
        cur.rowYs.push(r.y);
        continue;
      }
      cur = { col, top: r.y - 0.8 * r.fs, bottom: r.y + 0.25 * r.fs, y: r.y, fs: r.fs, texts: [text], rowYs: [r.y] };
      blocks.push(cur);
    }
  }
  // Rows: blocks in the same band between rules, or (without rules) blocks whose vertical extents overlap.
  blocks.sort((a, b) => a.top - b.top || a.col - b.col);
  const groups: Block[][] = [];
  if (useRules) {
    const byBand = new Map<number, Block[]>();
    for (const b of blocks) {
      const k = band(b.rowYs[0]! - 0.3 * b.fs);
      const list = byBand.get(k);
      if (list) list.push(b);
      else byBand.set(k, [b]);
    }
    for (const k of [...byBand.keys()].sort((a, b) => a - b)) groups.push(byBand.get(k)!);
  } else {
    let cur: Block[] = [];
    let curBottom = -Infinity;
    for (const b of blocks) {
      if (cur.length > 0 && b.top < curBottom) {
        cur.push(b);
        curBottom = Math.max(curBottom, b.bottom);
        continue;
      }
      if (cur.length > 0) groups.push(cur);
      cur = [b];
      curBottom = b.bottom;
    }
    if (cur.length > 0) groups.push(cur);
  }
  const out: Array<TableRowOut & { lastY: number }> = [];
  for (const g of groups) {
    const parts = Array.from({ length: ncol }, () => [] as string[]);
    for (const b of [...g].sort((p, q) => p.top - q.top)) parts[b.col]!.push(joinCellLines(b.texts));
    const ys = new Set(g.flatMap((b) => b.rowYs.map((y) => Math.round(y))));
    const row = {
      cells: parts.map((ps) => ps.join(' ').trim()),
      y: Math.min(...g.map((b) => b.rowYs[0]!)),
      lastY: Math.max(...g.map((b) => b.y)),
      fs: median(g.map((b) => b.fs)),
      visualRows: ys.size,
    };
    // Tables without padding between rows (LaTeX, Word with tight rows): a line whose first cell is empty and whose
    // text goes on from the row above, at ordinary line spacing, is that row's wrapped continuation.
    const prev = out[out.length - 1];
    if (prev && !useRules && row.cells[0] === '' && row.y - prev.lastY <= 1.6 * row.fs && continues(prev.cells, row.cells)) {
      prev.cells = prev.cells.map((c, k) => (row.cells[k] ? joinCellLines([c, row.cells[k]!].filter((x) => x !== '')) : c));
      prev.lastY = row.lastY;
      prev.visualRows += row.visualRows;
      continue;
    }
    out.push(row);
  }
  return out;
}

function continues(above: string[], below: string[]): boolean {
  const goesOn = (c: string, k: number) => /^[a-zß-öø-ÿ]/u.test(c) || /[-,]$/.test(above[k]!);
  return below.some((c, k) => c !== '' && goesOn(c, k)) && below.every((c, k) => c === '' || goesOn(c, k) || (above[k] !== '' && !/[.:;!?]$/.test(above[k]!)));
}

function joinCellLines(lines: string[]): string {
  let out = '';
  for (const l of lines) {
    if (out === '') out = l;
    // A word broken at a line end inside a cell ("under-" + "databehandler") is rejoined.
    else if (/[A-Za-zÀ-ÖØ-öø-ɏ]-$/u.test(out) && /^[a-zß-öø-ÿ]/u.test(l)) out = out.slice(0, -1) + l;
    else out = `${out} ${l}`;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Document level: running headers/footers, watermarks, paragraphs.

export interface AssembledPdf {
  lines: RawLine[];
  notes: ExtractionNote[];
}

const PAGE_NUMBER = /^(?:(?:page|side|seite|sida|s\.)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|af|von|av|\/)\s*\d{1,4})?$/i;

function furnitureKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/**
 * Pages whose tables are worth ruling lines: a table that is not page furniture and has wrapped cells (rows of
 * single lines are unambiguous without rules).
 */
export function pagesNeedingRules(pages: PageLayout[]): number[] {
  const removed = new Set<LaidOutLine>();
  markFurniture(pages, removed, []);
  return pages.filter((p) => p.lines.some((l) => l.cells && !removed.has(l) && (l.span ?? 1) > 1)).map((p) => p.page);
}

/** Turn laid-out pages into raw lines and notes. */
export function assemblePdf(pages: PageLayout[]): AssembledPdf {
  const notes: ExtractionNote[] = [];
  const all = pages.flatMap((p) => p.lines);
  const bodyFs = modeFontSize(all);
  const removed = new Set<LaidOutLine>();

  markFurniture(pages, removed, notes);

  // Large text repeated on several pages at the same place is a watermark, as is large rotated text.
  const watermarks = new Map<string, { page: number; line: number }>();
  const bigRepeated = new Map<string, LaidOutLine[]>();
  for (const l of all) {
    if (removed.has(l) || l.cells || l.fontSize < 2.5 * bodyFs) continue;
    const key = furnitureKey(l.text);
    const list = bigRepeated.get(key);
    if (list) list.push(l);
    else bigRepeated.set(key, [l]);
  }
  for (const list of bigRepeated.values()) {
    const pagesWith = new Set(list.map((l) => l.page));
    if (pagesWith.size < 2) continue;
    for (const l of list) {
      removed.add(l);
      notes.push({ kind: 'watermark', message: 'watermark text removed from the body', text: l.text, position: { page: l.page, line: l.line, column: 1 } });
      if (!watermarks.has(l.text)) watermarks.set(l.text, { page: l.page, line: l.line });
    }
  }
  for (const p of pages) {
    const texts = groupRotated(p.rotated);
    for (const r of texts) {
      const isWatermark = r.fontSize >= 1.5 * bodyFs;
      notes.push({
        kind: isWatermark ? 'watermark' : 'header-footer',
        message: isWatermark ? 'watermark text removed from the body' : 'rotated margin text removed from the body',
        text: r.text,
        position: { page: p.page, line: 1, column: 1 },
      });
      if (isWatermark && !watermarks.has(r.text)) watermarks.set(r.text, { page: p.page, line: 1 });
    }
  }

  const footnotes = findFootnotes(pages, removed, bodyFs);
  const kept = all.filter((l) => !removed.has(l));
  const out: RawLine[] = [];
  // Each distinct watermark text is kept once, as a paragraph of its own before the body, so text rules (draft
  // markers) see it without it splitting a clause.
  for (const [text, pos] of [...watermarks].sort((a, b) => a[1].page - b[1].page || a[1].line - b[1].line)) {
    out.push({ text, line: pos.line, column: 1, page: pos.page, kind: 'paragraph', paragraphStart: true });
  }
  const pitch = typicalPitch(kept);
  let prev: LaidOutLine | null = null;
  let prevHeading = false;
  let tableBase = 0;
  let lastTableKey = '';
  let tableHeader: string[] | null = null;
  for (const l of kept) {
    if (footnotes.has(l)) {
      // Kept in place at the foot of its page; the paragraph it interrupts continues on the next page.
      out.push({ text: l.text, line: l.line, column: 1, page: l.page, kind: 'footnote', paragraphStart: FOOTNOTE_START.test(l.text) });
      continue;
    }
    if (l.cells) {
      const key = `${l.page}:${l.table}`;
      if (key !== lastTableKey) {
        // A table that goes on over a page break (nothing between the two parts, same columns) keeps its id; a
        // header row the layout repeats on the new page is dropped.
        const continued = prev?.cells !== undefined && prev.page === l.page - 1 && prev.cells.length === l.cells.length;
        if (!continued) {
          tableBase++;
          tableHeader = l.cells;
        }
        lastTableKey = key;
        if (continued && tableHeader && l.cells.join('\u0000') === tableHeader.join('\u0000')) {
          notes.push({ kind: 'header-footer', message: 'repeated table header removed', text: l.text, position: { page: l.page, line: l.line, column: 1 } });
          prev = l;
          continue;
        }
      }
      out.push({ text: l.text, line: l.line, column: 1, page: l.page, kind: 'table-row', cells: l.cells, tableId: tableBase, paragraphStart: true });
      prev = l;
      prevHeading = false;
      continue;
    }
    const heading = l.fontSize >= 1.15 * bodyFs && l.text.length <= 200;
    // A heading wrapped onto a second line continues; a heading otherwise starts a block and ends the one before.
    const wrappedHeading =
      heading && prevHeading && prev !== null && prev.page === l.page && prev.flow === l.flow &&
      Math.abs(prev.fontSize - l.fontSize) < 0.5 && (l.y - prev.y) / l.fontSize <= pitch * 1.3;
    const start = wrappedHeading ? false : prevHeading || heading || paragraphStarts(prev, l, pitch);
    const raw: RawLine = { text: l.text, line: l.line, column: 1, page: l.page, paragraphStart: start };
    if (heading) raw.kind = 'heading';
    out.push(raw);
    prev = l;
    prevHeading = heading;
  }
  return { lines: out, notes };
}

const FOOTNOTE_START = /^(?:\d{1,3}|[*†‡])\s*\S/;

/** The block of small-print lines at the foot of a page that starts with a footnote number. */
function findFootnotes(pages: PageLayout[], removed: Set<LaidOutLine>, bodyFs: number): Set<LaidOutLine> {
  const out = new Set<LaidOutLine>();
  for (const p of pages) {
    const body = p.lines.filter((l) => !removed.has(l) && !l.cells).sort((a, b) => a.y - b.y);
    let k = body.length;
    while (k > 1 && body[k - 1]!.fontSize <= 0.9 * bodyFs) k--;
    if (k === body.length || k === 0) continue;
    const block = body.slice(k);
    if (!FOOTNOTE_START.test(block[0]!.text) || block[0]!.y - body[k - 1]!.y < 1.2 * bodyFs) continue;
    for (const l of block) out.add(l);
  }
  return out;
}

function modeFontSize(lines: LaidOutLine[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) {
    const k = Math.round(l.fontSize * 2) / 2;
    weight.set(k, (weight.get(k) ?? 0) + l.text.length);
  }
  let best = 10;
  let bestW = -1;
  for (const [k, w] of [...weight].sort((a, b) => a[0] - b[0])) {
    if (w > bestW) {
      bestW = w;
      best = k;
    }
  }
  return best;
}

/** Lines near the top or bottom of the page that repeat, at the same height, on many pages. */
function markFurniture(pages: PageLayout[], removed: Set<LaidOutLine>, notes: ExtractionNote[]): void {
  if (pages.length < 2) return;
  const candidates: Array<{ l: LaidOutLine; key: string; zone: 'top' | 'bottom' }> = [];
  for (const p of pages) {
    // Table rows count too: a footer set in columns (company details) comes out as a table.
    const byY = [...p.lines].sort((a, b) => a.y - b.y);
    const top = byY.slice(0, 3).filter((l) => l.y < 0.2 * p.height);
    const bottom = byY.slice(-3).filter((l) => l.y > 0.8 * p.height);
    for (const l of top) candidates.push({ l, key: furnitureKey(l.text), zone: 'top' });
    for (const l of bottom) if (!top.includes(l)) candidates.push({ l, key: furnitureKey(l.text), zone: 'bottom' });
  }
  const threshold = Math.max(2, Math.ceil(0.3 * pages.length));
  const groups = new Map<string, typeof candidates>();
  for (const c of candidates) {
    const k = `${c.zone}\u0000${c.key}`;
    const list = groups.get(k);
    if (list) list.push(c);
    else groups.set(k, [c]);
  }
  const pageNumberPages = new Set(candidates.filter((c) => PAGE_NUMBER.test(c.l.text.trim())).map((c) => c.l.page));
  for (const list of groups.values()) {
    const isPageNumber = PAGE_NUMBER.test(list[0]!.l.text.trim());
    // Same height on each page (within 3 pt), counted over distinct pages.
    const ys = list.map((c) => c.l.y).sort((a, b) => a - b);
    let bestY = ys[0]!;
    let bestCount = 0;
    for (const y of ys) {
      const count = new Set(list.filter((c) => Math.abs(c.l.y - y) <= 3).map((c) => c.l.page)).size;
      if (count > bestCount) {
        bestCount = count;
        bestY = y;
      }
    }
    const enough = isPageNumber ? pageNumberPages.size >= 2 : bestCount >= threshold && numbersTrackPages(list.map((c) => c.l));
    if (!enough) continue;
    for (const c of list) {
      if (!isPageNumber && Math.abs(c.l.y - bestY) > 3) continue;
      removed.add(c.l);
      notes.push({
        kind: 'header-footer',
        message: isPageNumber ? 'page number removed' : `running ${c.zone === 'top' ? 'header' : 'footer'} removed`,
        text: c.l.text,
        position: { page: c.l.page, line: c.l.line, column: 1 },
      });
    }
  }
}

/**
 * Lines that read the same except for their numbers are one running header only if the numbers that change are page
 * numbers ("Side 3", "Page 3 of 9"): clause lines "1.1 …" and "2.1 …" at the top of two pages are body text.
 */
function numbersTrackPages(lines: LaidOutLine[]): boolean {
  const numbers = lines.map((l) => (l.text.match(/\d+/g) ?? []).map(Number));
  const first = numbers[0]!;
  if (numbers.every((ns) => ns.length === first.length && ns.every((n, k) => n === first[k]))) return true;
  for (let k = 0; k < first.length; k++) {
    const offset = first[k]! - lines[0]!.page;
    if (numbers.every((ns, j) => ns.length === first.length && ns[k]! - lines[j]!.page === offset)) return true;
  }
  return false;
}

function groupRotated(rotated: PageLayout['rotated']): Array<{ text: string; fontSize: number }> {
  const byAngle = new Map<number, { parts: string[]; fontSize: number }>();
  for (const r of rotated) {
    const a = normAngle(r.angle);
    const g = byAngle.get(a);
    if (g) {
      g.parts.push(r.text);
      g.fontSize = Math.max(g.fontSize, r.fontSize);
    } else byAngle.set(a, { parts: [r.text], fontSize: r.fontSize });
  }
  return [...byAngle.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, g]) => ({ text: joinRotated(g.parts), fontSize: g.fontSize }));
}

function joinRotated(parts: string[]): string {
  // Watermarks set letter by letter come out one glyph per item.
  const single = parts.every((p) => [...p.trim()].length <= 1);
  return (single ? parts.join('') : parts.join(' ')).replace(/\s+/g, ' ').trim();
}

function typicalPitch(lines: LaidOutLine[]): number {
  const ratios: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.page !== b.page || a.flow !== b.flow || a.cells || b.cells) continue;
    if (Math.abs(a.fontSize - b.fontSize) > 0.5) continue;
    const r = (b.y - a.y) / b.fontSize;
    if (r > 0.9 && r < 2.5) ratios.push(r);
  }
  return ratios.length ? median(ratios) : 1.2;
}

const SENTENCE_END = /[.:;!?][)"”’»]?$/;
const STARTS_BLOCK = /^(?:[A-ZÀ-ÖØ-Þ]|\d|[•●▪■◦‣∙·\-–—*§"“„«(]|[a-z]\)|\([a-z0-9]{1,4}\))/u;
const LIST_LABEL = /^(?:\d{1,3}(?:\.\d{1,3})*\.|\d{1,3}(?:\.\d{1,3})+|[a-zA-Z][.)]|\([a-zA-Z0-9]{1,4}\)|[ivx]{1,5}[.)]|[•●▪■◦‣∙·–\-*])\s/;

function paragraphStarts(prev: LaidOutLine | null, l: LaidOutLine, pitch: number): boolean {
  if (!prev || prev.cells) return true;
  const width = Math.max(l.flowRight - l.flowLeft, 1);
  const prevShort = prev.x1 < prev.flowRight - 0.2 * Math.max(prev.flowRight - prev.flowLeft, 1);
  const prevEnds = SENTENCE_END.test(prev.text.trim());
  if (Math.abs(prev.fontSize - l.fontSize) > 0.15 * Math.max(prev.fontSize, l.fontSize)) return true;
  if (prev.page !== l.page || prev.flow !== l.flow) {
    // Page or column break: lowercase or a dangling hyphen/comma continues the paragraph; a label, a finished
    // sentence or a line that stopped short starts a new one.
    if (/^[a-zß-öø-ÿ]/u.test(l.text) || /[-,]$/.test(prev.text)) return false;
    if (LIST_LABEL.test(l.text) || prevEnds) return true;
    return prevShort;
  }
  const gap = (l.y - prev.y) / l.fontSize;
  if (gap > pitch * 1.3 && gap > pitch + 0.25) return true;
  if (gap < 0) return true;
  if (LIST_LABEL.test(l.text) && (prevEnds || prevShort)) return true;
  if (prevShort && prevEnds && STARTS_BLOCK.test(l.text)) return true;
  // First-line indent after a line that ended a sentence.
  if (prevEnds && l.x0 > prev.x0 + 1.5 * l.fontSize && l.x0 - l.flowLeft < 0.3 * width) return true;
  return false;
}
