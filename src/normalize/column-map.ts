// Optional per-character column map for a RawLine whose text is not a verbatim slice of the original line
// (Markdown with emphasis or link syntax removed, table cells re-joined). cols[i] is the 1-based original column of text[i].
// Extractors that rewrite a line register a map here; the normaliser uses it so positionAt stays exact.
import type { RawLine } from '../model.js';

const maps = new WeakMap<RawLine, ArrayLike<number>>();

export function setColumnMap(line: RawLine, cols: ArrayLike<number>): void {
  if (cols.length !== line.text.length) throw new Error('column map length differs from line text length');
  maps.set(line, cols);
}

export function getColumnMap(line: RawLine): ArrayLike<number> | undefined {
  return maps.get(line);
}
