import type { Finding } from '../model.js';

/** Total order on findings so output never depends on rule or Map iteration order. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.location.page ?? 0) - (b.location.page ?? 0) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.clause ?? '', b.clause ?? '') ||
    cmp(a.message, b.message) ||
    cmp(a.evidence, b.evidence)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
