// Library API: lint DPAs and format reports from other tools.
export { lintFiles, lintText, lintFile, lintBuffer, UsageError } from './engine/lint.js';
export type { LintSourceOptions } from './engine/lint.js';
export { closeIsolation } from './engine/isolate.js';
export { formatters } from './report/index.js';
export type { Formatter, FormatContext } from './report/index.js';
export { ConfigLoader, ConfigError } from './config/index.js';
export type { FileConfig } from './config/index.js';
export { applyWaivers, loadWaivers } from './waivers/index.js';
export type { Waiver, WaiversFile } from './waivers/index.js';
export { main } from './cli/main.js';
export type { CliIO } from './cli/main.js';
export type {
  Finding,
  SuppressedFinding,
  FileResult,
  FileError,
  LintReport,
  Severity,
  SourcePosition,
  ClauseSummary,
  ClauseStatus,
  DocFormat,
} from './model.js';
export type { Rule, RuleMeta, RuleSetting, LintOptions } from './engine/types.js';
