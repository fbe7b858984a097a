// ExtractedDocument → NormalizedDocument: clean characters, drop page furniture, join lines into blocks, and keep for
// every character of the output the line/column/page it came from (positionAt).
import type { Block, ExtractedDocument, NormalizedDocument, RemovedText, SourcePosition } from '../model.js';
import { groupBlocks, type DraftBlock } from './blocks.js';
import { cleanChars } from './chars.js';
import { getColumnMap } from './column-map.js';
import { markFootnotes } from './footnotes.js';
import { markFurniture, stripTails, type LineSlot } from './furniture.js';
import { dropGluedPageNumbers, repairRunOnLines } from './line-repairs.js';
import { fromRaw, type MLine } from './mline.js';

export { normalizeChars } from './chars.js';

export function normalize(doc: ExtractedDocument): NormalizedDocument {
  const removed: RemovedText[] = [];
  const softHyphenEnd = new Set<LineSlot>();
  const slots: LineSlot[] = doc.lines.map((raw) => {
    const { line, softHyphenAtEnd } = cleanChars(fromRaw(raw, getColumnMap(raw)));
    const slot: LineSlot = { m: line, removed: false, blank: line.text.trim() === '' };
    if (softHyphenAtEnd) softHyphenEnd.add(slot);
    return slot;
  });
  repairRunOnLines(slots);
  for (const s of slots) {
    if (s.blank || s.m.raw.kind === 'table-row') continue;
    s.m = stripTails(s.m, removed);
    s.blank = s.m.text.trim() === '';
  }
  const pageCount = doc.pages ?? countPages(doc);
  markFurniture(slots, removed, pageCount);
  dropGluedPageNumbers(slots, removed);
  const footnotes = markFootnotes(slots, removed);
  const drafts = groupBlocks(slots, {
    markdown: doc.format === 'markdown',
    paragraphsKnown: doc.paragraphsKnown,
    footnotes,
    softHyphenEnd,
  });
  removed.sort((a, b) => (a.position.page ?? 0) - (b.position.page ?? 0) || a.position.line - b.position.line || a.position.column - b.position.column);
  return assemble(drafts, removed);
}

function countPages(doc: ExtractedDocument): number | null {
  let max = 0;
  for (const l of doc.lines) if (l.page !== null && l.page > max) max = l.page;
  return max > 0 ? max : null;
}

/** Position arrays grow as text is appended; one entry per UTF-16 code unit. */
class PositionMap {
  lines = new Int32Array(1024);
  cols = new Int32Array(1024);
  pages = new Int32Array(1024);
  length = 0;

  push(line: number, col: number, page: number | null): void {
    if (this.length === this.lines.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.lines = grow(this.lines);
      this.cols = grow(this.cols);
      this.pages = grow(this.pages);
    }
    this.lines[this.length] = line;
    this.cols[this.length] = col;
    this.pages[this.length] = page ?? 0;
    this.length++;
  }
}

function assemble(drafts: DraftBlock[], removed: RemovedText[]): NormalizedDocument {
  const map = new PositionMap();
  // Pieces are collected and joined once: slicing a growing concatenated string per block would copy it every time.
  const pieces: string[] = [];
  let length = 0;
  let blockPieces: string[] = [];
  const blocks: Block[] = [];
  let lastEnd: { line: number; col: number; page: number | null } = { line: 1, col: 1, page: null };

  const emit = (s: string) => {
    pieces.push(s);
    blockPieces.push(s);
    length += s.length;
  };
  const put = (m: MLine) => {
    const to = m.text.length;
    emit(m.text);
    for (let k = 0; k < to; k++) map.push(m.line, m.cols[k]!, m.page);
    if (to > 0) lastEnd = { line: m.line, col: m.cols[to - 1]! + 1, page: m.page };
  };
  // Inserted characters (joining spaces, block and row separators) point just after the previous original character.
  const putInserted = (s: string, at: MLine | null) => {
    const p = at ? { line: at.line, col: at.endCol, page: at.page } : lastEnd;
    emit(s);
    for (let k = 0; k < s.length; k++) map.push(p.line, p.col, p.page);
  };

  for (const d of drafts) {
    if (blocks.length) putInserted('\n\n', null);
    const start = length;
    blockPieces = [];
    let rows: string[][] | undefined;
    if (d.kind === 'table') {
      rows = [];
      d.rows!.forEach((cells, r) => {
        if (r > 0) putInserted('\n', d.rows![r - 1]![d.rows![r - 1]!.length - 1]!);
        const row: string[] = [];
        cells.forEach((cell, c) => {
          if (c > 0) putInserted(' | ', cells[c - 1]!);
          put(cell);
          row.push(cell.text);
        });
        rows!.push(row);
      });
    } else {
      d.segs.forEach((seg, k) => {
        if (k > 0 && seg.sep) putInserted(seg.sep, d.segs[k - 1]!.m);
        put(seg.m);
      });
    }
    const block: Block = { kind: d.kind, text: blockPieces.join(''), start, end: length };
    if (rows) block.rows = rows;
    if (d.label && !d.label.startsWith('#')) block.label = d.label;
    blocks.push(block);
  }
  const text = pieces.join('');

  const finalText = text;
  const { lines, cols, pages } = map;
  const positionAt = (offset: number): SourcePosition => {
    if (finalText.length === 0) return { line: 1, column: 1, page: null };
    if (!Number.isFinite(offset) || offset < 0) offset = 0;
    offset = Math.floor(offset);
    if (offset >= finalText.length) {
      const k = finalText.length - 1;
      return { line: lines[k]!, column: cols[k]! + 1, page: pages[k]! || null };
    }
    return { line: lines[offset]!, column: cols[offset]!, page: pages[offset]! || null };
  };
  return { text: finalText, blocks, removed, positionAt };
}
