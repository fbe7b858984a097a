// The document follows an earlier version of Datatilsynet's standard clauses.
import type { Rule } from '../src/engine/types.js';
import { meta } from './lib/shared.js';

const rule: Rule = {
  meta: meta({
    id: 'template-outdated',
    description: 'The DPA follows an outdated version of the standard clauses',
    defaultSeverity: 'warning',
    category: 'template',
    recommended: true,
  }),
  check(ctx) {
    const t = ctx.doc.template;
    if (!t?.outdated) return;
    ctx.report({
      message: `The document follows ${t.title} (${t.version}), an outdated template; the current one is Datatilsynet's standard contractual clauses of January 2020 as amended in March 2024`,
      clause: null,
      offset: 0,
      actual: t.id,
      expected: 'datatilsynet-2020-da',
      suggestion: 'Move the agreement onto the current standard clauses at the next renewal.',
    });
  },
};

export default rule;
