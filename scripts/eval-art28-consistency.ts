// Judgement-free evidence of label noise in the art28-dpa-sentences benchmark (table D of `npm run eval:art28`): a
// false negative whose satisfying sentence is a near copy of a sentence that carries the same label in another DPA.
// The annotators labelled the same wording in one DPA and not in the other, so no reading of the text agrees with both.

/** Content words of a sentence (case, punctuation, numbering and single letters ignored). */
export function wordSet(sentence: string): Set<string> {
  return new Set(sentence.toLowerCase().match(/[a-z]{2,}/g) ?? []);
}

/**
 * Near copies: 80 % of the smaller sentence's words (at least 8 of them) occur in the other, and they make up half of
 * the larger one, so a short sentence inside a long one with other content does not count.
 */
export function nearCopy(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < 8) return false;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size >= 0.8 && shared / large.size >= 0.5;
}

export interface LabelledSentence {
  dpa: string;
  words: ReadonlySet<string>;
}

/** The DPA (other than `dpa`) holding a labelled near copy of `sentence`, if any. */
export function labelledTwin(dpa: string, sentence: string, labelled: readonly LabelledSentence[]): string | undefined {
  const words = wordSet(sentence);
  return labelled.find((l) => l.dpa !== dpa && nearCopy(words, l.words))?.dpa;
}
