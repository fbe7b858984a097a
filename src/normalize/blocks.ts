// Lines → blocks: wrapped lines joined into paragraphs, labels and bullets start blocks, table rows grouped, footnotes
// moved after the paragraph they interrupt, words hyphenated across line breaks re-joined.
import type { BlockKind, RawLine } from '../model.js';
import type { LineSlot } from './furniture.js';
import { isHeadingLabel, parseLabel, type Label } from './labels.js';
import { replace, slice, trim, type MLine } from './mline.js';
import { isSeparatorRow, splitCells } from './tables.js';

export interface Seg {
  m: MLine;
  /** Text inserted before this segment (mapped to the end of the previous segment): " ", "" or "\n" / " | " in tables. */
  sep: string;
}

export interface DraftBlock {
  kind: BlockKind;
  segs: Seg[];
  label?: string;
  /** Table rows (each a list of cells). */
  rows?: MLine[][];
  /** Label parsed from the first line (text documents). */
  parsed: Label | null;
}

export interface GroupOptions {
  markdown: boolean;
  paragraphsKnown: boolean;
  footnotes: Set<LineSlot>;
  softHyphenEnd: Set<LineSlot>;
}

const BULLET = /^(?:[•▪◦●○■□◆◇►▸‣⁃∙·✓✔➢➤→]|[-*](?=[ \t])|o(?=[ \t]+[A-ZÀ-ÖØ-Þ]))[ \t]*/u;
const REFERENCE_END =
  /(?:\b(?:[Bb]estemmelse|[Bb]estemmelserne|[Pp]unkt|pkt\.|[Aa]fsnit|[Aa]rtikel|art\.|stk\.|litra|[Bb]ilag|[Cc]lause|[Ss]ection|[Aa]rticle|[Aa]nnex|og|eller|samt|and|or|jf\.|i|af|til|under|see|nr\.|se|in|of|to)|,)$/;
const KEEP_HYPHEN_BEFORE = new Set(['og', 'eller', 'samt', 'and', 'or', 'nor', 'til', 'to', 'som', 'as', 'respektive']);

