// Splices the example of a rule's doc page into a whole DPA (docs/rules/<id>.md, "## Examples").
//
// An example is either a whole small document, or one or more clause paragraphs of the standard clauses, each starting with
// its full label ("10.2. Databehandlerens underretning …", "9.2.a. …", "A.3. …"). Paragraphs are put into a clean DPA
// (fixtures/clean/clean-dpa.txt) in place of the paragraphs that carry the same labels, so the example shows only what matters.
//
// The snippet is cut into chunks at its label lines; a chunk runs up to the next label line of the snippet. For each chunk:
// - one paragraph (no blank line inside): it replaces the base's paragraph with that label, from the label up to the next
//   blank line or the next label line; the unnumbered paragraphs that continue the clause in the base stay;
// - several paragraphs (the label paragraph and unnumbered paragraphs or litra "a." … after it): it replaces the base's whole
//   clause, from the label up to the next clause, section or annex heading (continuation paragraphs and litra included);
// - an annex section ("A.3."): its heading and content are one unit, so the chunk always replaces the whole section (a heading
//   alone gives an empty section);
// - two chunks of the same section or annex that skip clauses of the base ("A.3." then "A.5.", "7.5." then "7.7.") are read as
//   continuous text: the clauses between them (A.4, 7.6) are left out;
// - a litra label "9.2.a.": the base's litra "a." of clause 9.2 is replaced, written in the base's style;
// - a label the base does not have (an added "4.3.") or one the snippet already used (a duplicate "A.5."): the chunk is
//   inserted after the previous chunk's clause, or, for the first chunk, after the base's nearest earlier clause ("4.2.").
// A snippet whose first line is not a label is a whole document and is returned unchanged.

const SNIPPET_LABEL = /^(\d{1,2}\.\d{1,2}(?:\.[a-z])?|[A-D]\.\d{1,2})\.?(?=\s|$)/u;
const SECTION_HEADING = /^(?:\d{1,2}\.\s+\p{Lu}|Bilag\s+[A-D]\b|Appendix\s+[A-D]\b|Annex\s+[A-D]\b)/u;
const LITRA_LINE = /^([a-z])[.)](?=\s)/u;

interface Chunk {
  label: string;
  lines: string[];
}

/** The label a line starts with ("10.2", "9.2.a", "A.3"), without its final dot; null for any other line. */
export function labelOf(line: string): string | null {
  const m = SNIPPET_LABEL.exec(line.trimStart());
  return m ? m[1]! : null;
}

export function isSpliceSnippet(snippet: string): boolean {
  const first = snippet.split(/\r?\n/).find((l) => l.trim() !== '');
  return first !== undefined && labelOf(first) !== null;
}

export function spliceClauses(base: string, snippet: string): string {
  if (!isSpliceSnippet(snippet)) return snippet;
  const lines = base.split(/\r?\n/);
  const used = new Set<string>();
  let previous: { label: string; start: number; end: number } | null = null;

  for (const chunk of chunksOf(snippet)) {
    const whole = chunk.lines.some((l) => l.trim() === '') || /^[A-D]\.\d+$/u.test(chunk.label);
    let found = used.has(chunk.label) ? null : locate(lines, chunk.label, whole);
    if (found && previous && parentOf(previous.label) === parentOf(chunk.label) && found.start > previous.end) {
      // Clauses of the same section between the previous chunk and this one are left out (an excerpt "A.3 … A.5": no A.4).
      const skipped = lines.slice(previous.end, found.start).findIndex((l) => {
        const label = labelOf(l);
        return label !== null && parentOf(label) === parentOf(chunk.label);
      });
      if (skipped !== -1) {
        lines.splice(previous.end + skipped, found.start - (previous.end + skipped));
        found = locate(lines, chunk.label, whole)!;
      }
    }
    if (found) {
      const replacement = found.prefix !== null ? restyleLitra(chunk.lines, found.prefix) : chunk.lines;
      lines.splice(found.start, found.end - found.start, ...replacement);
      previous = { label: chunk.label, start: found.start, end: found.start + replacement.length };
    } else {
      const after: number | null = previous ? clauseEnd(lines, previous.start) : predecessorEnd(lines, chunk.label);
      if (after === null) throw new Error(`spliceClauses: cannot place "${chunk.label}": the base has no such clause and no clause before it`);
      lines.splice(after, 0, '', ...chunk.lines);
      previous = { label: chunk.label, start: after + 1, end: after + 1 + chunk.lines.length };
    }
    used.add(chunk.label);
  }
  return lines.join('\n');
}

