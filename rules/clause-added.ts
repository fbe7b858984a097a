// Text in the fixed sections (2–12, 14) that belongs to no template clause: additions belong in clause 13 or Bilag D.
import type { Rule } from '../src/engine/types.js';
import type { Clause } from '../src/model.js';
import { enclosingSection } from '../src/align/sections.js';
import { meta, quote } from './lib/shared.js';

interface Options {
  /** Template sections where the parties may add their own terms. */
  openSections: string[];
  /** Shorter additions (in words) are ignored. */
  minWords: number;
}

const rule: Rule<Options> = {
  meta: meta({
    id: 'clause-added',
    description: 'A fixed section of the standard clauses holds text that belongs to no standard clause',
    defaultSeverity: 'error',
    category: 'template',
    recommended: true,
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        openSections: { type: 'array', items: { type: 'string' }, uniqueItems: true },
        minWords: { type: 'integer', minimum: 1 },
      },
    },
    defaultOptions: { openSections: ['1', '13', '15'], minWords: 4 },
  }),
  check(ctx) {
    const alignment = ctx.doc.alignment;
    if (!alignment) return;
    const text = ctx.doc.segmented.norm.text;
    const sections = ctx.doc.segmented.clauses.filter((c) => c.kind === 'section').sort((a, b) => a.start - b.start);
    const sectionToTemplate = new Map<Clause, string>();
    for (const m of alignment.matches) {
      if (m.template.kind === 'section' && m.clauses[0]) sectionToTemplate.set(m.clauses[0], m.template.id);
    }
    for (const extra of alignment.extras) {
      if (extra.kind !== 'clause' && extra.kind !== 'litra') continue;
      const words = extra.text.split(/\s+/).filter((w) => /[A-Za-zÀ-ÖØ-öø-ɏ]/u.test(w)).length;
      if (words < ctx.options.minWords) continue;
      const section = enclosingSection(sections, extra);
      const templateSection = section ? sectionToTemplate.get(section) : undefined;
      if (!templateSection || ctx.options.openSections.includes(templateSection)) continue;
      if (!/^\d+$/.test(templateSection)) continue;
      ctx.report({
        message: `Section ${templateSection} holds a paragraph${extra.id ? ` (${extra.id})` : ''} that is not in the standard clauses`,
        clause: templateSection,
        offset: extra.start,
        evidence: quote(text, extra.start, extra.end),
        suggestion: 'Move the addition to clause 13 (or Bilag D), where the parties may agree further terms that do not contradict the standard clauses.',
      });
    }
  },
};

export default rule as unknown as Rule;
