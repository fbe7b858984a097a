// Plain text and Markdown → RawLine[]: one RawLine per input line (a form feed starts a new page and splits its line).
// Markdown syntax is removed here (headings, list markers, emphasis, links, table pipes) with a per-character
// column map (normalize/column-map.ts) so positions still point at the original characters.
import type { ExtractedDocument, RawLine } from '../model.js';
import { setColumnMap } from '../normalize/column-map.js';

export function extractPlainText(text: string, format: 'text' | 'markdown'): ExtractedDocument {
  const source = text.replace(/\r\n?/g, '\n');
  const fileLines = source.split('\n');
  const paginated = source.includes('\f');
  let page = 1;
  const lines: RawLine[] = [];
  const md = format === 'markdown' ? new MarkdownState(fileLines) : null;
  for (let i = 0; i < fileLines.length; i++) {
    const full = fileLines[i]!;
    const lineNo = i + 1;
    const parts = full.split('\f');
    let col = 1;
    for (let k = 0; k < parts.length; k++) {
      if (k > 0) page++;
      const part = parts[k]!;
      if (part !== '' || parts.length === 1) {
        const pg = paginated ? page : null;
        if (md) lines.push(md.line(part, lineNo, col, pg, i));
        else lines.push({ text: part, line: lineNo, column: col, page: pg });
      }
      col += part.length + 1;
    }
  }
  if (md) md.finish(lines);
  return {
    format,
    lines,
    pages: paginated ? page : null,
    paragraphsKnown: false,
    notes: [],
  };
}

// ---------------------------------------------------------------- Markdown

// No two runs of blanks side by side: the pattern stays linear on a long line of spaces.
const TABLE_SEPARATOR = /^[ \t]*(?:\|[ \t]*)?:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*(?:\|[ \t]*)?$/;
const HR = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;

class MarkdownState {
  /** For each file line: the id of the table it belongs to, -1 for the separator row, undefined when not a table. */
  private tableOf: Array<number | undefined> = [];
  private inFence = false;
  private lastIndex = -1;

  /** Ordered-list items whose rendered number differs from the written one ("1." "1." "1." renders 1, 2, 3). */
  private renumbered = new Map<number, { label: string; markerLength: number }>();

  constructor(private readonly fileLines: string[]) {
    this.skipFrontMatter();
    this.numberLists();
    let tableId = 0;
    for (let i = 0; i < fileLines.length; i++) {
      const line = fileLines[i]!;
      if (!line.includes('|') || this.tableOf[i] !== undefined) continue;
      const next = fileLines[i + 1];
      const startsWithPipe = /^\s*\|/.test(line);
      const hasSeparator = next !== undefined && TABLE_SEPARATOR.test(next) && next.includes('|');
      const pipeRun = startsWithPipe && next !== undefined && /^\s*\|/.test(next);
      if (!hasSeparator && !pipeRun) continue;
      tableId++;
      this.tableOf[i] = tableId;
      let j = i + 1;
      if (hasSeparator) {
        this.tableOf[j] = -1;
        j++;
      }
      while (j < fileLines.length && fileLines[j]!.includes('|') && fileLines[j]!.trim() !== '') {
        this.tableOf[j] = TABLE_SEPARATOR.test(fileLines[j]!) ? -1 : tableId;
        j++;
      }
      i = j - 1;
    }
  }

  private frontMatterEnd = -1;

  /** YAML front matter ("---" … "---" at the top) is metadata, not document text. */
  private skipFrontMatter(): void {
    if (this.fileLines[0]?.trim() !== '---') return;
    for (let i = 1; i < Math.min(this.fileLines.length, 200); i++) {
      if (/^(---|\.\.\.)\s*$/.test(this.fileLines[i]!)) {
        this.frontMatterEnd = i;
        return;
      }
    }
  }

