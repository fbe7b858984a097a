// Tables in text files: runs of ≥ 2 lines whose cells are separated by tabs or by 2+ spaces.
import { parseLabel } from './labels.js';
import { slice, trim, type MLine } from './mline.js';

/** Split a line into cells, or null when it is not a table row. */
export function splitCells(m: MLine): MLine[] | null {
  const t = trim(m);
  if (t.text === '') return null;
  const hasTab = t.text.includes('\t');
  if (!hasTab && !/ {2,}/.test(t.text)) return null;
  // A label followed by padding ("9.   2-faktor-godkendelse", "Bilag A    Oplysninger") is a heading, not a row.
  if (!hasTab && parseLabel(t.text)) return null;
  const re = hasTab ? /(?<! ) *\t */g : / {2,}/g;
  const cells: MLine[] = [];
  let last = 0;
  let hit: RegExpExecArray | null;
  while ((hit = re.exec(t.text))) {
    cells.push(trim(slice(t, last, hit.index)));
    last = hit.index + hit[0].length;
  }
  cells.push(trim(slice(t, last)));
  const nonEmpty = cells.filter((c) => c.text !== '');
  if (nonEmpty.length < 2) return null;
  return cells;
}

export function isSeparatorRow(cells: MLine[]): boolean {
  return cells.every((c) => /^[-=_:+| ]*$/.test(c.text));
}
