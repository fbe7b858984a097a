// The comparable units of both sides: a document clause's own words (without its sub-clauses) and a template clause's bags.
import type { Block, Clause, SegmentedDocument } from '../model.js';
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

export function docUnits(seg: SegmentedDocument, language: StemLanguage, templateAnnexTitles: readonly string[] = []): DocUnit[] {
  const text = seg.norm.text;
  const ordered = [...seg.clauses].sort((a, b) => a.start - b.start);
  const footnotes = new SpanIndex(seg.norm.blocks.filter((b) => b.kind === 'footnote'));
  const units: DocUnit[] = [];
  ordered.forEach((clause, k) => {
    const isContent = CONTENT_KINDS.has(clause.kind) || (clause.kind === 'section' && clause.text.trim() !== '');
    if (!isContent) return;
    // A unit's own words exclude its sub-units (litra) and footnotes, whatever span the segmenter gave it. The clauses
    // starting inside it are a run of `ordered`, found by binary search: a scan per unit was quadratic (20,000 clauses).
    const inner: Clause[] = [];
    for (let j = firstStartAtOrAfter(ordered, clause.bodyStart); j < ordered.length && ordered[j]!.start < clause.end; j++) {
      if (j !== k) inner.push(ordered[j]!);
    }
    const tokens = ownTokens(seg, clause.bodyStart, clause.end, inner, footnotes.overlapping(clause.bodyStart, clause.end), language);
    units.push(unitOf(units.length, clause, tokens, language));
  });
  if (units.filter((u) => u.clause.kind === 'clause' || u.clause.kind === 'litra').length < FEW_NUMBERED_CLAUSES) {
    for (const clause of unnumberedParagraphs(seg, ordered, templateAnnexTitles)) {
      const tokens = ownTokens(seg, clause.start, clause.end, [], footnotes.overlapping(clause.start, clause.end), language);
      if (tokens.length > 0) units.push(unitOf(units.length, clause, tokens, language));
    }
  }
  return units;
}

function unitOf(index: number, clause: Clause, tokens: Token[], language: StemLanguage): DocUnit {
  const titleKeys = tokenize(clause.title ?? '', language).map((t) => t.key);
  return {
    index,
    clause,
    tokens,
    bag: bagOf(tokens.map((t) => t.key)),
    titleBag: bagOf(titleKeys),
    headBag: bagOf([...titleKeys, ...tokens.slice(0, HEAD_WORDS).map((t) => t.key)]),
  };
}

/** Below this many numbered clauses, a document is read paragraph by paragraph inside its long, unnumbered annexes. */
const FEW_NUMBERED_CLAUSES = 5;
/** An annex this long with nothing numbered inside holds an agreement of its own, not a form to fill in. */
const LONG_ANNEX_CHARS = 3000;

/**
 * The standard clauses reproduced without numbers inside an annex of another contract ("Bilag 1: Databehandleraftale"
 * in terms of service, each clause a paragraph under a heading): each paragraph and list point becomes an unnumbered
 * clause of its own, so alignment can find the template's clauses among them. Only for documents that number (almost)
 * nothing: elsewhere an unnumbered annex is Bilag D or a filled-in form, not clauses.
 */
function unnumberedParagraphs(seg: SegmentedDocument, ordered: Clause[], templateAnnexTitles: readonly string[]): Clause[] {
  const out: Clause[] = [];
  // The template's own annexes (Bilag A-D under any number) are forms and free text, aligned section by section.
  const isTemplateAnnex = (title: string | null) => templateAnnexTitles.some((t) => (title ?? '').toLowerCase().includes(t.toLowerCase()));
  for (const annex of ordered) {
    if (annex.kind !== 'annex' || annex.end - annex.bodyStart < LONG_ANNEX_CHARS || isTemplateAnnex(annex.title)) continue;
    if (ordered.some((c) => c !== annex && c.start >= annex.bodyStart && c.start < annex.end)) continue;
    // A short line without a full stop ("Underskrift") opens the paragraph after it, as in the template's 14.5.
    let lead: Block | null = null;
    for (const block of seg.norm.blocks) {
      if (block.start < annex.bodyStart || block.end > annex.end) continue;
      // A one- or two-word heading reads as the paragraph's first words; a longer one is a section title of its own.
      if (block.kind === 'heading') {
        if (block.text.trim().split(/\s+/).length <= 2) lead = block;
        continue;
      }
      if (block.kind !== 'paragraph' && block.kind !== 'list-item') continue;
      // A list point's own number ("1. pseudonymisering …") is its label, not words of the clause.
      const marker = LIST_MARKER.exec(block.text)?.[0].length ?? 0;
      if (!lead && !marker && block.text.length <= LEAD_LINE_CHARS && !/[.:;!?]$/.test(block.text.trim())) {
        lead = block;
        continue;
      }
      const start = lead ? lead.start : block.start + marker;
      const blocks = lead ? [lead, block] : [block];
      lead = null;
      out.push({ id: null, label: marker ? block.text.slice(0, marker).trim() : null, kind: 'clause', title: null, text: seg.norm.text.slice(start, block.end), start, end: block.end, bodyStart: start, parent: annex.id, blocks });
    }
  }
  return out;
}

const LEAD_LINE_CHARS = 60;
const LIST_MARKER = /^\s*(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,5})[.)]|[-•*▪◦])\s+/u;

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

/** Index of the first item whose start is at or after `offset` in a list sorted by start (the length when none is). */
function firstStartAtOrAfter(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Span {
  start: number;
  end: number;
}

/** Spans overlapping a range, in their original order: a binary search when they are sorted and disjoint (footnote blocks are), else a scan. */
class SpanIndex<T extends Span> {
  private readonly sortedDisjoint: boolean;

  constructor(private readonly spans: T[]) {
    this.sortedDisjoint = spans.every((s, i) => s.start <= s.end && (i === 0 || spans[i - 1]!.end <= s.start));
  }

  overlapping(from: number, to: number): T[] {
    if (!this.sortedDisjoint) return this.spans.filter((s) => s.end > from && s.start < to);
    // Disjoint and sorted: the ends are sorted too, so the overlapping spans are one run.
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.spans[mid]!.end <= from) lo = mid + 1;
      else hi = mid;
    }
    const out: T[] = [];
    for (let i = lo; i < this.spans.length && this.spans[i]!.start < to; i++) if (this.spans[i]!.end > from) out.push(this.spans[i]!);
    return out;
  }
}

// Footnotes printed inside a clause (the template's own "Henvisninger til medlemsstat …") are not clause text.
function ownTokens(seg: SegmentedDocument, from: number, to: number, inner: Clause[], footnotes: Span[], language: StemLanguage): Token[] {
  const text = seg.norm.text;
  const markers = [...text.slice(from, to).matchAll(OPTION_MARKER)].map((m) => ({ start: from + m.index, end: from + m.index + m[0].length }));
  const cuts = [...footnotes, ...inner, ...markers].sort((a, b) => a.start - b.start);
  const tokens: Token[] = [];
  let at = from;
  for (const cut of [...cuts, { start: to, end: to }]) {
    // A loop, not push(...): spreading 150,000 tokens of one long paragraph overflows the call stack.
    if (cut.start > at) for (const t of tokenize(text.slice(at, Math.min(cut.start, to)), language, at)) tokens.push(t);
    at = Math.max(at, cut.end);
  }
  return tokens;
}
