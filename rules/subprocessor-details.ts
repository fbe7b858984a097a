// Each approved sub-processor (Bilag B.1) must be identifiable: name, CVR or registration number, address and what it
// does. The template's table asks for exactly these; without them the controller cannot check who processes its data.
import type { Rule } from '../src/engine/types.js';
import type { Subprocessor } from '../src/fields/index.js';
import { meta } from './lib/shared.js';
import { fields, onDatatilsynetTemplate, reportAt } from './lib/values.js';

type Detail = 'name' | 'registration' | 'address' | 'description';

const LABEL: Record<Detail, string> = {
  name: 'name',
  registration: 'CVR or registration number',
  address: 'address',
  description: 'description of the processing',
};

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

function joinList(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

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
    // The template's B.1 table has a CVR column; outside the template a registration number is good practice only,
    // and a gap in a vendor's own list is worth a warning rather than an error.
    const template = onDatatilsynetTemplate(ctx);
    const severity = template ? undefined : 'warning';
    const entries = f.subprocessors.entries;
    const missingOf = (e: Subprocessor): Detail[] => {
      const m: Detail[] = [];
      if (!e.name) m.push('name');
      if (!e.registration && template) m.push('registration');
      if (!e.address) m.push('address');
      if (!e.description) m.push('description');
      return m;
    };
    const missing = entries.map(missingOf);
    // A whole column missing (every entry lacks it) is one finding about the list, not one per entry.
    const everywhere = entries.length >= 3 ? (['name', 'registration', 'address', 'description'] as Detail[]).filter((d) => missing.every((m) => m.includes(d))) : [];
    if (everywhere.length) {
      const first = entries[0]!;
      reportAt(ctx, first.evidence, {
        clause: 'B.1',
        message: `None of the ${entries.length} sub-processors listed has ${article(LABEL[everywhere[0]!])} ${joinList(everywhere.map((d) => LABEL[d]))}`,
        expected: 'for each sub-processor: name, CVR or registration number, address and description of the processing',
        actual: `missing for all entries: ${everywhere.map((d) => LABEL[d]).join(', ')}`,
        suggestion: 'Add the missing columns to the list in Bilag B.1 so that every sub-processor can be identified and checked.',
        severity,
      });
    }
    entries.forEach((e, k) => {
      const own = missing[k]!.filter((d) => !everywhere.includes(d));
      const label = e.name ? `"${e.name}"` : 'A sub-processor';
      if (own.length) {
        reportAt(ctx, e.evidence, {
          clause: 'B.1',
          message: `${label} in the list of sub-processors has no ${joinList(own.map((d) => LABEL[d]))}`,
          expected: 'name, CVR or registration number, address and description of the processing',
          actual: `missing: ${own.map((d) => LABEL[d]).join(', ')}`,
          suggestion: 'Complete the entry in Bilag B.1 so that the sub-processor can be identified and checked.',
          severity,
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
    });
  },
};

export default rule;
