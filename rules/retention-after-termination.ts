// Data (backups included) kept after the service ends or after a deletion request, for longer than maxDays and without
// a legal requirement named (Art. 28(3)(g); template 11.1 and C.4).
import type { Rule } from '../src/engine/types.js';
import { meta } from './lib/shared.js';
import { days, fields, intOption, reportAt } from './lib/values.js';

interface Options {
  maxDays: number;
}

const rule: Rule<Options> = {
  meta: meta({
    id: 'retention-after-termination',
    description: 'Data or backups are kept after termination or a deletion request for longer than allowed, without a legal requirement',
    defaultSeverity: 'warning',
    category: 'values',
    recommended: true,
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: { maxDays: intOption('Longest acceptable retention after termination or a deletion request, in calendar days.', 0) },
    },
    defaultOptions: { maxDays: 30 },
  }),
  check(ctx) {
    const f = fields(ctx);
    if (!f) return;
    const seen = new Set<number>();
    for (const p of f.retention.periods) {
      if (p.trigger === 'other' || p.legalRequirement || p.days <= ctx.options.maxDays) continue;
      if (seen.has(p.evidence.offset)) continue;
      seen.add(p.evidence.offset);
      const after = p.trigger === 'termination' ? 'after the service ends' : 'after deletion is requested';
      reportAt(ctx, p.evidence, {
        clause: p.evidence.clause ?? 'C.4',
        message: `${p.backup ? 'Backups keep the data' : 'The data is kept'} for ${days(p.days)} ${after}, longer than ${days(ctx.options.maxDays)}, and no legal requirement is named`,
        expected: `deletion within ${days(ctx.options.maxDays)}, or the law that requires longer storage`,
        actual: days(p.days),
        suggestion: 'Shorten the period (backups included), or name the EU or national law that requires the data to be kept (clause 11.1).',
      });
    }
  },
};

export default rule;
