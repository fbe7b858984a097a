// Lines an exporter ran together, split back apart before paragraphs are built. Each repair is narrow: it fires on a
// shape the template's own structure explains (an annex heading, a footnote) and leaves ordinary prose alone.
import type { RemovedText } from '../model.js';
import type { LineSlot } from './furniture.js';
import { slice as sliceLine } from './mline.js';

/** Run the splitting repairs; slots are replaced in place. */
export function repairRunOnLines(slots: LineSlot[]): void {
  splitAt(slots, runOnAnnexSection);
  splitAt(slots, trailingAnnexHeading);
  splitRunOnAnnexSections(slots);
  splitAt(slots, footnoteThenContinuation, { paragraphStart: false });
}

type Cut = (text: string) => number | null;

function splitAt(slots: LineSlot[], cut: Cut, restRaw: { paragraphStart: boolean } = { paragraphStart: true }): void {
  for (let k = 0; k < slots.length; k++) {
    const slot = slots[k]!;
    if (slot.blank || slot.m.raw.kind === 'table-row') continue;
    const at = cut(slot.m.text);
    if (at === null || at <= 0 || at >= slot.m.text.length) continue;
    splitSlot(slots, k, at, restRaw);
    k++;
  }
}

/** Replace slot k by its text before `at` and the rest, the rest's raw line flagged as given. */
function splitSlot(slots: LineSlot[], k: number, at: number, restRaw: { paragraphStart: boolean }): void {
  const m = slots[k]!.m;
  const head: LineSlot = { m: sliceLine(m, 0, at), removed: false, blank: false };
  const rest: LineSlot = { m: { ...sliceLine(m, at), raw: { ...m.raw, ...restRaw } }, removed: false, blank: false };
  slots.splice(k, 1, head, rest);
}

// "Bilag C Instruks … C.1. Behandlingens genstand": a PDF set the annex heading and its first section on one line.
const RUN_ON_ANNEX = /^\s*(?:Bilag|BILAG|Annex|ANNEX|Appendix|APPENDIX)[ \t]+([A-Z])\b.{0,200}?[ \t](?=\1\.\d{1,2}\.?[ \t])/u;

function runOnAnnexSection(text: string): number | null {
  const hit = RUN_ON_ANNEX.exec(text);
  return hit ? hit[0].length : null;
}

// "… på købsfakturaen fra COMAsystem Bilag A Oplysninger om behandlingen": a page break before the annex was lost and
// its heading ran onto the last paragraph. Only the Danish template's annex titles qualify, so a reference in running
// text ("jf. Bilag A") never splits; the word before must not be one that governs a reference.
const TRAILING_ANNEX =
  /(?<=\S)[ \t]+(?=Bilag[ \t]+[A-D][ \t]*[-–—:.]?[ \t]+(?:Oplysninger|Betingelser|Instruks|Parternes)(?:[ \t][^.;:]{0,120})?$)/u;
