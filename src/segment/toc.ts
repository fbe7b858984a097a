// Table of contents: an "Indhold"/"Table of contents" title followed by entries, or a run of entries with dotted
// leaders and page numbers, or a run of section headings with nothing between them that recur later in the document.
import type { Block } from '../model.js';
import { parseLabel } from '../normalize/labels.js';

// "Indhold", "1. Indhold" (the template numbers its contents as section 1), "Table of Contents".
const TOC_TITLE = /^(?:\d{1,2}\.?\s+)?(indhold|indholdsfortegnelse|indholdsoversigt|table of contents|contents|inhalt|innhold|innehåll)\s*:?$/i;
const LEADER = /(\.\s?){4,}|…{2,}|(\.\s?){2,}\s*\d{1,3}$/;
const PAGE_AT_END = /\s\d{1,3}$/;
const STOP = new Set(['og', 'and', 'samt', 'eller', 'or', 'the', 'af', 'of']);

function entryKey(text: string): string | null {
  if (text.length > 200) return null;
  const label = parseLabel(text);
  let rest = label ? text.slice(label.length) : text;
  rest = rest.replace(LEADER, ' ').replace(PAGE_AT_END, '').toLowerCase();
  // Contents lines are often shortened or punctuated differently from the heading ("a, b, c" vs "a, b og c").
  rest = rest
    .split(/[^A-Za-zÀ-ÖØ-öø-ɏ0-9²³¹¼-¾⁰-⁹₀-₉]+/u)
    .filter((w) => w && !STOP.has(w))
    .join(' ');
  if (!rest) return null;
  return `${label?.id ?? ''}|${rest}`;
}

function looksLikeEntry(text: string): boolean {
  if (text.length > 200) return false;
  if (LEADER.test(text)) return true;
  const label = parseLabel(text);
  if (label && (label.kind === 'number' || label.kind === 'annex' || label.kind === 'word' || label.kind === 'annex-section')) {
    const rest = text.slice(label.length);
    return rest.length <= 150 && !/[.;:]$/.test(rest.replace(PAGE_AT_END, '')) ;
  }
  if (PAGE_AT_END.test(text)) return text.length <= 120 && !/[.;:]\s\d{1,3}$/.test(text);
  // An unnumbered entry ("Accept af vilkår"): short, no sentence punctuation; accepted only if it recurs later.
  return text.length <= 120 && !/[.;:,]$/.test(text);
}

function tableIsToc(block: Block): boolean {
  const rows = block.rows ?? [];
  if (rows.length < 2) return false;
  let hits = 0;
  for (const row of rows) {
    const first = row[0] ?? '';
    const last = row[row.length - 1] ?? '';
    if (/^(\d{1,2}(\.\d{1,2})*\.?|Bilag [A-Z]|Annex \w+|Appendix \w+|Schedule \w+)$/i.test(first) || /^\d{1,3}$/.test(last) || LEADER.test(row.join(' '))) hits++;
  }
  return hits >= Math.max(2, rows.length * 0.6);
}

/** Indices of the blocks that form tables of contents, as runs [first, last]. */
export function findToc(blocks: Block[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  // Where each entry-like text occurs last: a contents line recurs later as the real heading.
  const keys = blocks.map((b) => (b.kind === 'table' ? null : entryKey(b.text)));
  const lastIndex = new Map<string, number>();
  keys.forEach((k, i) => {
    if (k) lastIndex.set(k, i);
  });
  const recursLater = (i: number): boolean => {
    const key = keys[i];
    return !!key && (lastIndex.get(key) ?? -1) > i;
  };

  let i = 0;
  while (i < blocks.length) {
    const b = blocks[i]!;
    const titled = b.kind !== 'table' && TOC_TITLE.test(b.text.trim());
    let j = titled ? i + 1 : i;
    let entries = 0;
    // Without a title only numbered entries (or dotted leaders) count: a recurring bullet list is not a contents list.
    const isEntry = (k: number): boolean => {
      const e = blocks[k]!;
      if (e.kind === 'table') return tableIsToc(e);
      if (TOC_TITLE.test(e.text.trim())) return true;
      const label = parseLabel(e.text);
      const labelled = label !== null;
      // Annex lines right after a run of contents entries are entries too, even when the annex heading later reads a
      // little differently or the annexes are missing (else "Bilag D" would swallow the whole contract).
      const titledAnnex = label?.kind === 'annex' && (titled ? entries > 0 : entries >= 3);
      return looksLikeEntry(e.text) && (LEADER.test(e.text) || (titled && PAGE_AT_END.test(e.text)) || titledAnnex || ((titled || labelled) && recursLater(k)));
    };
    while (j < blocks.length) {
      const e = blocks[j]!;
      if (isEntry(j)) {
        entries += e.kind === 'table' ? (e.rows?.length ?? 1) : 1;
        j++;
      } else if (titled && entries >= 2 && j + 1 < blocks.length && isEntry(j + 1)) {
        // One odd line inside a titled contents list (an entry worded differently from its heading).
        j++;
      } else break;
    }
    const enough = titled ? entries >= 2 : entries >= 3;
    if (enough) {
      runs.push([i, j - 1]);
      i = j;
    } else i++;
  }
  return runs;
}
