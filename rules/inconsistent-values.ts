// The same parameter stated twice with different values: which one binds is then a matter of interpretation, and the
// processor will rely on the longer deadline or the shorter notice.
import type { Rule } from '../src/engine/types.js';
import type { Evidence } from '../src/fields/index.js';
import { meta } from './lib/shared.js';
import { fields, reportAt } from './lib/values.js';

interface Stated {
  value: number;
  text: string;
  evidence: Evidence;
}

function where(e: Evidence): string {
  return e.clause ? (/^[A-D]$|^[A-D]\.\d/.test(e.clause) ? e.clause : `clause ${e.clause}`) : 'another place';
}

const rule: Rule = {
  meta: meta({
    id: 'inconsistent-values',
    description: 'The same parameter (breach deadline, sub-processor notice) is stated with different values',
    defaultSeverity: 'error',
    category: 'values',
    recommended: true,
  }),
  check(ctx) {
    const f = fields(ctx);
    if (!f) return;
    const check = (name: string, unit: string, list: Stated[]) => {
      const first = list[0];
      if (!first) return;
      const reported = new Set<number>();
      for (const other of list.slice(1)) {
        if (other.value === first.value || reported.has(other.value)) continue;
        reported.add(other.value);
        const a = where(first.evidence);
        const b = where(other.evidence);
        reportAt(ctx, other.evidence, {
          message: a === b ? `The ${name} is stated both as ${first.text} and as ${other.text} in ${a}` : `The ${name} is stated as ${first.text} in ${a} but as ${other.text} in ${b}`,
          expected: `${first.text} (${first.value} ${unit}), as in ${where(first.evidence)}`,
          actual: `${other.text} (${other.value} ${unit})`,
          suggestion: `State the ${name} once, or make every statement of it agree.`,
        });
      }
    };
    check(
      'breach notification deadline',
      'hours',
      f.breachNotice.statements
        .filter((s) => (s.kind === 'hours' || s.kind === 'immediate') && s.hours !== null)
        .map((s) => ({ value: s.hours!, text: s.text ?? '', evidence: s.evidence })),
    );
    check(
      'notice period for sub-processor changes',
      'days',
      f.subprocessorTerms.notices
        .filter((n) => (n.kind === 'advance-notice' || n.kind === 'approval-request') && n.days !== null)
        .map((n) => ({ value: n.days!, text: n.text ?? '', evidence: n.evidence })),
    );
  },
};

export default rule;
