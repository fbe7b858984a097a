// No known template: only the checks that do not depend on the standard text apply.
import type { Rule } from '../src/engine/types.js';
import { holdsOnlyAnnexes } from './lib/annexes-only.js';
import { meta } from './lib/shared.js';

const rule: Rule = {
  meta: meta({
    id: 'template-unrecognized',
    description: 'The DPA follows no known template; only generic checks apply',
    defaultSeverity: 'info',
    category: 'template',
    recommended: true,
  }),
  check(ctx) {
    if (ctx.doc.template) return;
    // The annexes of a template's clauses, which stand elsewhere: art28-element-missing says so, and the annexes are
    // the template's, so "follows no known template" would be wrong.
    if (holdsOnlyAnnexes(ctx.doc)) return;
    ctx.report({
      message: 'The document follows no known template (Datatilsynet 2020 or 2018, EU Commission 2021/915): clause-by-clause checks were skipped; the Art. 28 checklist and value checks still apply',
      clause: null,
      offset: 0,
    });
  },
};

export default rule;
