// The processor's deadline for telling the controller about a personal data breach (clause 10.2): missing, without a
// unit, or so long that the controller cannot meet its own 72 hours towards the authority (Art. 33(1)).
import type { Rule } from '../src/engine/types.js';
import type { BreachDeadline } from '../src/fields/index.js';
import { meta } from './lib/shared.js';
import { fields, hours, intOption, onDatatilsynetTemplate, reportAt } from './lib/values.js';

interface Options {
  maxHours: number;
  requireDeadline: boolean;
}

const SUGGESTION = 'State the deadline in hours (e.g. "senest 24 timer efter, at denne er blevet bekendt med bruddet"), short enough that the controller can notify the authority within 72 hours.';

const rule: Rule<Options> = {
  meta: meta({
    id: 'breach-notice-deadline',
    description: "The processor's deadline for notifying the controller of a personal data breach is missing, has no unit or is too long",
    defaultSeverity: 'error',
    category: 'values',
    recommended: true,
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        maxHours: intOption('Longest acceptable deadline in hours (the controller has 72 hours in all).', 1),
        requireDeadline: { type: 'boolean', description: 'Report a breach clause that only says "without undue delay" (as a warning).' },
      },
    },
    defaultOptions: { maxHours: 48, requireDeadline: true },
  }),
  check(ctx) {
    const f = fields(ctx);
    if (!f) return;
    const { maxHours, requireDeadline } = ctx.options;
    const { deadline, statements } = f.breachNotice;
    if (!deadline) return;
    const reported = new Set<number>();
    const tooLong = (d: BreachDeadline) => {
      if (d.kind !== 'hours' || d.hours === null || d.hours <= maxHours || reported.has(d.evidence.offset)) return;
      reported.add(d.evidence.offset);
      const inHours = d.unit === 'hours' ? '' : ` (up to ${hours(d.hours)})`;
      reportAt(ctx, d.evidence, {
        message: `The processor may take ${d.text}${inHours} to notify the controller of a personal data breach: more than ${hours(maxHours)}, which leaves the controller too little of its own 72 hours`,
        expected: `at most ${hours(maxHours)}`,
        actual: d.text ?? hours(d.hours),
        suggestion: SUGGESTION,
      });
    };
    if (deadline.kind === 'unitless') {
      reportAt(ctx, deadline.evidence, {
        message: `The breach notification deadline "${deadline.text}" has no unit: it does not say whether ${deadline.value} means hours or days`,
        expected: 'a number with a unit, e.g. "24 timer"',
        actual: deadline.text ?? '',
        suggestion: SUGGESTION,
      });
    } else if (deadline.kind === 'missing') {
      reportAt(ctx, deadline.evidence, {
        message: 'The breach notification deadline of clause 10.2 is left empty',
        expected: 'a deadline in hours',
        actual: deadline.text ?? '(empty)',
        suggestion: SUGGESTION,
      });
    } else if (deadline.kind === 'undue-delay' && requireDeadline) {
      // GDPR itself only says "without undue delay" (Art. 33(2)); the template asks for a fixed time (10.2).
      reportAt(ctx, deadline.evidence, {
        message: 'The processor must notify breaches "without undue delay" but no deadline in hours is agreed',
        expected: 'a deadline in hours (clause 10.2)',
        actual: deadline.text ?? 'without undue delay',
        suggestion: SUGGESTION,
        severity: onDatatilsynetTemplate(ctx) ? 'error' : 'warning',
      });
    }
    tooLong(deadline);
    for (const s of statements) tooLong(s);
  },
};

export default rule;