export function groupBlocks(slots: LineSlot[], opts: GroupOptions): DraftBlock[] {
  const blocks: DraftBlock[] = [];
  const width = wrapWidth(slots);
  const vocab = vocabulary(slots);
  const tableRows = opts.markdown || opts.paragraphsKnown ? new Map<LineSlot, { cells: MLine[]; run: number }>() : findTextTables(slots);
  const bareItems = opts.markdown || opts.paragraphsKnown ? new Set<LineSlot>() : findBareListItems(slots, width);
  let cur: DraftBlock | null = null;
  let curHeadingLike = false;
  let pending: DraftBlock[] = [];
  let blankSeen = false;
  let lastSlot: LineSlot | null = null;

  const close = () => {
    if (cur) blocks.push(cur);
    cur = null;
    for (const f of pending) blocks.push(f);
    pending = [];
  };

  for (const s of slots) {
    if (s.removed) continue;
    if (s.blank) {
      blankSeen = true;
      if (opts.markdown && cur && (cur as DraftBlock).kind !== 'table') close();
      continue;
    }
    const raw = s.m.raw;
    // Footnote texts: after the paragraph they interrupt, so the paragraph can continue across the page break.
    if (opts.footnotes.has(s)) {
      const fn: DraftBlock = { kind: 'footnote', segs: [{ m: trim(s.m), sep: '' }], parsed: null };
      if (cur && (cur as DraftBlock).kind === 'paragraph') pending.push(fn);
      else {
        close();
        blocks.push(fn);
      }
      continue;
    }
    // Tables: extractor rows (Markdown, DOCX) by tableId, text rows by the cell split found above.
    const textRow = tableRows.get(s);
    const cells = raw.kind === 'table-row' ? extractorCells(s.m, raw) : textRow?.cells;
    if (cells) {
      const tableKey = raw.kind === 'table-row' ? `x${raw.tableId ?? 0}` : `t${textRow!.run}`;
      const c = cur as DraftBlock | null;
      const continues = c !== null && c.kind === 'table' && c.label === `#${tableKey}`;
      if (!continues) {
        close();
        cur = { kind: 'table', segs: [], rows: [], parsed: null };
        cur.label = `#${tableKey}`;
      }
      if (!isSeparatorRow(cells)) (cur as DraftBlock).rows!.push(cells);
      blankSeen = false;
      lastSlot = s;
      continue;
    }

    let m = trim(s.m);
    let kind: BlockKind = raw.kind === 'heading' ? 'heading' : raw.kind === 'list-item' ? 'list-item' : 'paragraph';
    let bulleted = raw.kind === 'list-item';
    if ((!opts.paragraphsKnown || raw.kind !== 'heading') && mayBeBullet(m.text)) {
      const b = BULLET.exec(m.text);
      if (b && m.text.length > b[0].length && !/^-\s*\d+\s*-$/.test(m.text)) {
        m = slice(m, b[0].length);
        bulleted = true;
        if (kind === 'paragraph') kind = 'list-item';
      }
    }
    let label = raw.label ? null : parseLabel(m.text);
    let forceJoin = false;
    const c = cur as DraftBlock | null;
    // "... følger af Bestemmelse 9.1. og" + "9.2." is a wrapped reference, not a new clause.
    if (label && c && c.kind === 'paragraph' && !bulleted && !blankSeenHard(blankSeen, opts.markdown)) {
      const prevText = c.segs[c.segs.length - 1]!.m.text;
      // "… jf. art. 28, stk. 3, litra" + "f.": a letter or number after a word that takes one is the reference's tail.
      const tail = isReferenceLabel(label, m.text) ? REFERENCE_END.test(prevText) : NEEDS_ONE_ID.test(prevText) && isBareLabel(label, m.text);
      if (tail) {
        label = null;
        forceJoin = !opts.paragraphsKnown;
      }
    }
    // A list whose bullets the PDF drew as graphics: each short line is an item of its own.
    if (bareItems.has(s) && !bulleted && label === null) {
      bulleted = true;
      if (kind === 'paragraph') kind = 'list-item';
    }
    let startNew =
      !forceJoin &&
      (c === null ||
      // A known paragraph starts a block, unless a repair found it to be the rest of an interrupted sentence.
      (opts.paragraphsKnown && !(raw.paragraphStart === false && c.kind === 'paragraph')) ||
      raw.paragraphStart === true ||
      kind === 'heading' ||
      c.kind === 'heading' ||
      c.kind === 'table' ||
      c.kind === 'footnote' ||
      bulleted ||
      label !== null ||
      raw.label !== undefined ||
      (opts.markdown && blankSeen));
    if (!startNew && c) {
      const prev = c.segs[c.segs.length - 1]!.m;
      const prevSoft = lastSlot !== null && opts.softHyphenEnd.has(lastSlot);
      // "1. Standardkontraktsbestemmelser" + blank line + "i henhold til ...": a numbered title stands alone.
      const titleLine = c.segs.length === 1 && c.parsed?.kind === 'number' && isShortTitle(prev.text.slice(c.parsed.length), blankSeen);
      startNew = raw.paragraphStart === false || forceJoin ? false : !joins(prev, m, blankSeen, curHeadingLike, width, opts.markdown, prevSoft, titleLine);
    }
    if (startNew) {
      close();
      const block: DraftBlock = { kind, segs: [{ m, sep: '' }], parsed: label };
      if (raw.label) block.label = raw.label;
      cur = block;
      curHeadingLike = isHeadingLabel(label);
    } else {
      appendLine(cur!, m, lastSlot !== null && opts.softHyphenEnd.has(lastSlot), vocab);
    }
    blankSeen = false;
    lastSlot = s;
  }
  close();
  for (const b of blocks) for (const seg of b.segs) seg.m = tidy(seg.m);
  if (blocks.length) for (const b of blocks) if (b.rows) b.rows = b.rows.map((r) => r.map(tidy));
  return blocks.filter((b) => (b.kind === 'table' ? b.rows!.length > 0 : b.segs.some((x) => x.m.text !== '')));
}

const TRAILING_FUNCTION_WORD = /\b(og|eller|samt|af|til|i|for|med|om|på|ved|under|mellem|fra|the|and|or|of|to|for|with|in|on|by|from)$/i;

function isUpperCaseLine(text: string): boolean {
  return /[A-ZÀ-ÖØ-Þ]{3}/u.test(text) && !/[a-zß-öø-ÿ]/u.test(text);
}

/** A short heading text that does not stop in the middle of a phrase. */
function isShortTitle(rest: string, blankSeen: boolean): boolean {
  const t = rest.trim();
  if (!blankSeen) return false;
  return t.length > 0 && t.length <= 70 && /^[A-ZÀ-ÖØ-Þ]/u.test(t) && !/[.,;:]$/.test(t) && !TRAILING_FUNCTION_WORD.test(t);
}

/** A label that can be the tail of a wrapped reference: a full id ("9.2.", "C.7") followed by nothing or by lower case. */
function isReferenceLabel(label: Label, text: string): boolean {
  const fullId = (label.kind === 'number' && label.parts.length >= 2) || label.kind === 'annex-section';
  const rest = text.slice(label.length);
  return fullId && (rest === '' || /^[a-zß-öø-ÿ,;.)]/u.test(rest));
}

const NEEDS_ONE_ID = /\b(?:litra|stk\.|nr\.)$/;

