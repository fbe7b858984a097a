// The canonical template model (corpus/templates/<id>.json), derived from ../shared/templates/*.md
// by scripts/build-templates.ts. Text outside slots and choices is fixed: any substantive change to it is a deviation.

export type SlotType = 'text' | 'duration' | 'party' | 'authority' | 'date' | 'country' | 'service' | 'list';

/** A piece of a clause's canonical text. */
export type TemplatePart =
  | { type: 'text'; text: string }
  | { type: 'slot'; name: string; slotType: SlotType }
  /** Inline alternatives the template offers ({{choice:A|B}}): any one of them is conformant. */
  | { type: 'choice'; options: string[] };

export interface TemplateVariant {
  /** "option-1", "option-2" (7.3), "2020", "2024" (7.6), "option-1"/"option-2" (EU 7.7(a)). */
  id: string;
  /** Human label, e.g. "VALG 1 FORUDGÅENDE SPECIFIK GODKENDELSE". */
  label: string;
  parts: TemplatePart[];
}

export type TemplateClauseKind = 'section' | 'clause' | 'litra' | 'annex' | 'annex-section';

export interface TemplateClause {
  /** "2.1", "9.2.a", "A.3", "B.1", "D"; sections: "7"; annexes: "A". EU SCC: "7.7(a)", "Annex I". */
  id: string;
  kind: TemplateClauseKind;
  /** Enclosing section or annex id ("7", "B"); null for top-level sections/annexes. */
  parent: string | null;
  /** Heading text (sections, annexes, annex sections). */
  title: string | null;
  /** Canonical text. When `variants` is set, parts of the first variant. Continuation paragraphs are joined with "\n\n". */
  parts: TemplatePart[];
  /** Alternative wordings, any one of which is conformant (7.3 option 1/2; 7.6 2020/2024; 11.1 options are inline choices). */
  variants?: TemplateVariant[];
  /** The template marks it optional (7.6 since March 2024; EU Clause 5 docking). */
  optional: boolean;
  /** Annex sections that must be filled in by the parties (A.1–A.5, B.1, C.1–C.8). */
  mustBeFilled: boolean;
  /** Ids this clause's canonical text refers to ("Bestemmelse 6.3." in 9.2 → "6.3"; "Bilag C.6" → "C.6"). */
  references: string[];
  /** Guidance/example text of the template (not contract text): its presence in a DPA is a left-over. */
  guidance?: string[];
}

export interface TemplateSection {
  id: string;
  title: string;
  kind: 'section' | 'annex';
}

export interface Template {
  id: string;
  title: string;
  language: 'da' | 'en';
  /** Publication, e.g. "2020-01 (amended 2024-03)". */
  version: string;
  /** Whether a DPA following this template counts as outdated (the 2018 Datatilsynet template). */
  outdated: boolean;
  sections: TemplateSection[];
  /** All clauses in template order (sections and annexes included as kind 'section'/'annex'). */
  clauses: TemplateClause[];
  /** Distinctive phrases that identify DPAs written on this template (used by template detection). */
  fingerprints: string[];
}
