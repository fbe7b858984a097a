// The fixed text of a template clause changed in substance (numbers, negations, modal verbs, deleted or inserted text).
import type { Rule } from '../src/engine/types.js';
import type { WordChange } from '../src/align/types.js';
import { FOLLOWS_TEMPLATE, meta, quoteAround, templateCoverage } from './lib/shared.js';

interface Options {
  /** Report changes that only reword content words (no number, negation, modal verb or condition involved). */
  reportRewording: boolean;
}

// Changes whose reason alone makes the clause say something else.
const STRONG = new Set(['changed number', 'changed reference', 'added negation', 'removed negation', 'changed modal verb', 'inserted condition', 'deleted text', 'inserted text', 'rewritten']);

/** A negation put into or taken out of the standard sentence itself, a word or two between its own words. */
function flipsStandardSentence(c: WordChange): boolean {
  if (!c.withinFixedText || (c.reason !== 'added negation' && c.reason !== 'removed negation')) return false;
  const edited = c.kind === 'added' ? c.after : c.kind === 'removed' ? c.before : null;
  return edited !== null && edited.split(' ').length <= 2;
}

const rule: Rule<Options> = {
  meta: meta({
    id: 'clause-modified',
    description: 'The fixed text of a standard clause was changed in substance',
    defaultSeverity: 'error',
    category: 'template',
    recommended: true,
    schema: { type: 'object', additionalProperties: false, properties: { reportRewording: { type: 'boolean' } } },
    defaultOptions: { reportRewording: true },
  }),
  check(ctx) {
    const alignment = ctx.doc.alignment;
    if (!alignment) return;
    const text = ctx.doc.segmented.norm.text;
    const followsTemplate = templateCoverage(ctx.doc) >= FOLLOWS_TEMPLATE;
    for (const m of alignment.matches) {
      if (m.status !== 'modified') continue;
      // A section the parties fill in is free text around a standard sentence: only a negation put into or taken out of
      // that sentence is told apart from the filling with confidence.
      const filled = m.template.mustBeFilled;
      // In a document that only borrows from the template, a weak match is more likely a different clause than a change.
      if (!followsTemplate && m.similarity < 0.7) continue;
      if (m.template.kind !== 'clause' && m.template.kind !== 'litra' && m.template.kind !== 'annex-section') continue;
      const substantive = m.changes.filter((c) => c.substantive && (!filled || flipsStandardSentence(c)));
      if (substantive.length === 0) continue;
      const strong = substantive.filter((c) => STRONG.has(c.reason ?? ''));
      if (strong.length === 0 && !ctx.options.reportRewording) continue;
      const first = (strong[0] ?? substantive[0])!;
      const reasons = [...new Set(substantive.map((c) => c.reason))].join(', ');
      ctx.report({
        message: `Clause ${m.template.id} deviates from the standard text (${reasons}): ${describe(first)}`,
        clause: m.template.id,
        offset: first.start,
        severity: strong.length ? undefined : 'warning',
        evidence: quoteAround(text, first.start, first.end),
        expected: first.before,
        actual: first.after,
        redline: m.redline,
        suggestion: 'Restore the standard wording; agree any deviation in clause 13 or Bilag D, where it does not contradict the standard clauses.',
      });
    }
  },
};

function describe(c: WordChange): string {
  if (c.kind === 'removed') return `"${c.before}" removed`;
  if (c.kind === 'added') return `"${c.after}" inserted`;
  return `"${c.before}" → "${c.after}"`;
}

export default rule as unknown as Rule;