/** "10.2" → "10", "A.3" → "A", "9.2.a" → "9.2". */
function parentOf(label: string): string {
  return label.split('.').slice(0, -1).join('.');
}

function chunksOf(snippet: string): Chunk[] {
  const chunks: Chunk[] = [];
  for (const line of snippet.replace(/\r\n?/g, '\n').split('\n')) {
    const label = labelOf(line);
    if (label) chunks.push({ label, lines: [line.trimStart()] });
    else if (chunks.length) chunks[chunks.length - 1]!.lines.push(line);
  }
  for (const c of chunks) {
    while (c.lines.length && c.lines[c.lines.length - 1]!.trim() === '') c.lines.pop();
  }
  return chunks;
}

function isBoundary(line: string): boolean {
  const t = line.trimStart();
  return labelOf(t) !== null || SECTION_HEADING.test(t);
}

/** Index of the first line of a clause with this (non-litra) label. */
function findLabel(lines: string[], label: string): number {
  return lines.findIndex((l) => labelOf(l) === label);
}

/** End (exclusive) of the paragraph starting at `start`: the next blank line or label line. */
function paragraphEnd(lines: string[], start: number, litraBreaks: boolean): number {
  let k = start + 1;
  while (k < lines.length && lines[k]!.trim() !== '' && !isBoundary(lines[k]!) && !(litraBreaks && LITRA_LINE.test(lines[k]!.trimStart()))) k++;
  return k;
}

/** End (exclusive) of the whole clause starting at `start`: up to the next clause, section or annex heading, trailing blank lines left out. */
function clauseEnd(lines: string[], start: number): number {
  let k = start + 1;
  while (k < lines.length && !isBoundary(lines[k]!)) k++;
  while (k > start + 1 && lines[k - 1]!.trim() === '') k--;
  return k;
}

function locate(lines: string[], label: string, whole: boolean): { start: number; end: number; prefix: string | null } | null {
  const litra = /^(.+)\.([a-z])$/u.exec(label);
  if (!litra) {
    const start = findLabel(lines, label);
    if (start === -1) return null;
    return { start, end: whole ? clauseEnd(lines, start) : paragraphEnd(lines, start, true), prefix: null };
  }
  // A litra: the base may write it in full ("9.2.a.") or as "a." under its clause.
  const full = lines.findIndex((l) => labelOf(l) === label);
  if (full !== -1) return { start: full, end: paragraphEnd(lines, full, true), prefix: null };
  const parent = findLabel(lines, litra[1]!);
  if (parent === -1) return null;
  const end = clauseEnd(lines, parent);
  for (let k = parent + 1; k < end; k++) {
    const m = LITRA_LINE.exec(lines[k]!.trimStart());
    if (m && m[1] === litra[2]) return { start: k, end: paragraphEnd(lines, k, true), prefix: lines[k]!.trimStart().slice(0, m[0].length) };
  }
  return null;
}

/** "9.2.a. den dataansvarliges …" written as the base writes its litra: "a. den dataansvarliges …". */
function restyleLitra(chunk: string[], prefix: string): string[] {
  const [first, ...rest] = chunk;
  const m = SNIPPET_LABEL.exec(first!);
  return [prefix + first!.slice(m ? m[0].length : 0), ...rest];
}

/** End of the base's nearest earlier clause: "4.3" → after 4.2 (or 4.1 …); "A.6" → after A.5. */
function predecessorEnd(lines: string[], label: string): number | null {
  const parts = label.split('.');
  const last = parts[parts.length - 1]!;
  const head = parts.slice(0, -1);
  const numeric = /^\d+$/.test(last);
  for (let n = numeric ? Number(last) - 1 : last.charCodeAt(0) - 1; numeric ? n >= 1 : n >= 97; n--) {
    const id = [...head, numeric ? String(n) : String.fromCharCode(n)].join('.');
    const at = findLabel(lines, id);
    if (at !== -1) return clauseEnd(lines, at);
    if (!numeric) {
      const loc = locate(lines, id, false);
      if (loc) return loc.end;
    }
  }
  return null;
}
