// Align a segmented document to a template by content, not by the numbers the document gives its clauses.
// 1. every template unit × document unit scored by bag-of-words similarity;
// 2. an order-preserving alignment (dynamic programming) picks the pairs — robust to renumbering, missing and extra clauses;
// 3. moved clauses, clauses merged into one paragraph and clauses split over two are picked up afterwards;
// 4. each matched group is compared word by word against the canonical text (slots as wildcards).
import type { SegmentedDocument } from '../model.js';
import type { Template, TemplateClause } from '../template/types.js';
import type { Alignment, ClauseMatch } from './types.js';
import { bagOf, bagOverlap, tokenize, type StemLanguage, type Token } from './tokens.js';
import { docUnits, templateUnits, type DocUnit, type TemplateUnit } from './units.js';
import { dice, similarity } from './similarity.js';
import { choiceCount, templateTokens, type TemplateToken } from './template-tokens.js';
import type { TemplatePart } from '../template/types.js';
import { diffClause, type LocatedChange } from './word-diff.js';
import { alignSections } from './sections.js';

const MATCH_THRESHOLD = 0.3;
const MOVED_THRESHOLD = 0.55;
const CONTAINED_THRESHOLD = 0.8;

export function align(seg: SegmentedDocument, template: Template): Alignment {
  const language: StemLanguage = template.language;
  const tUnits = templateUnits(template, language);
  const annexTitles = template.clauses.filter((c) => c.kind === 'annex' && c.title).map((c) => c.title!);
  const dUnits = docUnits(seg, language, annexTitles);
  const scores = tUnits.map((t) => dUnits.map((d) => similarity(t, d)));

  const tToD = new Map<number, number[]>();
  const dToT = new Map<number, number[]>();
  const link = (ti: number, di: number) => {
    (tToD.get(ti) ?? tToD.set(ti, []).get(ti)!).push(di);
    (dToT.get(di) ?? dToT.set(di, []).get(di)!).push(ti);
  };

  for (const [ti, di] of monotoneMatch(scores)) link(ti, di);
  matchMoved(scores, tToD, dToT, link);
  matchRewrittenInPlace(tUnits, dUnits, scores, tToD, dToT, link);
  matchContained(tUnits, dUnits, tToD, link, seg.norm.text, language);
  matchSplit(tUnits, dUnits, tToD, dToT, link);

  const matches = new Map<string, ClauseMatch>();
  for (const group of components(tToD, dToT)) {
    for (const m of compareGroup(group.t.map((i) => tUnits[i]!), group.d.map((i) => dUnits[i]!), seg.norm.text, language, scores)) {
      matches.set(m.template.id, m);
    }
  }

  const sectionMatches = alignSections(seg, template, matches, language);
  const all: ClauseMatch[] = template.clauses.map(
    (tc) =>
      matches.get(tc.id) ??
      sectionMatches.get(tc.id) ??
      inUnnumberedAnnex(tc, template, (id) => sectionMatches.get(id) ?? matches.get(id), seg, language) ??
      missing(tc),
  );

  const matchedDoc = new Set(all.flatMap((m) => m.clauses));
  const extras = seg.clauses.filter((c) => c.kind !== 'front' && !matchedDoc.has(c));
  const docToTemplate = new Map<string, string>();
  const templateToDoc = new Map<string, string>();
  for (const m of all) {
    for (const c of m.clauses) {
      if (c.id && !docToTemplate.has(c.id)) docToTemplate.set(c.id, m.template.id);
    }
    const first = m.clauses[0];
    if (first?.id) templateToDoc.set(m.template.id, first.id);
  }
  return { template, matches: all, extras, docToTemplate, templateToDoc };
}

function missing(template: TemplateClause): ClauseMatch {
  return { template, clauses: [], status: 'missing', similarity: 0, variant: null, changes: [], redline: '', slots: {} };
}

/** Order-preserving best matching: maximise the summed gain (score − threshold) over pairs kept in order on both sides. */
function monotoneMatch(scores: Array<Array<{ score: number }>>): Array<[number, number]> {
  const n = scores.length;
  const m = scores[0]?.length ?? 0;
  const best = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const s = scores[i - 1]![j - 1]!.score;
      const diag = s >= MATCH_THRESHOLD ? best[i - 1]![j - 1]! + (s - MATCH_THRESHOLD) + 1e-9 : -Infinity;
      best[i]![j] = Math.max(best[i - 1]![j]!, best[i]![j - 1]!, diag);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const s = scores[i - 1]![j - 1]!.score;
    if (s >= MATCH_THRESHOLD && best[i]![j] === best[i - 1]![j - 1]! + (s - MATCH_THRESHOLD) + 1e-9) {
      pairs.push([i - 1, j - 1]);
      i--;
      j--;
    } else if (best[i]![j] === best[i - 1]![j]) i--;
    else j--;
  }
  return pairs.reverse();
}

