// Each approved sub-processor (Bilag B.1) must be identifiable: name, CVR or registration number, address and what it
// does. The template's table asks for exactly these; without them the controller cannot check who processes its data.
import type { Rule } from '../src/engine/types.js';
import { meta } from './_shared.js';
import { fields, onDatatilsynetTemplate, reportAt } from './_values.js';

const rule: Rule = {
  meta: meta({
    id: 'subprocessor-details',
    description: 'A listed sub-processor lacks its name, CVR/registration number, address or description, or has an invalid CVR number',
    defaultSeverity: 'error',
    category: 'values',
    recommended: true,
  }),
  check(ctx) {
    const f = fields(ctx);
    if (!f || f.subprocessors.status !== 'listed') return;
    // The template's B.1 table has a CVR column; outside the template a registration number is good practice only.
    const template = onDatatilsynetTemplate(ctx);
    for (const e of f.subprocessors.entries) {
      const label = e.name ? `"${e.name}"` : 'A sub-processor';
      const missing: string[] = [];
      if (!e.name) missing.push('name');
      if (!e.registration && template) missing.push(e.countryCode && e.countryCode !== 'DK' ? 'registration number' : 'CVR number');
      if (!e.address) missing.push('address');
      if (!e.description) missing.push('description of the processing');
      if (missing.length) {
        reportAt(ctx, e.evidence, {
          clause: 'B.1',
          message: `${label} in the list of sub-processors has no ${joinList(missing)}`,
          expected: 'name, CVR or registration number, address and description of the processing',
          actual: `missing: ${missing.join(', ')}`,
          suggestion: 'Complete the entry in Bilag B.1 so that the sub-processor can be identified and checked.',
        });
      } else if (!e.registration && !template) {
        reportAt(ctx, e.evidence, {
          clause: 'B.1',
          message: `${label} in the list of sub-processors has no registration number`,
          expected: 'a company registration number',
          actual: 'none',
          suggestion: 'Add the registration number so that the legal entity is unambiguous.',
          severity: 'info',
        });
      }
      if (e.registrationKind === 'cvr' && e.cvrValid === false) {
        reportAt(ctx, e.evidence, {
          clause: 'B.1',
          message: `The CVR number ${e.registration} of ${label} fails the modulus-11 check: it is probably mistyped`,
          expected: 'a valid CVR number',
          actual: e.registration ?? '',
          suggestion: 'Check the number in the CVR register (datacvr.virk.dk).',
          severity: 'warning',
        });
      }
    }
  },
};

function joinList(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

export default rule;
