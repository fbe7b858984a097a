// Negation: a sentence that names an element only to exclude it ("the processor is not obliged to assist …",
// "databehandleren er ikke forpligtet til …") must not satisfy it. Prohibitions with an exception ("shall not engage
// a sub-processor without prior authorisation", "må ikke … uden forudgående godkendelse") are how the GDPR itself
// words several obligations, so they are not negations. A negation reaches to the end of its clause only:
// "… will inform the controller …, and disclaims any liability for such instructions" still makes the promise.

const EN_CUES: readonly RegExp[] = [
  /\b(?:is|are|be|shall|will|does|do|has|have)\s+not\s+(?:be\s+)?(?:obliged|obligated|required|responsible|liable|bound|expected|under\s+any\s+obligation)\b/giu,
  /\b(?:under\s+no|no|without\s+any)\s+(?:obligation|duty|responsibility|liability)\b/giu,
  /\b(?:shall|will)\s+have\s+no\b/giu,
  /\bdisclaims?\b/giu,
  /\bnot\s+(?:obliged|required|liable|responsible)\b/giu,
];

/** "not <verb>" is a negation unless an exception makes it a conditional prohibition. */
const EN_NOT_VERB = /\b(?:not|never|neither)\s+(?:to\s+)?(?:assist|provide|allow|permit|contribute|notify|inform|delete|return|support|co-?operate|make\s+available|submit|accept|be\s+subject|ensure|audit|inspect)\b|\b(?:cannot|can't|won't)\s+(?:assist|provide|allow|permit|contribute|notify|inform|delete|return|support|co-?operate|make\s+available|submit|accept|audit|inspect|request)\b/giu;
const EN_EXCEPTION = /\b(?:without|except|unless|other\s+than|otherwise\s+than|save|until|prior\s+to|before|beyond|more\s+than|except\s+as|only)\b/iu;

// Danish words end in æ/ø/å, where \b (ASCII) does not work: use letter lookarounds with the u flag.
const DA_CUES: readonly RegExp[] = [
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])ikke\s+(?:forpligtet|forpligtiget|ansvarlig|pligt)(?![A-Za-zÀ-ÖØ-öø-ɏ])/giu,
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:ingen|uden\s+nogen)\s+(?:pligt|forpligtelse|forpligtelser|ansvar)(?![A-Za-zÀ-ÖØ-öø-ɏ])/giu,
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])fraskriver(?![A-Za-zÀ-ÖØ-öø-ɏ])/giu,
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])har\s+ikke\s+(?:pligt|ansvar|ret)(?![A-Za-zÀ-ÖØ-öø-ɏ])/giu,
];
const DA_NOT_VERB = /(?<![A-Za-zÀ-ÖØ-öø-ɏ])ikke\s+(?:at\s+)?(?:bistå|hjælpe|give\s+adgang|tillade|slette|tilbagelevere|underrette|medvirke|stille|bidrage|acceptere)(?![A-Za-zÀ-ÖØ-öø-ɏ])/giu;
const DA_EXCEPTION = /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:uden|medmindre|undtagen|førend|før|forudgående|ud\s+over|kun)(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu;

/** Clause boundaries: the span a negation governs ends here. */
const CLAUSE_BOUNDARY = /[,;:()]|\s(?:and|but|or|whereas|og|men|eller)\s/giu;

export interface NegationSpan {
  start: number;
  end: number;
  cue: string;
}

/** The clauses of `sentence` that carry a negation (empty when there is none). */
export function negatedSpans(sentence: string): NegationSpan[] {
  const spans: NegationSpan[] = [];
  const add = (re: RegExp): void => {
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re)) spans.push(clauseAround(sentence, m.index, m.index + m[0].length, m[0]));
  };
  for (const cue of EN_CUES) add(cue);
  for (const cue of DA_CUES) add(cue);
  // "not <verb>" counts only in a clause without an exception ("shall not … without …").
  for (const [re, exception] of [
    [EN_NOT_VERB, EN_EXCEPTION],
    [DA_NOT_VERB, DA_EXCEPTION],
  ] as const) {
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re)) {
      const span = clauseAround(sentence, m.index, m.index + m[0].length, m[0]);
      if (!exception.test(sentence.slice(span.start, span.end))) spans.push(span);
    }
  }
  return spans;
}

function clauseAround(sentence: string, start: number, end: number, cue: string): NegationSpan {
  let s = 0;
  let e = sentence.length;
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (const b of sentence.matchAll(CLAUSE_BOUNDARY)) {
    if (b.index + b[0].length <= start) s = b.index + b[0].length;
    else if (b.index >= end) {
      e = b.index;
      break;
    }
  }
  return { start: s, end: e, cue };
}

/** The sentence with its negated clauses blanked out (same length, so offsets stay valid). */
export function withoutNegatedClauses(sentence: string, spans: readonly NegationSpan[]): string {
  let out = sentence;
  for (const { start, end } of spans) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}

/** True when the sentence contains a negated clause. */
export function isNegated(sentence: string): boolean {
  return negatedSpans(sentence).length > 0;
}