/** A clause moved elsewhere in the document falls outside the ordered alignment: pair strong leftovers greedily. */
function matchMoved(
  scores: Array<Array<{ score: number }>>,
  tToD: Map<number, number[]>,
  dToT: Map<number, number[]>,
  link: (ti: number, di: number) => void,
): void {
  const candidates: Array<[number, number, number]> = [];
  scores.forEach((row, ti) => {
    if (tToD.has(ti)) return;
    row.forEach(({ score }, di) => {
      if (!dToT.has(di) && score >= MOVED_THRESHOLD) candidates.push([score, ti, di]);
    });
  });
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  for (const [, ti, di] of candidates) {
    if (tToD.has(ti) || dToT.has(di)) continue;
    link(ti, di);
  }
}

/**
 * A clause rewritten beyond recognition still sits where the template puts it and usually keeps its number:
 * an unmatched document clause with the template clause's id, between the right neighbours, is that clause.
 */
function matchRewrittenInPlace(
  tUnits: TemplateUnit[],
  dUnits: DocUnit[],
  scores: Array<Array<{ score: number }>>,
  tToD: Map<number, number[]>,
  dToT: Map<number, number[]>,
  link: (ti: number, di: number) => void,
): void {
  for (const t of tUnits) {
    if (tToD.has(t.index)) continue;
    const prevDoc = tToD.get(t.index - 1)?.at(-1) ?? -1;
    const nextDoc = tToD.get(t.index + 1)?.[0] ?? dUnits.length;
    const d = dUnits.find((u) => u.index > prevDoc && u.index < nextDoc && !dToT.has(u.index) && u.clause.id === t.clause.id);
    if (d && d.clause.kind === t.clause.kind && scores[t.index]![d.index]!.score > 0.05) link(t.index, d.index);
  }
}

/** A template clause whose words all stand inside one document paragraph was merged into it. */
function matchContained(
  tUnits: TemplateUnit[],
  dUnits: DocUnit[],
  tToD: Map<number, number[]>,
  link: (ti: number, di: number) => void,
  text: string,
  language: StemLanguage,
): void {
  for (const t of tUnits) {
    if (tToD.has(t.index) || t.clause.kind === 'annex-section') continue;
    // Short litra ("pseudonymisering og kryptering af personoplysninger") merge into a neighbour's line in PDFs.
    const minWords = t.clause.kind === 'litra' ? 4 : 8;
    let best: { di: number; share: number; bag: TemplateUnit['bags'][number] } | null = null;
    for (const bag of t.bags) {
      if (bag.size < minWords) continue;
      for (const d of dUnits) {
        if (d.clause.kind === 'annex-section') continue;
        const share = bagOverlap(bag.bag, d.bag) / bag.size;
        if (share >= CONTAINED_THRESHOLD && (!best || share > best.share)) best = { di: d.index, share, bag };
      }
    }
    if (!best) continue;
    // Shared words are not enough: the clause's words must stand in the document in the template's order.
    const tokens = templateTokens(best.bag.parts, language, dUnits[best.di]!.bag);
    const fixed = tokens.filter((x) => !x.slot).length;
    const where = densestWindow(dUnits[best.di]!.tokens, best.bag.bag, 2 * tokens.length + 200);
    if (fixed && diffClause(tokens, where, text).matched / fixed >= CONTAINED_THRESHOLD) link(t.index, best.di);
  }
}

/**
 * The stretch of `size` tokens holding the most words of `bag` (all of them when there are no more). A clause merged
 * into a long paragraph stands in one place of it: comparing it with that stretch instead of a whole 1 MB paragraph
 * keeps the comparison small (src/align/word-diff.ts MAX_EDIT_LENGTH) and the merge detected.
 */
function densestWindow(tokens: Token[], bag: Map<string, number>, size: number): Token[] {
  if (tokens.length <= size) return tokens;
  let count = 0;
  let best = -1;
  let bestStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (bag.has(tokens[i]!.key)) count++;
    if (i >= size && bag.has(tokens[i - size]!.key)) count--;
    if (i >= size - 1 && count > best) {
      best = count;
      bestStart = i - size + 1;
    }
  }
  return tokens.slice(bestStart, bestStart + size);
}

