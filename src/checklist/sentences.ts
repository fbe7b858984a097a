// Sentence splitting for the checklist. Legal text is full of abbreviations ("Art. 28", "jf. stk. 3", "e.g."),
// numbered points and lists, so a generic splitter cuts it in the wrong places. We split on blank lines, on single
// line breaks that end a sentence or start a list point, on sentence-final punctuation not preceded by a known
// abbreviation, and on ";" / ":" before a new list point: each point of "The processor shall: (a) …; (b) …" is its
// own obligation and must be matched on its own.

export interface Sentence {
  text: string;
  /** Offsets in the input text (half-open). */
  start: number;
  end: number;
  /** The nearest preceding heading-like line (short, no final full stop), for context. */
  heading: string | null;
}

/** Abbreviations (lower case, without the final dot) after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  // English
  'art', 'arts', 'no', 'nos', 'e.g', 'i.e', 'eg', 'ie', 'cf', 'etc', 'incl', 'inc', 'ltd', 'co', 'corp', 'para', 'paras',
  'sec', 'sect', 'p', 'pp', 'vs', 'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'approx', 'viz', 'ref', 'fig', 'ch', 'reg', 'u.s',
  'e.u', 'u.k', 'resp', 'min', 'max', 'est', 'llc', 'b.v', 's.a', 'gmbh', 'ag', 'nv', 'plc',
  // Danish
  'jf', 'stk', 'nr', 'pkt', 'f.eks', 'bl.a', 'evt', 'inkl', 'mht', 'vedr', 'ca', 'dvs', 'osv', 'mv', 'm.v', 'kap', 'bek',
  'lov', 'afsn', 'litra', 'hhv', 'iht', 'ift', 'pga', 'ang', 'aps', 'a/s', 'nb', 'bilag', 'tlf', 'att', 'j.nr', 'sml',
]);

// "7. ", "7.3 ", "7.3. ", "(a) ", "a) ", "• "; not a bare number ("32 to 36 GDPR" continuing "Art.").
const LIST_MARKER = /^(?:\(?[a-z]{1,2}\)|\(?[ivxlc]{1,6}\)|\(?\d{1,2}\)|\d{1,2}(?:\.\d{1,2}){0,3}\.\s|\d{1,2}(?:\.\d{1,2}){1,3}\s|[a-z]\.\s|[•▪◦‣·*–—-]\s)/i;
const HEADING_MAX = 90;

/** Split `text` into sentences with offsets. Linear in the text length. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let heading: string | null = null;
  // Lines with their offsets.
  const lines: Array<{ text: string; start: number }> = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    lines.push({ text: line, start: pos });
    pos += line.length + 1;
  }
  // Group lines into segments: a new segment starts after a blank line, after a line that ends a sentence,
  // before a list point, and around table rows and heading-like lines.
  let seg: { start: number; end: number } | null = null;
  const flush = (): void => {
    if (!seg) return;
    const segText = text.slice(seg.start, seg.end);
    const trimmed = segText.trim();
    if (trimmed) {
      if (isHeadingLike(trimmed)) heading = trimmed.replace(/^[#\s]+/, '');
      for (const s of splitSegment(segText, seg.start)) out.push({ ...s, heading });
    }
    seg = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.text.trim();
    if (!t) {
      flush();
      continue;
    }
    const previousLine = i > 0 ? lines[i - 1]!.text.trim() : '';
    const startsNew = (LIST_MARKER.test(t) && !endsWithAbbreviation(previousLine)) || t.startsWith('#') || t.includes(' | ');
    if (seg && startsNew) flush();
    const lineEnd = line.start + line.text.length;
    if (!seg) seg = { start: line.start, end: lineEnd };
    else seg.end = lineEnd;
    // A line that ends a sentence, a table row or a heading closes the segment.
    if ((/[.;:!?]["”’)]?\s*$/.test(t) && !endsWithAbbreviation(t)) || t.includes(' | ') || t.startsWith('#')) flush();
    else if (isHeadingLike(t) && i + 1 < lines.length && startsUpper(lines[i + 1]!.text.trim()) && t.length < 60) flush();
  }
  flush();
  return out;
}

/** "… obligations under Art." at a line end does not end the sentence. */
function endsWithAbbreviation(line: string): boolean {
  // Only the line's tail: the pattern is quadratic on a long run of letters and dots, and abbreviations are short.
  const word = /(?<![A-Za-zÀ-ÖØ-öø-ɏ./])([A-Za-zÀ-ÖØ-öø-ɏ./]+)\.$/u.exec(line.slice(-24))?.[1]?.toLowerCase();
  return word !== undefined && ABBREVIATIONS.has(word);
}

