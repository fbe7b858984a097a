// An annex section the parties must fill in (A.1–A.5, B.1, C.1–C.8) is absent.
import type { Rule } from '../src/engine/types.js';
import { FOLLOWS_TEMPLATE, insertionOffset, meta, templateCoverage } from './lib/shared.js';

const rule: Rule = {
  meta: meta({
    id: 'annex-section-missing',
    description: 'An annex section the parties must fill in is missing',
    defaultSeverity: 'error',
    category: 'template',
    recommended: true,
  }),
  check(ctx) {
    const alignment = ctx.doc.alignment;
    if (!alignment) return;
    const required = alignment.matches.filter((m) => m.template.mustBeFilled);
    const missing = required.filter((m) => m.status === 'missing');
    if (missing.length === 0) return;
    // A document that only borrows from the template (most clauses not found) lays out its annexes its own way.
    if (templateCoverage(ctx.doc) < FOLLOWS_TEMPLATE) return;
    const annexes = [...new Set(required.map((m) => m.template.parent ?? m.template.id.split('.')[0]!))];
    const hasAnyAnnex = required.some((m) => m.status !== 'missing');
    if (!hasAnyAnnex) {
      ctx.report({
        message: `The annexes (${annexWord(ctx)} ${annexes.join(', ')}) are missing: the processing details, sub-processors and instructions are not agreed`,
        clause: annexes[0] ?? null,
        offset: ctx.doc.segmented.norm.text.length,
        expected: missing.map((m) => m.template.id).join(', '),
        suggestion: 'Attach the annexes, or state where the agreed annexes are found.',
      });
      return;
    }
    for (const annex of annexes) {
      const sections = required.filter((m) => (m.template.parent ?? m.template.id.split('.')[0]) === annex);
      const gone = sections.filter((m) => m.status === 'missing');
      if (gone.length === 0) continue;
      const annexMatch = alignment.matches.find((m) => m.template.id === annex);
      if (gone.length === sections.length && annexMatch?.status === 'missing') {
        ctx.report({
          message: `${annexWord(ctx)} ${annex} (${annexMatch.template.title ?? ''}) is missing: ${gone.map((m) => m.template.id).join(', ')}`,
          clause: annex,
          offset: insertionOffset(ctx, gone[0]!.template.id),
          expected: gone.map((m) => m.template.id).join(', '),
        });
        continue;
      }
      // An annex that numbers none of its sections ("Bilag 1.A" as running text) may hold a section's content without
      // its heading: say which sections were not found, as a point to check rather than an absence.
      const annexClause = annexMatch?.status === 'missing' ? undefined : annexMatch?.clauses[0];
      if (annexClause && !ctx.doc.segmented.clauses.some((c) => c.kind === 'annex-section' && c.start >= annexClause.bodyStart && c.start < annexClause.end)) {
        ctx.report({
          message: `${annexClause.label ?? annexClause.id ?? annex} numbers none of its sections, and ${gone.map((m) => m.template.id).join(', ')} (${gone.map((m) => m.template.title ?? '').join('; ')}) ${gone.length === 1 ? 'has' : 'have'} no heading of its own${gone.length === 1 ? '' : ' each'}: check that the text covers ${gone.length === 1 ? 'it' : 'them'}`,
          clause: gone[0]!.template.id,
          offset: annexClause.bodyStart,
          severity: 'info',
          expected: gone.map((m) => m.template.id).join(', '),
          suggestion: 'Number the sections as the template does, or give each its heading, so the agreed details can be found.',
        });
        continue;
      }
      for (const m of gone) {
        ctx.report({
          message: `${m.template.id} (${m.template.title ?? ''}) is missing`,
          clause: m.template.id,
          offset: insertionOffset(ctx, m.template.id),
          expected: m.template.title ?? m.template.id,
          suggestion: `Add ${m.template.id} and fill it in for this processing.`,
        });
      }
    }
  },
};

function annexWord(ctx: { doc: { template: { language: string } | null } }): string {
  return ctx.doc.template?.language === 'en' ? 'Annex' : 'Bilag';
}

export default rule;