/** A document paragraph that continues its neighbour's template clause (the clause was split in two). */
function matchSplit(
  tUnits: TemplateUnit[],
  dUnits: DocUnit[],
  tToD: Map<number, number[]>,
  dToT: Map<number, number[]>,
  link: (ti: number, di: number) => void,
): void {
  for (const d of dUnits) {
    if (dToT.has(d.index) || d.tokens.length < 4 || d.clause.kind === 'annex-section') continue;
    for (const neighbour of [d.index - 1, d.index + 1]) {
      const ts = dToT.get(neighbour);
      if (!ts || ts.length !== 1) continue;
      const t = tUnits[ts[0]!]!;
      const usedByNeighbour = bagOverlap(t.bags[0]!.bag, dUnits[neighbour]!.bag);
      const share = bagOverlap(t.bags[0]!.bag, d.bag) / d.tokens.length;
      // Only when the template clause has words the neighbour does not already cover.
      if (share >= 0.7 && usedByNeighbour + d.tokens.length * 0.5 <= t.bags[0]!.size + 2) {
        link(t.index, d.index);
        break;
      }
    }
  }
}

interface Group {
  t: number[];
  d: number[];
}

/** Connected groups of linked units: usually one template clause and one document clause. */
function components(tToD: Map<number, number[]>, dToT: Map<number, number[]>): Group[] {
  const seenT = new Set<number>();
  const groups: Group[] = [];
  for (const start of [...tToD.keys()].sort((a, b) => a - b)) {
    if (seenT.has(start)) continue;
    const group: Group = { t: [], d: [] };
    const seenD = new Set<number>();
    const stack = [start];
    seenT.add(start);
    while (stack.length) {
      const ti = stack.pop()!;
      group.t.push(ti);
      for (const di of tToD.get(ti) ?? []) {
        if (seenD.has(di)) continue;
        seenD.add(di);
        group.d.push(di);
        for (const tj of dToT.get(di) ?? []) {
          if (!seenT.has(tj)) {
            seenT.add(tj);
            stack.push(tj);
          }
        }
      }
    }
    group.t.sort((a, b) => a - b);
    group.d.sort((a, b) => a - b);
    groups.push(group);
  }
  return groups;
}

function compareGroup(
  ts: TemplateUnit[],
  ds: DocUnit[],
  text: string,
  language: StemLanguage,
  scores: Array<Array<{ score: number; variant: string | null }>>,
): ClauseMatch[] {
  const docTokens: Token[] = withoutHeading(ds.flatMap((d) => d.tokens), ts[0]!, language);
  const docBag = new Map<string, number>();
  for (const d of ds) for (const [k, c] of d.bag) docBag.set(k, (docBag.get(k) ?? 0) + c);

  const ranges: Array<{ unit: TemplateUnit; variant: string | null; from: number; to: number }> = [];
  const tplTokens: TemplateToken[] = [];
  for (const t of ts) {
    const variant = pickVariant(t, ds, scores);
    const parts = t.bags.find((b) => b.variant === variant)?.parts ?? t.clause.parts;
    const tokens = resolveChoices(parts, language, docBag, docTokens, text);
    ranges.push({ unit: t, variant, from: tplTokens.length, to: tplTokens.length + tokens.length });
    tplTokens.push(...tokens);
  }
  const diff = diffClause(tplTokens, docTokens, text);
  const merged = ts.length > 1;

  return ranges.map(({ unit, variant, from, to }, k) => {
    const last = k === ranges.length - 1;
    const inRange = (c: LocatedChange) => c.tplIndex >= from && (c.tplIndex < to || (last && c.tplIndex >= to));
    const own = tplTokens.slice(from, to).filter((t) => !t.slot);
    // Too different to compare word by word: each clause of the group was replaced by the document's text.
    const changes = diff.rewritten ? diff.changes.map((c) => ({ ...c, before: own.map((t) => t.text).join(' ') })) : diff.changes.filter(inRange);
    const fixed = own.length;
    const matched = diff.matchedAt.slice(from, to).filter(Boolean).length;
    // With several template clauses in one paragraph, document words are shared: similarity is the template side's recall.
    const docWords = merged ? fixed : Math.max(diff.docWords, 0);
    const sim = fixed + docWords === 0 ? 1 : (2 * matched) / (fixed + docWords);
    const slots: Record<string, string> = {};
    for (const s of diff.slots) if (s.tplIndex >= from && s.tplIndex < to && !(s.name in slots)) slots[s.name] = s.value;
    const substantive = changes.some((c) => c.substantive);
    return {
      template: unit.clause,
      clauses: ds.map((d) => d.clause),
      status: substantive ? 'modified' : changes.length ? 'equivalent' : 'identical',
      similarity: Math.min(1, sim),
      variant,
      changes: changes.map(({ tplIndex: _drop, ...c }) => c),
      redline: substantive ? diff.redline : '',
      slots,
    } satisfies ClauseMatch;
  });
}

