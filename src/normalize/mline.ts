// A line of text that remembers, for every character, the column it came from in the original line.
// Every rewrite in the normaliser goes through these helpers so positionAt stays exact.
import type { RawLine } from '../model.js';

export interface MLine {
  text: string;
  /** 1-based original column of each character of text. */
  cols: Int32Array;
  line: number;
  page: number | null;
  raw: RawLine;
  /** Column just after the last original character (where an inserted joining space points). */
  endCol: number;
}

export function fromRaw(raw: RawLine, map: ArrayLike<number> | undefined): MLine {
  const cols = new Int32Array(raw.text.length);
  if (map) for (let k = 0; k < cols.length; k++) cols[k] = map[k]!;
  else for (let k = 0; k < cols.length; k++) cols[k] = raw.column + k;
  const endCol = cols.length ? cols[cols.length - 1]! + 1 : raw.column;
  return { text: raw.text, cols, line: raw.line, page: raw.page, raw, endCol };
}

/** Characters [start, end) of a line, positions kept. */
export function slice(m: MLine, start: number, end = m.text.length): MLine {
  return { text: m.text.slice(start, end), cols: m.cols.subarray(start, end), line: m.line, page: m.page, raw: m.raw, endCol: m.endCol };
}

export function trim(m: MLine): MLine {
  let s = 0;
  let e = m.text.length;
  while (s < e && isSpace(m.text.charCodeAt(s))) s++;
  while (e > s && isSpace(m.text.charCodeAt(e - 1))) e--;
  return s === 0 && e === m.text.length ? m : slice(m, s, e);
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

/**
 * Replace every match of a global regex. A replacement of the same length maps character for character;
 * otherwise every replacement character points at the first character of the match.
 */
export function replace(m: MLine, re: RegExp, fn: (match: RegExpExecArray) => string): MLine {
  re.lastIndex = 0;
  let out = '';
  const cols: number[] = [];
  let last = 0;
  let hit: RegExpExecArray | null;
  let changed = false;
  while ((hit = re.exec(m.text))) {
    const rep = fn(hit);
    const start = hit.index;
    const end = start + hit[0].length;
    if (rep !== hit[0]) {
      changed = true;
      out += m.text.slice(last, start);
      for (let k = last; k < start; k++) cols.push(m.cols[k]!);
      out += rep;
      if (rep.length === hit[0].length) for (let k = 0; k < rep.length; k++) cols.push(m.cols[start + k]!);
      else for (let k = 0; k < rep.length; k++) cols.push(m.cols[start] ?? m.endCol);
      last = end;
    }
    if (hit[0].length === 0) re.lastIndex++;
  }
  if (!changed) return m;
  out += m.text.slice(last);
  for (let k = last; k < m.text.length; k++) cols.push(m.cols[k]!);
  return { ...m, text: out, cols: Int32Array.from(cols) };
}