const ANNEX_TITLE_ANYWHERE = /Bilag[ \t]+[A-D][ \t]*[-–—:.]?[ \t]+(?:Oplysninger|Betingelser|Instruks|Parternes|Underdatabehandlere)/u;
const GOVERNS_REFERENCE = /(?:^|[\s(])(?:jf\.|se|i|af|til|under|ifølge|og|samt|eller|med|fremgår af|angivet i)$/iu;

function trailingAnnexHeading(text: string): number | null {
  const hit = TRAILING_ANNEX.exec(text);
  if (!hit) return null;
  const before = text.slice(0, hit.index);
  if (GOVERNS_REFERENCE.test(before) || before.trim() === '') return null;
  // A contents list run into one paragraph ("… Bilag A Oplysninger … Bilag D Parternes …") holds several titles.
  if (ANNEX_TITLE_ANYWHERE.test(before) || (text.slice(hit.index).match(/Bilag[ \t]+[A-D]\b/g) ?? []).length > 1) return null;
  return hit.index + hit[0].length;
}

// "1 Henvisninger til … ”EØS medlemsstater”. med hvilke hjælpemidler …": a footnote at a page foot and the rest of the
// sentence it interrupted became one paragraph. The footnote ends at its first full stop followed by a lower-case
// word; abbreviations ("f.eks.", "stk.") are too short to end it.
const FOOTNOTE_THEN_TEXT = /^[ \t]*\d{1,2}[ \t]+["'“”(]?[A-ZÀ-ÖØ-Þ][^]*?(?:[A-Za-zÀ-ÖØ-öø-ɏ]{4}|["'”)])\.[ \t]+(?=[a-zß-öø-ÿ]{2})/u;

function footnoteThenContinuation(text: string): number | null {
  if (text.length > 2000 || !/^[ \t]*\d/.test(text)) return null;
  const hit = FOOTNOTE_THEN_TEXT.exec(text);
  return hit ? hit[0].length : null;
}

// "… om de registrerede A.4. Behandlingen omfatter …" or "… uden for EU C.7 Procedurer for …": an exporter ran the next
// annex section's heading into the paragraph before. Only the section that comes next in sequence after the last one
// seen at a line start qualifies, followed by a capitalised word, and not after a word that governs a reference.
const ANNEX_SECTION_AT_START = /^\s*([A-D])\.(\d{1,2})\.?[ \t]/;
const ANNEX_HEADING_AT_START = /^\s*(?:Bilag|BILAG)[ \t]+([A-D])\b/;
const REFERENCE_WORD = /(?:^|\s)(?:jf\.|se|i|af|til|under|og|samt|eller|pkt\.|punkt|bilag|Bilag|afsnit|nr\.)$/u;

function splitRunOnAnnexSections(slots: LineSlot[]): void {
  let last: { annex: string; n: number } | null = null;
  for (let k = 0; k < slots.length; k++) {
    const slot = slots[k]!;
    if (slot.blank || slot.m.raw.kind === 'table-row') continue;
    const text = slot.m.text;
    const start = ANNEX_SECTION_AT_START.exec(text);
    const heading = start ? null : ANNEX_HEADING_AT_START.exec(text);
    if (start) last = { annex: start[1]!, n: Number(start[2]) };
    else if (heading) last = { annex: heading[1]!, n: 0 };
    if (!last || text.length > 5000) continue;
    const next = `${last.annex}.${last.n + 1}`;
    const following = nextTextSlot(slots, k);
    const nextUpper = following !== null && /^\s*[A-ZÀ-ÖØ-Þ]/u.test(following.m.text);
    const at = findInlineLabel(text, next, start ? start[0].length : 0, nextUpper);
    if (at === null) continue;
    splitSlot(slots, k, at, { paragraphStart: true });
    // The rest starts with the new label and is scanned next, so a chain A.4 … A.5 … A.6 is split label by label.
  }
}

/** Where ` <id>` starts a heading inside `text`: a capitalised word follows, on this line or (at its end) the next. */
function findInlineLabel(text: string, id: string, from: number, nextLineUpper: boolean): number | null {
  let at = text.indexOf(` ${id}`, from);
  while (at >= 0) {
    const after = text.slice(at + 1 + id.length, at + 1 + id.length + 3);
    const heads = /^\.?[ \t]+[A-ZÀ-ÖØ-Þ]/u.test(after) || (nextLineUpper && /^\.?[ \t]*$/.test(text.slice(at + 1 + id.length)));
    if (heads && !REFERENCE_WORD.test(text.slice(Math.max(0, at - 12), at))) return at + 1;
    at = text.indexOf(` ${id}`, at + 1);
  }
  return null;
}

// "… sådan at den dataansvarlige 8" + "kan overholde …": the page number of a page break stuck to the end of the
// paragraph it interrupted, and the paragraph goes on in lower case. A number that a unit or a reference word
// explains ("senest 24" + "timer", "artikel 28" + "stk. 3") is content and stays.
const NUMBER_WORD_BEFORE = /(?:artikel|art\.|stk\.|nr\.|punkt|pkt\.|bestemmelse|afsnit|kapitel|side|litra|bilag|senest|inden|op til|mindst|højst|within|least|most|to|of|clause|section|article|annex|page|than|end|og|and|or|eller)$/iu;
const UNIT_AFTER = /^(?:timer|time|dage|dag|døgn|uger|uge|måneder|måned|år|arbejdsdage|kalenderdage|hours?|days?|weeks?|months?|years?|business|calendar|working|procent|pct|kr|kroner|euro|eur|dkk|personer|medarbejdere|stk)\b/iu;

/** After page furniture is marked, so a footer line ("Side 1 af 12") is already gone. */
export function dropGluedPageNumbers(slots: LineSlot[], removed: RemovedText[]): void {
  for (let k = 0; k < slots.length; k++) {
    const slot = slots[k]!;
    if (slot.blank || slot.removed || slot.m.raw.kind === 'table-row' || slot.m.raw.kind === 'heading') continue;
    const hit = gluedPageNumber(slot.m.text);
    if (!hit) continue;
    const next = nextTextSlot(slots, k);
    if (!next || !/^[a-zß-öø-ÿ]/u.test(next.m.text.trimStart()) || UNIT_AFTER.test(next.m.text.trimStart())) continue;
    if (NUMBER_WORD_BEFORE.test(slot.m.text.slice(0, hit.index))) continue;
    const digits = hit.digits;
    removed.push({ kind: 'page-number', text: digits, position: { line: slot.m.line, column: slot.m.cols[hit.digitsAt]!, page: slot.m.page } });
    slot.m = sliceLine(slot.m, 0, hit.index);
    next.m = { ...next.m, raw: { ...next.m.raw, paragraphStart: false } };
  }
}

/** " 8" at the end of a line after a lower-case word; found from the end so a long line costs no backtracking. */
function gluedPageNumber(text: string): { index: number; digitsAt: number; digits: string } | null {
  let end = text.length;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  let digitsAt = end;
  while (digitsAt > 0 && end - digitsAt < 4 && isDigit(text.charCodeAt(digitsAt - 1))) digitsAt--;
  if (digitsAt === end || end - digitsAt > 3) return null;
  let index = digitsAt;
  while (index > 0 && isBlank(text.charCodeAt(index - 1))) index--;
  if (index === digitsAt || index < 2 || !/[a-zß-öø-ÿ][a-zß-öø-ÿ]/u.test(text.slice(index - 2, index))) return null;
  return { index, digitsAt, digits: text.slice(digitsAt, end) };
}

const isBlank = (c: number) => c === 32 || c === 9;
const isDigit = (c: number) => c >= 48 && c <= 57;

function nextTextSlot(slots: LineSlot[], k: number): LineSlot | null {
  for (let j = k + 1; j < slots.length && j <= k + 6; j++) {
    const s = slots[j]!;
    if (s.blank || s.removed) continue;
    return s.m.raw.kind === 'table-row' || s.m.raw.kind === 'heading' ? null : s;
  }
  return null;
}
