// Types of the Art. 28 checklist: what GDPR Art. 28(2)-(4) requires a DPA to contain, how each element is
// recognised in Danish and English wording, and what the checklist found.

/** Element codes. The first 19 are exactly those of the art28-dpa-sentences benchmark; the last four are ours. */
export const ELEMENT_CODES = [
  'documented-instructions',
  'legal-requirement-notice',
  'infringing-instruction-notice',
  'confidentiality',
  'security-measures',
  'security-risk-assessment',
  'subprocessor-authorisation',
  'subprocessor-changes-notice',
  'subprocessor-flow-down',
  'subprocessor-liability',
  'assist-data-subject-rights',
  'assist-security',
  'assist-breach-notification-authority',
  'assist-breach-communication-subjects',
  'assist-dpia',
  'assist-prior-consultation',
  'delete-or-return',
  'demonstrate-compliance',
  'audits-inspections',
  'subject-matter-duration',
  'nature-purpose',
  'personal-data-types',
  'data-subject-categories',
] as const;

export type ElementCode = (typeof ELEMENT_CODES)[number];

/** Codes that the benchmark (art28-dpa-sentences) labels. */
export const BENCHMARK_CODES: readonly ElementCode[] = ELEMENT_CODES.slice(0, 19);

export interface Requirement {
  code: ElementCode;
  /** Legal basis as cited in messages, e.g. "GDPR Art. 28(3)(h)". */
  basis: string;
  /** Short name, e.g. "audits, including inspections". */
  title: string;
  /** What the DPA must say, as one sentence ("The processor must allow for and contribute to audits …"). */
  requirement: string;
  /** How to fix it. */
  suggestion: string;
  /**
   * Template clauses that carry this element, by template id. When the document is aligned to that template and
   * one of these clauses is present and unchanged in substance, alignment already proves the element.
   */
  templateClauses: Record<string, readonly string[]>;
  /** The Art. 28(3) particulars (subject matter, duration, nature, purpose, data, data subjects), usually an annex. */
  particular: boolean;
}

/**
 * One way of expressing an element: every regex in `all` must match the same sentence (a list point may borrow
 * concepts from its lead-in, see index.ts), none in `none` may. Regexes are written without nested quantifiers so
 * they stay linear.
 */
export interface Pattern {
  /** Stable id for explanations, e.g. "en:instructions-only". */
  id: string;
  all: readonly RegExp[];
  none?: readonly RegExp[];
  /** Skip the negation check (the pattern itself is phrased as a prohibition, e.g. "shall not … without"). */
  negationOk?: boolean;
}

export type Lexicon = Record<ElementCode, readonly Pattern[]>;

export interface ChecklistItem {
  code: ElementCode;
  satisfied: boolean;
  /** The sentence that satisfies it (first found), with its offsets in the normalised text. */
  sentence: string | null;
  start: number | null;
  end: number | null;
  /** Id of the pattern that matched. */
  pattern: string | null;
  /** A sentence that matched but was rejected as negated ("the processor is not obliged to …"). */
  negated: { sentence: string; start: number } | null;
}

export interface ChecklistResult {
  language: 'da' | 'en';
  items: ChecklistItem[];
}