  /** CommonMark numbers an ordered list from its first item; later written numbers are ignored. */
  private numberLists(): void {
    const ORDERED = /^( {0,12})(\d{1,3})([.)])([ \t]+)(?=\S)/;
    let lists: Array<{ indent: number; delim: string; next: number }> = [];
    let fence = false;
    for (let i = 0; i < this.fileLines.length; i++) {
      const line = this.fileLines[i]!;
      if (/^\s{0,3}(```|~~~)/.test(line)) fence = !fence;
      if (fence || i <= this.frontMatterEnd || line.trim() === '') continue;
      const indent = line.length - line.trimStart().length;
      const m = ORDERED.exec(line);
      if (m) {
        lists = lists.filter((l) => l.indent <= indent + 1);
        let list = lists[lists.length - 1];
        if (!list || Math.abs(list.indent - indent) > 1 || list.delim !== m[3]) {
          list = { indent, delim: m[3]!, next: Number(m[2]) };
          lists.push(list);
        }
        const rendered = list.next++;
        if (rendered !== Number(m[2])) this.renumbered.set(i, { label: `${rendered}${m[3] === ')' ? ')' : '.'}`, markerLength: m[0].length });
        continue;
      }
      // A heading or a paragraph that is not indented under an item ends the lists around it.
      if (/^\s{0,3}#/.test(line)) lists = [];
      else lists = lists.filter((l) => indent > l.indent);
    }
  }

  private inComment = false;

  line(part: string, lineNo: number, column: number, page: number | null, index: number): RawLine {
    if (index <= this.frontMatterEnd) return blank(lineNo, column, page);
    // HTML comments spanning lines (a template's header note) are not document text.
    if (this.inComment) {
      if (part.includes('-->')) this.inComment = false;
      return blank(lineNo, column, page);
    }
    if (/^\s*<!--/.test(part) && !part.includes('-->')) {
      this.inComment = true;
      return blank(lineNo, column, page);
    }
    const fence = /^\s{0,3}(```|~~~)/.test(part);
    if (fence || this.inFence) {
      if (fence) this.inFence = !this.inFence;
      return fence ? blank(lineNo, column, page) : { text: part, line: lineNo, column, page };
    }
    const table = index !== this.lastIndex ? this.tableOf[index] : undefined;
    this.lastIndex = index;
    if (table === -1) return blank(lineNo, column, page);
    if (table !== undefined) return this.tableRow(part, lineNo, column, page, table);
    if (HR.test(part)) return blank(lineNo, column, page);
    if (/^\s*<!--.*-->\s*$/.test(part)) return blank(lineNo, column, page);

    let m = /^(\s{0,3})(#{1,6})(\s+|$)/.exec(part);
    if (m) {
      let end = part.length;
      const closing = /(?<!\s)\s+#+\s*$/.exec(part);
      if (closing && closing.index >= m[0].length - 1) end = closing.index;
      return mdLine(part, m[0].length, end, lineNo, column, page, 'heading');
    }
    // Footnote definition "[^1]: text": keep the number so the normaliser can tie markers to it.
    m = /^\s*\[\^(\d{1,3})\]:\s*/.exec(part);
    if (m) {
      const out = inline(part, m[0].length, part.length, column);
      const num = m[1]!;
      const numCol = column + part.indexOf(num);
      const text = `${num} ${out.text}`;
      const cols = [...Array.from(num, (_, k) => numCol + k), numCol + num.length, ...out.cols];
      return withMap({ text, line: lineNo, column: cols[0] ?? column, page, kind: 'footnote' }, cols);
    }
    let start = 0;
    m = /^(\s*>\s?)+/.exec(part);
    if (m) start = m[0].length;
    const list = /^(\s*)([-*+])\s+/.exec(part.slice(start));
    if (list) return mdLine(part, start + list[0].length, part.length, lineNo, column, page, 'list-item');
    const renumber = start === 0 && column === 1 ? this.renumbered.get(index) : undefined;
    if (renumber) {
      // The written "1." is not what a reader sees: restore the rendered number as the label, like Word numbering.
      const line = mdLine(part, renumber.markerLength, part.length, lineNo, column, page, undefined);
      line.label = renumber.label;
      return line;
    }
    return mdLine(part, start, part.length, lineNo, column, page, undefined);
  }

  private tableRow(part: string, lineNo: number, column: number, page: number | null, tableId: number): RawLine {
    // Split on unescaped pipes; the outer pipes of "| a | b |" delimit nothing.
    const bounds: Array<[number, number]> = [];
    let cellStart = 0;
    for (let k = 0; k <= part.length; k++) {
      if (k === part.length || (part[k] === '|' && part[k - 1] !== '\\')) {
        bounds.push([cellStart, k]);
        cellStart = k + 1;
      }
    }
    if (bounds.length > 1 && part.slice(bounds[0]![0], bounds[0]![1]).trim() === '') bounds.shift();
    if (bounds.length > 1 && part.slice(bounds[bounds.length - 1]![0], bounds[bounds.length - 1]![1]).trim() === '') bounds.pop();
    const cells: string[] = [];
    let text = '';
    const cols: number[] = [];
    bounds.forEach(([a, b], k) => {
      let s = a;
      let e = b;
      while (s < e && /\s/.test(part[s]!)) s++;
      while (e > s && /\s/.test(part[e - 1]!)) e--;
      const cell = inline(part, s, e, column);
      if (k > 0) {
        // The " | " between cells points at the original pipe.
        const pipeCol = column + a - 1;
        text += ' | ';
        cols.push(pipeCol, pipeCol, pipeCol);
      }
      cells.push(cell.text);
      text += cell.text;
      cols.push(...cell.cols);
    });
    const line: RawLine = { text, line: lineNo, column: cols[0] ?? column, page, kind: 'table-row', cells, tableId };
    return withMap(line, cols);
  }

  /** Setext headings ("Title" underlined with === or ---) are only known after the next line. */
  finish(lines: RawLine[]): void {
    for (let i = 1; i < lines.length; i++) {
      const raw = this.fileLines[lines[i]!.line - 1] ?? '';
      if (/^\s{0,3}(=+|-+)\s*$/.test(raw) && lines[i]!.text === '') {
        const prev = lines[i - 1]!;
        const before = lines[i - 2];
        if (prev.text.trim() !== '' && !prev.kind && (!before || before.text.trim() === '')) prev.kind = 'heading';
      }
    }
  }
}

function blank(line: number, column: number, page: number | null): RawLine {
  return { text: '', line, column, page };
}

function withMap(line: RawLine, cols: number[]): RawLine {
  if (!isIdentity(cols, line.column)) setColumnMap(line, cols);
  return line;
}

function isIdentity(cols: number[], first: number): boolean {
  for (let k = 0; k < cols.length; k++) if (cols[k] !== first + k) return false;
  return true;
}

function mdLine(
  part: string,
  start: number,
  end: number,
  lineNo: number,
  column: number,
  page: number | null,
  kind: RawLine['kind'],
): RawLine {
  const out = inline(part, start, end, column);
  const line: RawLine = { text: out.text, line: lineNo, column: out.cols[0] ?? column + start, page };
  if (kind) line.kind = kind;
  return withMap(line, out.cols);
}

const ESCAPABLE = /[\\`*_{}[\]()#+\-.!|<>~"']/;
const INLINE_TAG = /^<\/?(br|sup|sub|span|u|b|i|em|strong|p|div|small|mark|ins|del|s)\b[^>]*\/?>/i;

/** Inline Markdown of part[start, end) → visible text plus the original column of each visible character. */
function inline(part: string, start: number, end: number, column: number): { text: string; cols: number[] } {
  let text = '';
  const cols: number[] = [];
  const emit = (k: number, ch = part[k]!): void => {
    text += ch;
    cols.push(column + k);
  };
  let k = start;
  while (k < end) {
    const ch = part[k]!;
    if (ch === '\\' && k + 1 < end && ESCAPABLE.test(part[k + 1]!)) {
      emit(k + 1);
      k += 2;
      continue;
    }
    if ((ch === '*' || ch === '_') && part[k + 1] === ch) {
      k += 2;
      continue;
    }
    if (ch === '*' && isEmphasisStar(part, k, start, end)) {
      k++;
      continue;
    }
    if (ch === '`') {
      k++;
      continue;
    }
    if (ch === '[' || (ch === '!' && part[k + 1] === '[')) {
      const open = ch === '!' ? k + 1 : k;
      if (part[open + 1] === '^') {
        // Footnote reference "[^1]" → superscript digits, which the normaliser treats as a footnote marker.
        const close = part.indexOf(']', open);
        const num = close > 0 && close < end ? part.slice(open + 2, close) : '';
        if (/^\d{1,3}$/.test(num)) {
          for (let d = 0; d < num.length; d++) emit(open + 2 + d, SUPERSCRIPT[Number(num[d])]!);
          k = close + 1;
          continue;
        }
      }
      const link = matchLink(part, open, end);
      if (link) {
        const inner = inline(part, open + 1, link.textEnd, column);
        text += inner.text;
        cols.push(...inner.cols);
        k = link.end;
        continue;
      }
    }
    if (ch === '<') {
      const tag = INLINE_TAG.exec(part.slice(k, end));
      if (tag) {
        if (/^<br/i.test(tag[0])) emit(k, ' ');
        k += tag[0].length;
        continue;
      }
      const auto = /^<((?:https?|mailto):[^>\s]+)>/.exec(part.slice(k, end));
      if (auto) {
        for (let d = 0; d < auto[1]!.length; d++) emit(k + 1 + d);
        k += auto[0].length;
        continue;
      }
    }
    emit(k);
    k++;
  }
  return { text, cols };
}

