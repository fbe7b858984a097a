// Numbering labels at the start of a paragraph, shared by the normaliser (a label starts a new block) and the segmenter.

export type LabelKind = 'number' | 'litra' | 'annex' | 'annex-section' | 'word';

export interface Label {
  kind: LabelKind;
  /** The label as written, e.g. "7.3.", "a)", "A.3.", "Bilag B", "Clause 7". */
  raw: string;
  /** Normalised id part: "7.3", "a", "A.3", "B", "7". */
  id: string;
  /** Numeric components for kind 'number' ([7, 3]); for annex sections [3]; for a full litra "9.2.a" [9, 2]. */
  parts: number[];
  /** Whether the written number ends with a period ("7." vs "7"). */
  period: boolean;
  /** Length of the label plus the separator after it: the body starts here. */
  length: number;
}

const MONTHS =
  /^(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|january|february|march|may|june|july|october)\b/i;

const NUMBER = /^(\d{1,2}(?:\.\d{1,2}){0,3})(\.?)(?:(?=[ \t])[ \t]*|$)/;
const FULL_LITRA = /^(\d{1,2}(?:\.\d{1,2}){1,2})\.([a-zæøå])([.)]?)(?:[ \t]+|$)/;
const LITRA = /^(?:\(([a-zæøå]|[ivx]{1,5})\)|([a-zæøå])[.)]|([ivx]{1,5})[.)])(?:[ \t]+|$)/;
const ANNEX =
  /^(Bilag|BILAG|Underbilag|Appendiks|APPENDIKS|Appendix|APPENDIX|Annex|ANNEX|Annexe|Schedule|SCHEDULE|Exhibit|EXHIBIT|Attachment|ATTACHMENT|Anlage)[ \t]+([A-Z]|\d{1,2}(?:\.[A-Z]\b)?|[IVX]{1,5})\b(?![.,]\w)\.?[ \t]*(?:[-:][ \t]+)?/;
const ANNEX_SECTION = /^([A-Z])\.(\d{1,2})(\.?)(?:[ \t]+|$)/;
const WORD_SECTION = /^(Clause|CLAUSE|Section|SECTION|Article|ARTICLE|Afsnit|Punkt|§)[ \t]*(\d{1,2}(?:\.\d{1,2})?)(\.?)(?:[ \t]+|$)/;

/** The numbering label at the start of `text`, or null. Dates ("1. januar") and version numbers ("1.0") are not labels. */
export function parseLabel(text: string): Label | null {
  const c = text.charCodeAt(0);
  // Every label starts with a digit, a letter, "(" or "§".
  if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 40 || c === 167 || c > 0xbf)) return null;
  let m = ANNEX_SECTION.exec(text);
  if (m) {
    return { kind: 'annex-section', raw: m[0].trim(), id: `${m[1]}.${Number(m[2])}`, parts: [Number(m[2])], period: m[3] === '.', length: m[0].length };
  }
  m = FULL_LITRA.exec(text);
  if (m) {
    // "9.2.a." — a litra written with its clause's full id, as the template and its references do.
    return { kind: 'litra', raw: m[0].trim(), id: `${m[1]}.${m[2]}`, parts: m[1]!.split('.').map(Number), period: m[3] === '.', length: m[0].length };
  }
  m = NUMBER.exec(text);
  if (m) {
    const parts = m[1]!.split('.').map(Number);
    const period = m[2] === '.';
    const rest = text.slice(m[0].length);
    // "15 Bilag A<TAB>Oplysninger …": Word's heading numbering ran on into the annexes; the annex is what counts.
    const annexAfter = parts.length === 1 ? ANNEX.exec(rest) : null;
    const annexTitle = annexAfter ? rest.slice(annexAfter[0].length) : '';
    // Only a heading: "6. Bilag A indeholder …" (a clause about the annex) goes on as a numbered clause.
    const annexHeading = annexAfter && (annexTitle === '' || /[\t]| {2,}/.test(annexAfter[0]) || /[.\-:][ \t]*$/.test(annexAfter[0]) || /^[A-ZÀ-ÖØ-Þ]/u.test(annexTitle));
    if (annexAfter && annexHeading && /^[A-Z]$/.test(annexAfter[2]!)) {
      return { kind: 'annex', raw: `${annexAfter[1]} ${annexAfter[2]}`, id: annexAfter[2]!, parts: [], period: false, length: m[0].length + annexAfter[0].length };
    }
    const ok =
      parts.every((p, k) => k === 0 || p > 0) &&
      parts[0]! > 0 &&
      !MONTHS.test(rest) &&
      // A bare number without a period ("2 Præambel") only counts when it is followed by a title-like word or nothing.
      (period || parts.length > 1 || /^[A-ZÀ-ÖØ-Þ]/u.test(rest) || rest === '') &&
      !/^[/%,]/.test(rest);
    if (ok) return { kind: 'number', raw: m[0].trim(), id: parts.join('.'), parts, period, length: m[0].length };
    return null;
  }
  m = ANNEX.exec(text);
  if (m) {
    const rest = text.slice(m[0].length);
    // "Bilag A indeholder ..." is a sentence about the annex, not its heading.
    const separated = /[.\-:][ \t]*$/.test(m[0]) || /\t| {2,}/.test(m[0].slice(m[1]!.length + 1 + m[2]!.length));
    if (rest === '' || separated || /^[A-ZÀ-ÖØ-Þ]/u.test(rest) || /^[("']/.test(rest)) {
      return { kind: 'annex', raw: `${m[1]} ${m[2]}`, id: m[2]!, parts: [], period: false, length: m[0].length };
    }
    return null;
  }
  m = WORD_SECTION.exec(text);
  if (m) {
    const parts = m[2]!.split('.').map(Number);
    return { kind: 'word', raw: m[0].trim(), id: parts.join('.'), parts, period: m[3] === '.', length: m[0].length };
  }
  m = LITRA.exec(text);
  if (m) {
    const id = (m[1] ?? m[2] ?? m[3])!;
    return { kind: 'litra', raw: m[0].trim(), id, parts: [], period: m[0].includes('.'), length: m[0].length };
  }
  return null;
}

/** Labels that start a heading-like block (annex headings and annex sections): only a lowercase line continues them. */
export function isHeadingLabel(label: Label | null): boolean {
  return label !== null && (label.kind === 'annex' || label.kind === 'annex-section');
}
