// The comparable units of both sides: a document clause's own words (without its sub-clauses) and a template clause's bags.
import type { Clause, SegmentedDocument } from '../model.js';
import type { Template, TemplateClause, TemplatePart } from '../template/types.js';
import { bagOf, tokenize, type StemLanguage, type Token } from './tokens.js';

export interface DocUnit {
  index: number;
  clause: Clause;
  tokens: Token[];
  bag: Map<string, number>;
  titleBag: Map<string, number>;
  /** Title plus the first words of the body: annex sections are often written without a separate heading line. */
  headBag: Map<string, number>;
}

export interface TemplateUnit {
  index: number;
  clause: TemplateClause;
  /** One bag per variant (or one for the clause's own parts): fixed words plus every choice option's words. */
  bags: Array<{ variant: string | null; parts: TemplatePart[]; bag: Map<string, number>; size: number; slots: number }>;
  titleBag: Map<string, number>;
}

const HEAD_WORDS = 40;
const CONTENT_KINDS = new Set(['clause', 'litra', 'annex-section']);

export function docUnits(seg: SegmentedDocument, language: StemLanguage): DocUnit[] {
  const text = seg.norm.text;
  const ordered = [...seg.clauses].sort((a, b) => a.start - b.start);
  const units: DocUnit[] = [];
  ordered.forEach((clause, k) => {
    void k;
    const isContent = CONTENT_KINDS.has(clause.kind) || (clause.kind === 'section' && clause.text.trim() !== '');
    if (!isContent) return;
    // A unit's own words exclude its sub-units (litra) and footnotes, whatever span the segmenter gave it.
    const inner = ordered.filter((c, j) => j !== k && c.start >= clause.bodyStart && c.start < clause.end);
    const tokens = ownTokens(seg, clause.bodyStart, clause.end, inner, language);
    const titleKeys = tokenize(clause.title ?? '', language).map((t) => t.key);
    units.push({
      index: units.length,
      clause,
      tokens,
      bag: bagOf(tokens.map((t) => t.key)),
      titleBag: bagOf(titleKeys),
      headBag: bagOf([...titleKeys, ...tokens.slice(0, HEAD_WORDS).map((t) => t.key)]),
    });
  });
  return units;
}

export function templateUnits(template: Template, language: StemLanguage): TemplateUnit[] {
  return template.clauses
    .filter((c) => CONTENT_KINDS.has(c.kind))
    .map((clause, index) => {
      const variants = clause.variants?.length
        ? clause.variants.map((v) => ({ variant: v.id, parts: v.parts }))
        : [{ variant: null, parts: clause.parts }];
      return {
        index,
        clause,
        bags: variants.map(({ variant, parts }) => {
          const keys: string[] = [];
          let slots = 0;
          for (const p of parts) {
            if (p.type === 'text') keys.push(...tokenize(p.text, language).map((t) => t.key));
            else if (p.type === 'slot') slots++;
            else for (const o of p.options) keys.push(...tokenize(o, language).map((t) => t.key));
          }
          return { variant, parts, bag: bagOf(keys), size: keys.length, slots };
        }),
        titleBag: bagOf(tokenize(clause.title ?? '', language).map((t) => t.key)),
      };
    });
}

// The template's option markers left in a clause are reported as placeholders, not as inserted wording.
const OPTION_MARKER = /\[(?:VALG|OPTION)\b[^\]\n]{0,100}\]/giu;

// Footnotes printed inside a clause (the template's own "Henvisninger til medlemsstat …") are not clause text.
function ownTokens(seg: SegmentedDocument, from: number, to: number, inner: Clause[], language: StemLanguage): Token[] {
  const text = seg.norm.text;
  const markers = [...text.slice(from, to).matchAll(OPTION_MARKER)].map((m) => ({ start: from + m.index, end: from + m.index + m[0].length }));
  const cuts = [...seg.norm.blocks.filter((b) => b.kind === 'footnote' && b.end > from && b.start < to), ...inner, ...markers].sort(
    (a, b) => a.start - b.start,
  );
  const tokens: Token[] = [];
  let at = from;
  for (const cut of [...cuts, { start: to, end: to }]) {
    // A loop, not push(...): spreading 150,000 tokens of one long paragraph overflows the call stack.
    if (cut.start > at) for (const t of tokenize(text.slice(at, Math.min(cut.start, to)), language, at)) tokens.push(t);
    at = Math.max(at, cut.end);
  }
  return tokens;
}
