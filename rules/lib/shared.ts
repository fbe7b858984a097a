// Helpers shared by rules (modules under rules/lib/ are not rules).
import type { Clause } from '../../src/model.js';
import type { ClauseMatch } from '../../src/align/types.js';
import type { TemplateClause } from '../../src/template/types.js';
import type { LintDocument, RuleMeta } from '../../src/engine/types.js';

export const NO_OPTIONS = { type: 'object', additionalProperties: false, properties: {} } as const;

export function meta(m: Omit<RuleMeta, 'docs' | 'schema' | 'defaultOptions'> & Partial<Pick<RuleMeta, 'schema' | 'defaultOptions'>>): RuleMeta {
  return { schema: { ...NO_OPTIONS }, defaultOptions: {}, ...m, docs: `docs/rules/${m.id}.md` };
}

/** A short single-line quote of the normalised text. */
export function quote(text: string, start: number, end: number, max = 200): string {
  const s = text.slice(Math.max(0, start), Math.max(start, end)).replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s;
}

/** A quote of the sentence-sized window around [start, end). */
export function quoteAround(text: string, start: number, end: number, context = 60): string {
  let from = Math.max(0, start - context);
  let to = Math.min(text.length, end + context);
  const para = text.lastIndexOf('\n\n', start);
  if (para >= from) from = para + 2;
  const paraEnd = text.indexOf('\n\n', end);
  if (paraEnd !== -1 && paraEnd < to) to = paraEnd;
  return quote(text, from, to, 2 * context + (end - start) + 2);
}

export function clauseHeading(c: Clause): string {
  return [c.label, c.title].filter(Boolean).join(' ').trim();
}

/** Content units: clauses, litra and annex sections (not section or annex headings). */
export function isContent(m: ClauseMatch): boolean {
  return m.template.kind === 'clause' || m.template.kind === 'litra' || m.template.kind === 'annex-section';
}

/** Offset where a missing template clause would stand: after the nearest present clause before it in template order. */
export function insertionOffset(ctx: { doc: LintDocument }, templateId: string): number {
  const matches = ctx.doc.alignment?.matches ?? [];
  const k = matches.findIndex((m) => m.template.id === templateId);
  for (let i = k - 1; i >= 0; i--) {
    const c = matches[i]!.clauses[matches[i]!.clauses.length - 1];
    if (c) return c.end;
  }
  return 0;
}

/** The template section (or annex) of a template clause id: "7.3" → "7", "9.2.a" → "9", "A.3" → "A". */
export function sectionOf(id: string): string {
  return id.split('.')[0]!;
}

/**
 * Share of the template's clauses and litra found in the document. Below about 0.6 the document only borrows from the
 * template (a vendor's own terms quoting some clauses): per-clause verdicts there would mostly be noise.
 */
export function templateCoverage(doc: LintDocument): number {
  const content = (doc.alignment?.matches ?? []).filter((m) => m.template.kind === 'clause' || m.template.kind === 'litra');
  if (content.length === 0) return 0;
  return content.filter((m) => m.status !== 'missing').length / content.length;
}

export const FOLLOWS_TEMPLATE = 0.6;

/** The innermost document clause whose span holds the offset. */
export function clauseAt(doc: LintDocument, offset: number): Clause | null {
  // Alignment may read an unnumbered annex paragraph by paragraph: the paragraph is the clause there.
  const paragraphs = (doc.alignment?.matches ?? []).flatMap((m) => m.clauses.filter((c) => c.id === null && c.kind === 'clause'));
  let found: Clause | null = null;
  for (const c of [...doc.segmented.clauses, ...paragraphs]) if (c.start <= offset && offset < c.end && (!found || c.start >= found.start)) found = c;
  return found;
}

/** The template clause a document clause was aligned to. */
export function templateClauseOf(doc: LintDocument, clause: Clause): TemplateClause | null {
  for (const m of doc.alignment?.matches ?? []) if (m.clauses.includes(clause)) return m.template;
  return null;
}

/**
 * The template clause at `offset` inside `clause`. A document clause that merges several template clauses (an
 * unnumbered "Underskrift" block run into 14.4) holds each one's text in turn: the one whose opening words stand last
 * before the offset is the one there.
 */
export function templateClauseAt(doc: LintDocument, clause: Clause, offset: number): TemplateClause | null {
  const merged = (doc.alignment?.matches ?? []).filter((m) => m.clauses.includes(clause)).map((m) => m.template);
  if (merged.length < 2) return merged[0] ?? null;
  const before = doc.segmented.norm.text.slice(clause.bodyStart, offset).replace(/\s+/g, ' ').toLowerCase();
  let best = merged[0]!;
  let bestAt = -1;
  for (const t of merged) {
    const first = t.parts.find((p) => p.type === 'text');
    const opening = first?.type === 'text' ? first.text.trim().split(/\s+/).slice(0, 3).join(' ').toLowerCase() : '';
    const at = opening ? before.lastIndexOf(opening) : -1;
    if (at > bestAt) [best, bestAt] = [t, at];
  }
  return best;
}
