// Words whose change alters what a clause obliges: numbers, negations, modal verbs, conditions.
// Keys are lower-case surface forms (matched before stemming, so "ikke" never collides with a stem).

export const NEGATIONS = new Set([
  'ikke', 'ingen', 'intet', 'ingenting', 'aldrig', 'hverken', 'uden',
  'not', 'no', 'never', 'neither', 'nor', 'without', 'none', "don't", "doesn't", "won't", "shan't", 'cannot',
]);

export const MODALS = new Set([
  'skal', 'kan', 'må', 'bør', 'vil', 'skulle', 'kunne', 'måtte', 'burde', 'kun', 'alene',
  'shall', 'must', 'may', 'can', 'should', 'will', 'might', 'could', 'would', 'only', 'solely',
]);

export const CONDITIONS = new Set([
  'medmindre', 'såfremt', 'hvis', 'forudsat', 'dog', 'undtagen', 'undtagelsesvis', 'forudsætning', 'betinget',
  'unless', 'provided', 'if', 'except', 'subject', 'however', 'notwithstanding', 'conditional',
]);

const NUMBER_WORDS = new Set([
  'to', 'tre', 'fire', 'fem', 'seks', 'syv', 'otte', 'ni', 'ti', 'elleve', 'tolv', 'femten', 'tyve', 'tredive', 'fyrre', 'halvtreds',
  'hundrede', 'første', 'anden', 'andet', 'tredje', 'fjerde', 'femte',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty',
  'fifty', 'hundred', 'first', 'second', 'third', 'fourth', 'fifth',
]);

// Words that carry no obligation on their own: adding or dropping one is a wording change, not a deviation.
export const FUNCTION_WORDS = new Set([
  'og', 'i', 'at', 'det', 'den', 'de', 'en', 'et', 'til', 'af', 'på', 'for', 'med', 'som', 'er', 'der', 'om', 'fra', 'eller',
  'samt', 'jf', 'stk', 'nr', 'ved', 'denne', 'dette', 'disse', 'sin', 'sit', 'sine', 'hans', 'hendes', 'deres', 'have', 'har',
  'være', 'blive', 'bliver', 'blevet', 'været', 'også', 'herunder', 'heraf', 'hertil', 'her', 'så', 'da', 'når', 'mv', 'mm', 'osv',
  'bl', 'a', 'evt', 'pkt', 'punkt', 'bestemmelse', 'bestemmelserne', 'afsnit',
  'the', 'a', 'an', 'of', 'to', 'and', 'or', 'in', 'on', 'for', 'by', 'with', 'as', 'is', 'be', 'are', 'that', 'this', 'these',
  'those', 'its', 'their', 'which', 'such', 'any', 'all', 'at', 'from', 'it', 'has', 'have', 'been', 'also', 'including', 'e.g',
  'i.e', 'etc', 'clause', 'section',
]);

export function isNumberWord(lower: string): boolean {
  return /\d/.test(lower) || NUMBER_WORDS.has(lower);
}

export type SubstantiveReason =
  | 'changed number'
  | 'changed reference'
  | 'added negation'
  | 'removed negation'
  | 'changed modal verb'
  | 'inserted condition'
  | 'deleted text'
  | 'inserted text'
  | 'rewritten'
  | 'reworded';

// Insertions that only restate the law the clause already refers to (Art. 33's 72 hours): not a deviation.
export const STATUTORY_RESTATEMENTS = /\b(?:inden|indenfor|inden for|senest|within|no later than)\s+72\s+(?:timer|hours)\b|\b(?:jf|cf)\.?\s+(?:artikel|article|art)\.?\s+\d+\b/gu;

// Names for the same thing: the Danish supervisory authority is "Datatilsynet".
export const EQUIVALENT_PHRASES = [/^(?:den\s+)?(?:kompetente\s+)?tilsynsmyndighed(?:en)?$|^datatilsynet$|^(?:the\s+)?(?:competent\s+)?supervisory\s+authority$/u];