function pickVariant(t: TemplateUnit, ds: DocUnit[], scores: Array<Array<{ score: number; variant: string | null }>>): string | null {
  let best: { score: number; variant: string | null } = { score: -1, variant: t.bags[0]?.variant ?? null };
  for (const d of ds) {
    const s = scores[t.index]![d.index]!;
    if (s.score > best.score) best = s;
  }
  return best.variant;
}

/** Each inline choice takes the option that leaves the fewest differences (word counts alone tie too often). */
function resolveChoices(parts: TemplatePart[], language: StemLanguage, docBag: Map<string, number>, doc: Token[], text: string): TemplateToken[] {
  const counts = choiceCount(parts);
  if (counts.length === 0) return templateTokens(parts, language, docBag);
  const picks = counts.map(() => -1);
  for (let n = 0; n < counts.length; n++) {
    let best = { pick: -1, matched: -1 };
    for (let o = 0; o < counts[n]!; o++) {
      picks[n] = o;
      const tokens = templateTokens(parts, language, docBag, (_options, k) => picks[k]!);
      const matched = diffClause(tokens, doc, text).matched - tokens.length * 0.001;
      if (matched > best.matched) best = { pick: o, matched };
    }
    picks[n] = best.pick;
  }
  return templateTokens(parts, language, docBag, (_options, k) => picks[k]!);
}

// A clause heading written into the clause's first line ("7.2. Purpose limitation The processor shall …") is the
// template's title, not inserted text.
function withoutHeading(tokens: Token[], t: TemplateUnit, language: StemLanguage): Token[] {
  const title = t.clause.title;
  if (!title || t.clause.kind === 'annex-section') return tokens;
  const keys = tokenize(title, language).map((x) => x.key);
  if (keys.length === 0 || keys.length > tokens.length) return tokens;
  return keys.every((k, i) => tokens[i]!.key === k) ? tokens.slice(keys.length) : tokens;
}

/**
 * Annex sections the template numbers but a document writes as plain headings inside the annex ("Categories of data
 * subjects whose personal data is processed" in Annex II): found when the annex holds the section's heading words in order.
 */
function inUnnumberedAnnex(
  tc: TemplateClause,
  template: Template,
  annexMatch: (id: string) => ClauseMatch | undefined,
  seg: SegmentedDocument,
  language: StemLanguage,
): ClauseMatch | null {
  if (tc.kind !== 'annex-section' || !tc.parent || !tc.title) return null;
  const annex = annexMatch(tc.parent)?.clauses[0];
  if (!annex) return null;
  const found: ClauseMatch = { template: tc, clauses: [annex], status: 'equivalent', similarity: 1, variant: null, changes: [], redline: '', slots: {} };
  const heading = tokenize(tc.title, language).slice(0, 8).map((t) => t.key);
  if (heading.length >= 2) {
    const body = tokenize(seg.norm.text.slice(annex.bodyStart, annex.end), language).map((t) => t.key);
    for (let i = 0; i + heading.length <= body.length; i++) {
      if (heading.every((k, j) => body[i + j] === k)) return found;
    }
  }
  // A heading of the annex that names the section in fewer words ("Overførsel til tredjelande" for C.6), when no other
  // section of the annex fits that heading better.
  const siblings = template.clauses.filter((c) => c.kind === 'annex-section' && c.parent === tc.parent && c.title);
  const titleBag = (t: string) => bagOf(tokenize(t, language).map((x) => x.key));
  const own = titleBag(tc.title);
  for (const block of seg.norm.blocks) {
    if (block.kind !== 'heading' || block.start < annex.bodyStart || block.end > annex.end) continue;
    const bag = titleBag(block.text);
    const score = dice(own, bag);
    if (score < HEADING_DICE) continue;
    if (siblings.every((c) => c === tc || dice(titleBag(c.title!), bag) < score)) return found;
  }
  return null;
}

/** Title words a shortened section heading shares with the template's ("Procedurer for den dataansvarliges inspektioner"). */
const HEADING_DICE = 0.4;