function startsUpper(s: string): boolean {
  return /^[A-ZÀ-ÖØ-Þ"“(]/u.test(s);
}

function isHeadingLike(t: string): boolean {
  if (t.startsWith('#')) return true;
  if (t.length > HEADING_MAX) return false;
  if (/[.;:,]$/.test(t)) return false;
  // Few words, mostly capitalised or numbered: "7. Sub-processors", "Bilag A", "Audit rights".
  return /^(?:\d+(?:\.\d+)*\.?\s+|[A-Z]\.\d*\s+|(?:annex|appendix|schedule|bilag|exhibit|section|clause)\b)?[A-ZÀ-ÖØ-Þ]/iu.test(t) && t.split(/\s+/).length <= 12;
}

/** Split one segment (text without blank lines) into sentences. */
function splitSegment(segText: string, base: number): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  let from = 0;
  const push = (to: number): void => {
    const raw = segText.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) out.push({ text: body.replace(/\s+/g, ' '), start: base + from + lead, end: base + from + lead + body.length });
    from = to;
  };
  // Candidate boundaries: ". X", "? X", "! X" (also before a lower-case word: text extracted from PDFs often joins a
  // sentence to the next list point, "…of that State. that it has instructed …"), every "; " (the points of a list are
  // separate obligations), ": (a)" / ": (A)", and a capitalised party's promise after a name or a number ("… USA Online
  // Learning Management System Processor shall impose …": an address row that lost its cell borders and full stop).
  const re = /([.!?])["”’)]?\s+(?=[A-Za-zÀ-ÖØ-öø-ɏ\d"“(])|;\s+|:\s+(?=(?:and\s+|or\s+|og\s+|eller\s+)?\(?(?:[a-zA-Z]{1,2}|[ivxIVX]{1,5}|\d{1,2})\)\s)|(?<=^|\s)(?!(?:The|A|An|Each|Any|Such|If|Where|When|That|This|Its|Our|Your|Data|Personal|Sub|Other|Another|Relevant|Applicable|Said|Same|No|Every|New|Main|Lead|Primary)\s)(?:[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ɏ]{0,40}|\d{1,12})\s+(?=(?:The\s+)?(?:Processor|Controller|Supplier|Provider|Vendor|Customer)\s+(?:shall|will|must|agrees|undertakes)\b)/gu;
  for (const m of segText.matchAll(re)) {
    const idx = m.index;
    if (m[1]) {
      // Full stop after an abbreviation or a single letter/number ("Art. 28", "stk. 3", "7.3. Text" is a boundary).
      const before = segText.slice(Math.max(0, idx - 12), idx);
      const word = /([A-Za-zÀ-ÖØ-öø-ɏ./]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
      if (m[1] === '.' && (ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/^\./, '')) || /^[A-Za-zÀ-ÖØ-öø-ɏ]$/u.test(word))) continue;
      // "Article 28(3). Next": keep; "28. The" after a bare number inside a sentence ("Art. 28. stk") rarely happens.
    }
    push(idx + m[0].length);
  }
  push(segText.length);
  return out;
}