/** A label standing alone or before lower case / punctuation: "f.", "3)" after "litra" / "stk." is no clause. */
function isBareLabel(label: Label, text: string): boolean {
  const rest = text.slice(label.length).trim();
  return (label.kind === 'litra' || label.kind === 'number') && (rest === '' || /^[a-zß-öø-ÿ,;.)]/u.test(rest));
}

/** In Markdown a blank line always ends the paragraph, so a label after it is never a wrapped reference. */
function mayBeBullet(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 45 || c === 42 || c === 111 || c > 0xb6;
}

function blankSeenHard(blankSeen: boolean, markdown: boolean): boolean {
  return markdown && blankSeen;
}

function extractorCells(m: MLine, raw: RawLine): MLine[] {
  if (!raw.cells || raw.cells.length <= 1) return [m];
  // The extractor joined the cells with " | "; cut the cleaned, mapped line at those separators.
  const out: MLine[] = [];
  let at = 0;
  for (let k = 0; k < raw.cells.length; k++) {
    const next = k === raw.cells.length - 1 ? m.text.length : m.text.indexOf(' | ', at);
    if (next < 0) return [m];
    out.push(trim(slice(m, at, next)));
    at = next + 3;
  }
  return out;
}

/** Does line `next` continue the paragraph whose last line is `prev`? */
function joins(
  prev: MLine,
  next: MLine,
  blankSeen: boolean,
  headingLike: boolean,
  width: number,
  markdown: boolean,
  prevSoftHyphen: boolean,
  titleLine = false,
): boolean {
  const p = prev.text;
  const n = next.text;
  // Markdown: a blank line always ends a paragraph; otherwise the same wrap heuristics as text, because sources often
  // put a heading line ("1. Definitions") directly above its first paragraph.
  if (markdown && blankSeen) return false;
  const lower = /^[("']?[a-zß-öø-ÿ]/u.test(n);
  const hyphenated = prevSoftHyphen || /[A-Za-zÀ-ÖØ-öø-ɏ]-$/u.test(p);
  if (hyphenated && /^[A-Za-zÀ-ÖØ-öø-ɏ]/u.test(n)) return true;
  if (headingLike) return lower;
  // "Land:" + blank line + "herefter ...": a short line that ends a phrase does not pull a lower-case line across a gap.
  if (lower) return !(blankSeen && (titleLine || (/[.:;]$/.test(p) && p.length < 0.5 * width)));
  const terminal = /[.:;!?]["')\]]?$/.test(p);
  const long = p.length >= 0.7 * width;
  // Across a blank line only a full-width line that stops mid-sentence continues; never a heading line.
  if (blankSeen) return !terminal && p.length >= 0.85 * width && !titleLine && !isUpperCaseLine(p);
  return long;
}

/** Join `m` to the block, re-joining a word hyphenated across the line break. */
function appendLine(block: DraftBlock, m: MLine, softHyphen: boolean, vocab: Set<string>): void {
  const last = block.segs[block.segs.length - 1]!;
  const p = last.m.text;
  const hy = p.endsWith('-') ? /(?<![A-Za-zÀ-ÖØ-öø-ɏ])([A-Za-zÀ-ÖØ-öø-ɏ]+)-$/u.exec(p) : null; // lookbehind: linear on a long word
  if (hy && /^[A-Za-zÀ-ÖØ-öø-ɏ]/u.test(m.text)) {
    const nextWord = /^[A-Za-zÀ-ÖØ-öø-ɏ]+/u.exec(m.text)![0];
    const left = hy[1]!;
    const acronym = /^[A-ZÀ-ÖØ-Þ\d]+$/u.test(left) && left.length <= 6;
    if (!softHyphen && KEEP_HYPHEN_BEFORE.has(nextWord.toLowerCase())) {
      block.segs.push({ m, sep: ' ' });
    } else if (softHyphen || (/^[a-zß-öø-ÿ]/u.test(m.text) && !acronym && !keepsHyphen(left, nextWord, vocab))) {
      // "databehand-" + "leren" → "databehandleren": the hyphen was only the line break's.
      last.m = { ...slice(last.m, 0, p.length - 1), endCol: last.m.cols[p.length - 1]! };
      block.segs.push({ m, sep: '' });
    } else {
      // "EU-" + "retten", "Europa-" + "Parlamentets": a real hyphen, kept without a space.
      block.segs.push({ m, sep: '' });
    }
    return;
  }
  block.segs.push({ m, sep: ' ' });
}

/**
 * "it-" + "systemer": the document's own words decide. Keep the hyphen when the hyphenated form occurs elsewhere and
 * the closed form does not, or when the first part is a one- or two-letter prefix ("e-mail", "it-systemer").
 */
function keepsHyphen(left: string, right: string, vocab: Set<string>): boolean {
  const closed = (left + right).toLowerCase();
  const hyphenated = `${left}-${right}`.toLowerCase();
  if (vocab.has(closed)) return false;
  return vocab.has(hyphenated) || left.length <= 2;
}

function vocabulary(slots: LineSlot[]): Set<string> {
  const words = new Set<string>();
  for (const s of slots) {
    if (s.blank || s.removed) continue;
    for (const w of s.m.text.toLowerCase().match(/[A-Za-zÀ-ÖØ-öø-ɏ]+(?:-[A-Za-zÀ-ÖØ-öø-ɏ]+)*/gu) ?? []) words.add(w);
  }
  return words;
}

/** Collapse whitespace runs and repair "foranstaltnin- ger" hyphenation left inside a line by PDF re-flow. */
function tidy(m: MLine): MLine {
  let out = m.text.includes('  ') || m.text.includes('\t') ? replace(m, /[ \t]{2,}|\t/g, () => ' ') : m;
  if (out.text.includes('- ')) {
    out = replace(out, /(?<=[a-zß-öø-ÿ])- (?=([a-zß-öø-ÿ]+))/gu, (g) => (KEEP_HYPHEN_BEFORE.has(g[1]!.toLowerCase()) ? g[0] : ''));
  }
  return trim(out);
}

/** Typical width of a wrapped line: the median length of lines followed by a lower-case continuation. */
function wrapWidth(slots: LineSlot[]): number {
  const lengths: number[] = [];
  let prev: string | null = null;
  for (const s of slots) {
    if (s.blank || s.removed) continue;
    const t = s.m.text.trim();
    if (prev !== null && /^[a-zß-öø-ÿ]/u.test(t)) lengths.push(prev.length);
    prev = t;
  }
  // Too few wrapped lines to measure (one line per paragraph, or a tiny input): assume a typical page width.
  if (lengths.length < 5) return 100;
  const sorted = [...lengths].sort((a, b) => a - b);
  // A floor keeps short-lined inputs from reading every line as full width.
  return Math.max(60, sorted[Math.floor(sorted.length / 2)]!);
}

/** Text tables: runs of ≥ 2 row-like lines (at most one blank line between rows). */
function findTextTables(slots: LineSlot[]): Map<LineSlot, { cells: MLine[]; run: number }> {
  const out = new Map<LineSlot, { cells: MLine[]; run: number }>();
  let run: Array<[LineSlot, MLine[]]> = [];
  let blanks = 0;
  let runId = 0;
  const flush = () => {
    const rows = run.filter(([, c]) => !isSeparatorRow(c));
    if (rows.length >= 2) {
      runId++;
      for (const [s, cells] of run) out.set(s, { cells, run: runId });
    }
    run = [];
  };
  for (const s of slots) {
    if (s.removed) continue;
    if (s.blank) {
      blanks++;
      if (blanks > 1) flush();
      continue;
    }
    const cells = splitCells(s.m);
    if (cells) {
      run.push([s, cells]);
      blanks = 0;
    } else {
      flush();
      blanks = 0;
    }
  }
  flush();
  return out;
}

/**
 * Lines of a list that lost its bullet glyphs: a run of at least three lines, each starting in lower case and none
 * ending a sentence, at least three of them short (under half the wrap width). A wrapped paragraph has full-width
 * lines and at most one short one, its last.
 */
function findBareListItems(slots: LineSlot[], width: number): Set<LineSlot> {
  const out = new Set<LineSlot>();
  let run: LineSlot[] = [];
  const flush = () => {
    const short = run.filter((s) => s.m.text.trim().length < 0.5 * width).length;
    if (run.length < 3 || short < 3) {
      run = [];
      return;
    }
    // A line after a full-width one is that item wrapping, not an item of its own.
    run.forEach((s, k) => {
      if (k === 0 || run[k - 1]!.m.text.trim().length < 0.85 * width) out.add(s);
    });
    run = [];
  };
  for (const s of slots) {
    if (s.removed || s.blank) continue;
    const t = s.m.text.trim();
    // "a. oplysningspligten …" starts in lower case too, but carries its label: only unlabelled lines qualify.
    const item = /^[a-zß-öø-ÿ]/u.test(t) && !/[,;:]$/.test(t) && !/[A-Za-zÀ-ÖØ-öø-ɏ]-$/u.test(t) && s.m.raw.kind !== 'table-row' && parseLabel(t) === null && !BULLET.test(t);
    if (!item) {
      flush();
      continue;
    }
    run.push(s);
    // A full stop ends the list (its last item may close the sentence).
    if (/[.!?]["')]?$/.test(t)) flush();
  }
  flush();
  return out;
}
