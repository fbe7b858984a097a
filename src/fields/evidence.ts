// Evidence: the quote a value was read from and where it sits, so a rule can point at it.

export interface Evidence {
  /** The text as it stands in the normalised document (whitespace runs collapsed, at most ~300 characters). */
  quote: string;
  /** UTF-16 offset of the quote's first character in NormalizedDocument.text. */
  offset: number;
  /** Template clause id the value belongs to ("10.2", "B.1", "C.6"), or null when it is not tied to one. */
  clause: string | null;
}

const MAX_QUOTE = 300;

/** Evidence for text[start, end): trimmed, whitespace collapsed, cut at a word boundary if long. */
export function evidenceAt(text: string, start: number, end: number, clause: string | null): Evidence {
  let s = Math.max(0, start);
  let e = Math.min(text.length, Math.max(s, end));
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  let quote = text.slice(s, e).replace(/\s+/g, ' ');
  if (quote.length > MAX_QUOTE) {
    const cut = quote.lastIndexOf(' ', MAX_QUOTE);
    quote = `${quote.slice(0, cut > MAX_QUOTE / 2 ? cut : MAX_QUOTE)} …`;
  }
  return { quote, offset: s, clause };
}

/**
 * Evidence for a match inside a long sentence: the sentence cut to a window around the match (at word boundaries), so
 * that the quote shows the value and not only the sentence's first 300 characters.
 */
export function evidenceAround(text: string, sentence: { start: number; end: number }, match: { start: number; end: number }, clause: string | null, before = 140, after = 100): Evidence {
  let s = Math.max(sentence.start, match.start - before);
  let e = Math.min(sentence.end, match.end + after);
  if (s > sentence.start) {
    const space = text.indexOf(' ', s);
    if (space !== -1 && space < match.start) s = space + 1;
  }
  if (e < sentence.end) {
    const space = text.lastIndexOf(' ', e);
    if (space > match.end) e = space;
  }
  return evidenceAt(text, s, e, clause);
}

/** Collapse whitespace and trim a value read from the document. */
export function clean(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
