// A clause or litra of the template is absent from the document.
import type { Rule } from '../src/engine/types.js';
import type { ClauseMatch } from '../src/align/types.js';
import type { TemplateClause } from '../src/template/types.js';
import { renderClause } from '../src/template/load.js';
import { insertionOffset, meta, quote } from './lib/shared.js';

interface Options {
  /** Above this share of missing clauses the document follows the template only loosely: one summary finding. */
  summarizeAbove: number;
}

const rule: Rule<Options> = {
  meta: meta({
    id: 'clause-missing',
    description: 'A clause or litra of the standard clauses is missing',
    defaultSeverity: 'error',
    category: 'template',
    recommended: true,
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: { summarizeAbove: { type: 'number', minimum: 0, maximum: 1 } },
    },
    defaultOptions: { summarizeAbove: 0.6 },
  }),
  check(ctx) {
    const alignment = ctx.doc.alignment;
    if (!alignment) return;
    const content = alignment.matches.filter((m) => m.template.kind === 'clause' || m.template.kind === 'litra');
    const missing = content.filter((m) => m.status === 'missing');
    if (missing.length === 0) return;

    if (content.length > 0 && missing.length / content.length > ctx.options.summarizeAbove) {
      ctx.report({
        message: `${missing.length} of ${content.length} clauses of ${alignment.template.title} are missing; the document follows the template only in part`,
        clause: null,
        offset: 0,
        severity: 'warning',
        actual: missing.map((m) => m.template.id).join(', '),
      });
      return;
    }

    const missingSections = new Set(
      alignment.matches
        .filter((m) => m.template.kind === 'section' && m.status === 'missing')
        .map((m) => m.template.id)
        .filter((id) => content.some((c) => c.template.parent === id) && content.filter((c) => c.template.parent === id).every((c) => c.status === 'missing')),
    );
    for (const id of [...missingSections].sort(byTemplateOrder(alignment.matches))) {
      const section = alignment.matches.find((m) => m.template.id === id)!;
      const children = content.filter((c) => c.template.parent === id).map((c) => c.template.id);
      ctx.report({
        severity: isFormality(section.template.title) ? 'warning' : undefined,
        message: `Section ${id} (${section.template.title ?? ''}) is missing: clauses ${children[0]}–${children[children.length - 1]}`,
        clause: id,
        offset: insertionOffset(ctx, id),
        expected: section.template.title ?? '',
      });
    }

    for (const m of missing) {
      if (missingSections.has(m.template.parent ?? '') || missingSections.has(m.template.id.split('.')[0]!)) continue;
      // A litra whose clause is missing as a whole is covered by the clause's own finding.
      if (m.template.kind === 'litra' && missing.some((o) => o.template.id === m.template.parent)) continue;
      const canonical = renderClause(m.template);
      ctx.report({
        message: `${m.template.kind === 'litra' ? 'Litra' : 'Clause'} ${m.template.id} of the standard clauses is missing${m.template.optional ? ' (optional clause)' : ''}: "${quote(canonical, 0, canonical.length, 90)}"`,
        clause: m.template.id,
        offset: insertionOffset(ctx, m.template.id),
        severity: m.template.optional ? 'info' : isForm(m.template) ? 'warning' : undefined,
        expected: canonical,
        suggestion: m.template.optional
          ? 'Optional since the March 2024 amendment; consider whether the parties want it.'
          : `Insert clause ${m.template.id} with the standard wording, or move the deviation to clause 13 / Bilag D with a reason.`,
      });
    }
  },
};

// Signature blocks and contact lists: their absence leaves the obligations intact (a click-through DPA has neither).
function isFormality(title: string | null): boolean {
  return /underskrift|kontaktperson|signatur|signature|contact/iu.test(title ?? '');
}

function isForm(clause: TemplateClause): boolean {
  const fixed = clause.parts.reduce((n, p) => n + (p.type === 'text' ? p.text.split(/\s+/).filter(Boolean).length : 0), 0);
  return clause.parts.some((p) => p.type === 'slot' && /navn|name|underskrift|signatur/iu.test(p.name)) && fixed <= 15;
}

function byTemplateOrder(matches: ClauseMatch[]) {
  const order = new Map(matches.map((m, k) => [m.template.id, k]));
  return (a: string, b: string) => (order.get(a) ?? 0) - (order.get(b) ?? 0);
}

export default rule as unknown as Rule;
