// Unaccepted tracked changes: the text is still under negotiation. The DOCX extractor reads the text as if every
// change were accepted and leaves each change (w:ins, w:del, moves) as a note; Markdown/text redlines written in
// CriticMarkup ({++ ++}, {-- --}, {~~ ~> ~~}) count as well.
import type { Rule, RuleContext } from '../src/engine/types.js';
import type { SourcePosition } from '../src/model.js';
import { meta, quote } from './lib/shared.js';

// Bounded repetitions keep the patterns linear on adversarial input.
const CRITIC = /\{\+\+([^{}]{0,500}?)\+\+\}|\{--([^{}]{0,500}?)--\}|\{~~([^{}]{0,500}?)~>([^{}]{0,500}?)~~\}/gu;

const rule: Rule = {
  meta: meta({
    id: 'tracked-changes',
    description: 'The document holds tracked changes that were never accepted or rejected',
    defaultSeverity: 'warning',
    category: 'document',
    recommended: true,
  }),
  check(ctx) {
    for (const note of ctx.doc.extracted.notes) {
      if (note.kind !== 'tracked-change') continue;
      const evidence = quote(note.text, 0, note.text.length, 120);
      ctx.report({
        message: `${capitalise(note.message)}${evidence ? `: "${evidence}"` : ''}; the text was read as if it were accepted`,
        clause: clauseAtLine(ctx, note.position),
        ...(note.position ? { position: note.position } : {}),
        evidence,
        suggestion: 'Accept or reject every tracked change, then have the final text signed.',
      });
    }
    const text = ctx.doc.segmented.norm.text;
    for (const m of text.matchAll(CRITIC)) {
      const what = m[1] !== undefined ? 'insertion' : m[2] !== undefined ? 'deletion' : 'replacement';
      ctx.report({
        message: `Unaccepted ${what} marked in the text: "${quote(m[0], 0, m[0].length, 120)}"`,
        offset: m.index,
        evidence: quote(text, m.index, m.index + m[0].length, 160),
        suggestion: 'Accept or reject every marked change, then have the final text signed.',
      });
    }
  },
};

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The template id of the clause that holds a position (the last clause starting at or before it). */
function clauseAtLine(ctx: RuleContext, pos: SourcePosition | null): string | null {
  if (!pos) return null;
  const norm = ctx.doc.segmented.norm;
  let found: string | null = null;
  for (const c of ctx.doc.segmented.clauses) {
    if (!c.id) continue;
    const at = norm.positionAt(c.start);
    const before = (at.page ?? 0) < (pos.page ?? 0) || ((at.page ?? 0) === (pos.page ?? 0) && at.line <= pos.line);
    if (!before) break;
    found = c.id;
  }
  if (!found) return null;
  return ctx.doc.alignment?.docToTemplate.get(found) ?? found;
}

export default rule;
