// Helpers for the value rules (category 'values'): typed access to the extracted fields and reporting at a value's
// evidence. Modules under rules/lib/ are not rules.
import type { Report, RuleContext } from '../../src/engine/types.js';
import { fieldsOf, type DpaFields, type Evidence } from '../../src/fields/index.js';

/** The document's fields, or null when extraction did not run. */
export function fields(ctx: RuleContext<unknown>): DpaFields | null {
  return fieldsOf(ctx.doc);
}

/** Report at a value's evidence: offset, quote and (unless given) its template clause. */
export function reportAt(ctx: RuleContext<unknown>, evidence: Evidence, report: Omit<Report, 'offset' | 'evidence'>): void {
  ctx.report({ clause: evidence.clause, ...report, offset: evidence.offset, evidence: evidence.quote });
}

/** True when the document follows Datatilsynet's template (its annex structure and B.1 columns apply). */
export function onDatatilsynetTemplate(ctx: RuleContext<unknown>): boolean {
  return ctx.doc.template?.id.startsWith('datatilsynet') ?? false;
}

/** "30 days", "1 day", "2.5 days". */
export function days(n: number): string {
  const v = Math.round(n * 10) / 10;
  return `${v} day${v === 1 ? '' : 's'}`;
}

/** "48 hours". */
export function hours(n: number): string {
  const v = Math.round(n * 10) / 10;
  return `${v} hour${v === 1 ? '' : 's'}`;
}

/** Integer option schema with a minimum. */
export function intOption(description: string, minimum = 0): Record<string, unknown> {
  return { type: 'integer', minimum, description };
}
