// Bilag C.2 that only restates Art. 32 (its criteria and the list "pseudonymisation and encryption …") without the
// measures the parties agreed: the template asks for the minimum measures "som er aftalt med den dataansvarlige".
import type { Rule } from '../src/engine/types.js';
import { meta } from './lib/shared.js';
import { fields, reportAt } from './lib/values.js';

const rule: Rule = {
  meta: meta({
    id: 'security-measures-generic',
    description: 'C.2 restates Article 32 without concrete agreed security measures',
    defaultSeverity: 'warning',
    category: 'values',
    recommended: true,
  }),
  check(ctx) {
    const f = fields(ctx);
    if (!f || !f.security.generic || !f.security.evidence) return;
    reportAt(ctx, f.security.evidence, {
      clause: 'C.2',
      message: 'C.2 only restates Article 32 ("passende tekniske og organisatoriske foranstaltninger", what the measures "kan omfatte") and agrees no concrete measures',
      expected: 'the security level and the minimum measures agreed (e.g. encryption in transit and at rest, multi-factor authentication, logging, backup and restore tests)',
      actual: `${f.security.concreteMeasures} concrete measure${f.security.concreteMeasures === 1 ? '' : 's'} named`,
      suggestion: 'List the measures the processor must at least implement, as the template\'s C.2 asks, or refer to a named, attached security description.',
    });
  },
};

export default rule;
