import type { Clause, DocFormat, ExtractedDocument, Finding, Language, SegmentedDocument, Severity, SourcePosition } from '../model.js';
import type { Template } from '../template/types.js';
import type { Alignment } from '../align/types.js';

/** Everything the rules can look at for one file. */
export interface LintDocument {
  path: string;
  format: DocFormat;
  language: Language;
  extracted: ExtractedDocument;
  segmented: SegmentedDocument;
  /** The best-matching known template, or null (template-unrecognized). */
  template: Template | null;
  templateConfidence: number;
  alignment: Alignment | null;
  /** Structured values (issue: value rules); filled by src/fields before rules run. */
  fields: Record<string, unknown> | null;
}

export interface RuleMeta {
  /** Public, stable id: CI configs and waivers name it. */
  id: string;
  description: string;
  defaultSeverity: Severity;
  category: 'template' | 'values' | 'checklist' | 'document';
  /** JSON schema of the rule's options object (validated with ajv); `{ type: 'object', additionalProperties: false }` when it has none. */
  schema: Record<string, unknown>;
  defaultOptions: Record<string, unknown>;
  /** Relative path of the doc page, e.g. "docs/rules/clause-missing.md". */
  docs: string;
  recommended: boolean;
}

/** What a rule reports; the engine fills in rule id, severity and location. */
export interface Report {
  message: string;
  clause?: string | null;
  /** Offset in the normalised text the finding points at; or give `position` directly. */
  offset?: number;
  position?: SourcePosition;
  evidence?: string;
  expected?: string;
  actual?: string;
  suggestion?: string;
  element?: string;
  redline?: string;
  /** Override the configured severity for this one finding (e.g. info for an optional clause). */
  severity?: Severity;
}

export interface RuleContext<O = Record<string, unknown>> {
  doc: LintDocument;
  options: O;
  report(report: Report): void;
  /** Convenience: the document clause a report about `clause` should point at. */
  clauseAt(templateId: string): Clause | null;
}

export interface Rule<O = Record<string, unknown>> {
  meta: RuleMeta;
  check(ctx: RuleContext<O>): void;
}

export type RuleSetting = 'off' | Severity | [Severity | 'off', Record<string, unknown>?];

export interface LintOptions {
  /** Severity/option overrides by rule id. */
  rules?: Record<string, RuleSetting>;
  /** Force a template id. */
  template?: string;
}

export type { Finding };