const SUPERSCRIPT = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

function isEmphasisStar(part: string, k: number, start: number, end: number): boolean {
  const before = k > start ? part[k - 1]! : ' ';
  const after = k + 1 < end ? part[k + 1]! : ' ';
  const opening = /[\s([{"']/.test(before) && /\S/.test(after) && after !== '*';
  const closing = /\S/.test(before) && /[\s.,;:!?)\]}"']/.test(after);
  if (!opening && !closing) return false;
  // Only strip when it pairs with another star on the line: a lone "*" is text (a footnote star, a wildcard).
  return part.slice(start, end).split('*').length - 1 >= 2;
}

function matchLink(part: string, open: number, end: number): { textEnd: number; end: number } | null {
  let depth = 0;
  // Link texts are short and barely nested: bounding both keeps a line of a million "[" linear.
  const limit = Math.min(end, open + 2000);
  for (let k = open; k < limit; k++) {
    const c = part[k];
    if (c === '\\') {
      k++;
      continue;
    }
    if (c === '[' && ++depth > 8) return null;
    else if (c === ']') {
      depth--;
      if (depth === 0) {
        if (part[k + 1] === '(') {
          const close = part.indexOf(')', k + 2);
          if (close < 0 || close >= end) return null;
          return { textEnd: k, end: close + 1 };
        }
        if (part[k + 1] === '[') {
          const close = part.indexOf(']', k + 2);
          if (close < 0 || close >= end) return null;
          return { textEnd: k, end: close + 1 };
        }
        return null;
      }
    }
  }
  return null;
}
