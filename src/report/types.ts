import type { LintReport } from '../model.js';
import type { RuleMeta } from '../engine/types.js';

/** What a formatter may know besides the report. Every field is optional so library users can call a formatter directly. */
export interface FormatContext {
  /** Paths in SARIF/HTML are made relative to this folder. Default: process.cwd(). */
  cwd?: string;
  /** Metadata of the known rules (SARIF tool.driver.rules, doc links, JUnit testcases). */
  rules?: RuleMeta[];
  /** ANSI colours (stylish only). */
  color?: boolean;
  /** Tool version for SARIF/HTML. */
  version?: string;
  /** Rule ids that ran on each file (by FileResult.path); JUnit lists one testcase per rule that ran. */
  enabledRules?: Record<string, string[]>;
  /** --max-warnings, so stylish can say when it was exceeded. */
  maxWarnings?: number;
  /** Title of the HTML report. */
  title?: string;
}

export type Formatter = (report: LintReport, ctx?: FormatContext) => string;
