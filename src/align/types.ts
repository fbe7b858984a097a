import type { Clause, ClauseStatus } from '../model.js';
import type { Template, TemplateClause } from '../template/types.js';

/** A word-level edit between the template's fixed text and the document. */
export interface WordChange {
  kind: 'removed' | 'added' | 'replaced';
  /** Template words (removed/replaced). */
  before: string;
  /** Document words (added/replaced). */
  after: string;
  /** True when the change alters meaning (number, negation, modal verb, deleted obligation, inserted condition). */
  substantive: boolean;
  /** Why it counts as substantive, e.g. "changed number", "removed negation". */
  reason: string | null;
  /** True when matched words of the template's fixed text stand on both sides (no slot next to it). */
  withinFixedText?: boolean;
  /** Offsets in the normalised text of the document words involved (for a removal: where they would have been). */
  start: number;
  end: number;
}

export interface ClauseMatch {
  template: TemplateClause;
  /** Document clauses aligned to this template clause (more than one when the document split it). */
  clauses: Clause[];
  status: ClauseStatus;
  /** 0..1 word-level similarity of the fixed text. */
  similarity: number;
  /** Variant of the template clause the document follows ("option-2", "2024"), if any. */
  variant: string | null;
  /** Word changes outside slots and choices. */
  changes: WordChange[];
  /** Redline of the fixed text: "[-removed-]{+added+}". Empty when identical. */
  redline: string;
  /** Values the document put into the template's slots, by slot name (first occurrence). */
  slots: Record<string, string>;
}

export interface Alignment {
  template: Template;
  /** One entry per template clause, in template order. */
  matches: ClauseMatch[];
  /** Document clauses that match no template clause. */
  extras: Clause[];
  /** Document clause id → template clause id, for every aligned clause. */
  docToTemplate: Map<string, string>;
  /** Template clause id → the document's id for it. */
  templateToDoc: Map<string, string>;
}
