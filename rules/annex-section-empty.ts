// An annex section the parties must fill in (A.1–A.5, B.1, C.1–C.8) is present but holds nothing of its own.
import type { Rule, RuleContext } from '../src/engine/types.js';
import type { ClauseMatch } from '../src/align/types.js';
import type { Block, Clause } from '../src/model.js';
import { tokenize } from '../src/align/tokens.js';
import { FUNCTION_WORDS } from '../src/align/lexicon.js';
import { findPlaceholders } from './unfilled-placeholder.js';
import { meta, quote } from './lib/shared.js';

const rule: Rule = {
  meta: meta({
    id: 'annex-section-empty',
    description: 'An annex section the parties must fill in is empty',
    defaultSeverity: 'error',
    category: 'template',
    recommended: true,
  }),
  check(ctx) {
    const alignment = ctx.doc.alignment;
    if (!alignment) return;
    for (const m of alignment.matches) {
      if (!m.template.mustBeFilled || m.clauses.length === 0) continue;
      // Found only as a heading inside its annex: what belongs to it cannot be told apart from the rest of the annex.
      if (m.clauses[0]!.kind === 'annex') continue;
      const extra = continuation(ctx, m);
      if ([...m.clauses, ...extra].some((c) => c.blocks.some(isFilledTable))) continue;
      if (ownWords(ctx, m, extra) >= 1) continue;
      const first = m.clauses[0]!;
      // Where the template supplies a default sentence (C.6: no transfers unless instructed), leaving the field empty
      // still says something; a section that is only a blank to fill in says nothing.
      const hasDefault = fixedWords(m) >= 15;
      ctx.report({
        message: `${m.template.id} (${m.template.title ?? ''}) is empty: the parties must fill it in${hasDefault ? " (the template's default wording applies meanwhile)" : ''}`,
        clause: m.template.id,
        offset: first.start,
        severity: hasDefault ? 'warning' : undefined,
        evidence: quote(ctx.doc.segmented.norm.text, first.start, first.end, 160),
        expected: m.template.title ?? undefined,
        suggestion: `Describe ${m.template.title ?? 'this item'} for this processing.`,
      });
    }
  },
};

function fixedWords(m: ClauseMatch): number {
  return m.template.parts.reduce((n, p) => n + (p.type === 'text' ? p.text.split(/\s+/).filter(Boolean).length : 0), 0);
}

/** Words the parties wrote: slot values and text added to the template's wording, less placeholders and the heading. */
function ownWords(ctx: RuleContext, m: ClauseMatch, extra: Clause[]): number {
  const language = ctx.doc.template!.language;
  const text = ctx.doc.segmented.norm.text;
  // Text added beside the slots that restates the section's standard sentence ("… godkendt underdatabehandlerens brug
  // af følgende underdatabehandlere") fills nothing in.
  const fixed = new Set(m.template.parts.flatMap((p) => (p.type === 'text' ? tokenize(p.text, language).map((t) => t.key) : [])));
  const restates = (s: string) => {
    const words = tokenize(s, language).filter((t) => !FUNCTION_WORDS.has(t.text.toLowerCase()));
    return words.length > 0 && words.filter((t) => fixed.has(t.key)).length / words.length >= RESTATED_SHARE;
  };
  const written = [
    // Some DPAs write the answer into the heading sentence ("… drejer sig primært om de i Bilag D beskrevne ydelser").
    ...m.clauses.map((c) => c.title ?? ''),
    ...Object.values(m.slots),
    ...m.changes.filter((c) => c.kind !== 'removed' && !restates(c.after)).map((c) => c.after),
    ...extra.map((c) => text.slice(c.bodyStart, c.end)),
  ].join('\n');
  // Not the parties' words: the heading, and the column headings of a table left without rows ("NAVN | CVR | …").
  const notOwn = new Map<string, number>();
  const discount = (s: string) => {
    for (const t of tokenize(s, language)) notOwn.set(t.key, (notOwn.get(t.key) ?? 0) + 1);
  };
  discount(m.template.title ?? '');
  for (const c of [...m.clauses, ...extra]) for (const b of c.blocks) if (b.kind === 'table' && !isFilledTable(b)) discount(b.text);
  return countOwn(withoutPlaceholders(written), notOwn, language);
}

/** Share of an insertion's content words that are the section's own standard words, above which it restates them. */
const RESTATED_SHARE = 0.6;

function withoutPlaceholders(text: string): string {
  let body = text;
  for (const p of findPlaceholders(body).reverse()) body = body.slice(0, p.start) + ' ' + body.slice(p.end);
  return body;
}

function countOwn(body: string, notOwn: Map<string, number>, language: 'da' | 'en'): number {
  let count = 0;
  for (const t of tokenize(body, language)) {
    const left = notOwn.get(t.key) ?? 0;
    if (left > 0) notOwn.set(t.key, left - 1);
    else if (!FUNCTION_WORDS.has(t.text.toLowerCase()) && /[A-Za-zÀ-ÖØ-öø-ɏ]{2}/u.test(t.text)) count++;
  }
  return count;
}

/** A table with at least one row under its header that holds something. */
function isFilledTable(b: Block): boolean {
  return b.kind === 'table' && (b.rows?.length ?? 0) > 1 && b.rows!.slice(1).some((row) => row.some((cell) => /[A-Za-zÀ-ÖØ-öø-ɏ0-9]/u.test(cell)));
}

/** An unaligned annex section right after this one that repeats its heading (seed: "A.5" then "A.6" with the same title). */
function continuation(ctx: RuleContext, m: ClauseMatch): Clause[] {
  const alignment = ctx.doc.alignment!;
  const last = m.clauses[m.clauses.length - 1]!;
  const ordered = ctx.doc.segmented.clauses.filter((c) => c.kind === 'annex-section').sort((a, b) => a.start - b.start);
  const next = ordered.find((c) => c.start > last.start);
  if (!next || !alignment.extras.includes(next)) return [];
  const language = ctx.doc.template!.language;
  const title = new Set(tokenize(m.template.title ?? '', language).map((t) => t.key));
  const head = tokenize(`${next.title ?? ''} ${next.text}`, language).slice(0, title.size).map((t) => t.key);
  const shared = head.filter((k) => title.has(k)).length;
  return title.size > 0 && shared / title.size >= 0.8 ? [next] : [];
}

export default rule;
