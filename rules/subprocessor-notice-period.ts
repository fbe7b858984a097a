// Notice of sub-processor changes (7.3 option 2, Bilag B.2; Art. 28(2)): the controller can only object in time if the
// notice gives it time. Too short, vague, or silence treated as approval too soon.
import type { Rule } from '../src/engine/types.js';
import type { NoticeStatement } from '../src/fields/index.js';
import { meta } from './lib/shared.js';
import { days, fields, intOption, reportAt } from './lib/values.js';

interface Options {
  minDays: number;
  minObjectionDays: number;
}

const rule: Rule<Options> = {
  meta: meta({
    id: 'subprocessor-notice-period',
    description: 'Notice of sub-processor changes is shorter than the minimum, vague, or treats silence as approval too soon',
    defaultSeverity: 'error',
    category: 'values',
    recommended: true,
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        minDays: intOption('Shortest acceptable notice of a new or replaced sub-processor, in calendar days.', 0),
        minObjectionDays: intOption('Shortest acceptable time for the controller to object after the notice, in calendar days (reported as a warning).', 0),
      },
    },
    defaultOptions: { minDays: 30, minObjectionDays: 14 },
  }),
  check(ctx) {
    const f = fields(ctx);
    if (!f) return;
    const { minDays, minObjectionDays } = ctx.options;
    const seen = new Set<string>();
    const once = (n: NoticeStatement) => {
      const key = `${n.evidence.offset}:${n.kind}:${n.text}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    };
    for (const n of f.subprocessorTerms.notices) {
      if (n.vague) {
        if (!once(n)) continue;
        reportAt(ctx, n.evidence, {
          message: `Notice of sub-processor changes is "${n.text}": no period is agreed`,
          expected: `notice of at least ${days(minDays)}`,
          actual: n.text ?? '',
          suggestion: `State the notice in days, e.g. "med mindst ${minDays} dages varsel".`,
        });
        continue;
      }
      if (n.days === null) continue;
      if ((n.kind === 'advance-notice' || n.kind === 'approval-request') && n.days < minDays) {
        if (!once(n)) continue;
        reportAt(ctx, n.evidence, {
          message:
            n.kind === 'approval-request'
              ? `The processor need only ask for approval of a sub-processor ${n.text} before using it: less than ${days(minDays)}`
              : `The processor may add or change sub-processors on ${n.text} notice: less than ${days(minDays)}, too short for the controller to assess and object`,
          expected: `at least ${days(minDays)}`,
          actual: n.text ?? days(n.days),
          suggestion: `Give the controller at least ${days(minDays)} notice before a new or replaced sub-processor is used.`,
        });
      } else if (n.kind === 'deemed-approval' && n.days < minDays) {
        if (!once(n)) continue;
        reportAt(ctx, n.evidence, {
          message: `Silence is treated as approval of a sub-processor change after ${n.text}: less than ${days(minDays)}`,
          expected: `at least ${days(minDays)} before silence counts as approval`,
          actual: n.text ?? days(n.days),
          suggestion: 'Let the notice period run in full before a change takes effect, and do not treat silence as approval sooner.',
        });
      } else if (n.kind === 'objection-window' && n.days < minObjectionDays) {
        if (!once(n)) continue;
        reportAt(ctx, n.evidence, {
          message: `The controller must object to a sub-processor change within ${n.text}: less than ${days(minObjectionDays)}`,
          expected: `at least ${days(minObjectionDays)} to object`,
          actual: n.text ?? days(n.days),
          suggestion: 'Give the controller the whole notice period, or at least two weeks, to object.',
          severity: 'warning',
        });
      }
    }
  },
};

export default rule;
