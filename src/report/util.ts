import { isAbsolute, relative, sep } from 'node:path';
import type { Finding, FileResult, LintReport, Severity } from '../model.js';
import type { RuleMeta } from '../engine/types.js';

/** Where rule doc pages are published (helpUri in SARIF, links in every report). */
export const REPO_URL = 'https://github.com/dpa-lint/dpa-lint';

export function ruleDocUrl(ruleId: string, meta?: RuleMeta): string {
  return `${REPO_URL}/blob/main/${meta?.docs ?? `docs/rules/${ruleId}.md`}`;
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
  suppressed: number;
}

export function countFindings(findings: Finding[], suppressed = 0): Counts {
  const c: Counts = { error: 0, warning: 0, info: 0, suppressed };
  for (const f of findings) c[f.severity]++;
  return c;
}

export function countFile(file: FileResult): Counts {
  return countFindings(file.findings, file.suppressed?.length ?? 0);
}

export function countReport(report: LintReport): Counts & { fileErrors: number } {
  const total = { error: 0, warning: 0, info: 0, suppressed: 0, fileErrors: 0 };
  for (const file of report.files) {
    const c = countFile(file);
    total.error += c.error;
    total.warning += c.warning;
    total.info += c.info;
    total.suppressed += c.suppressed;
    if (file.error) total.fileErrors++;
  }
  return total;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
export function severityRank(s: Severity): number {
  return SEVERITY_RANK[s];
}

/** A path relative to cwd with forward slashes; stdin and paths outside cwd stay as given (but with forward slashes). */
export function displayPath(path: string, cwd: string): string {
  if (path.startsWith('<')) return path;
  const rel = isAbsolute(path) ? relative(cwd, path) : path;
  // Outside cwd a relative path ("../../tmp/x") says less than the absolute one.
  const out = rel === '' || rel.startsWith('..') ? path : rel;
  return out.split(sep).join('/');
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** Sorted unique values; deterministic regardless of insertion order. */
export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
