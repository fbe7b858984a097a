// Bag-of-words similarity between a template unit and a document unit: cheap enough for every pair.
import { bagOverlap } from './tokens.js';
import type { DocUnit, TemplateUnit } from './units.js';

function bagSize(bag: Map<string, number>): number {
  let n = 0;
  for (const c of bag.values()) n += c;
  return n;
}

export function dice(a: Map<string, number>, b: Map<string, number>): number {
  const total = bagSize(a) + bagSize(b);
  return total === 0 ? 0 : (2 * bagOverlap(a, b)) / total;
}

/** Best similarity over the template unit's variants, and which variant gave it. */
export function similarity(t: TemplateUnit, d: DocUnit): { score: number; variant: string | null } {
  const annexSection = t.clause.kind === 'annex-section';
  if (annexSection !== (d.clause.kind === 'annex-section')) return { score: 0, variant: null };
  let best = { score: 0, variant: t.bags[0]?.variant ?? null };
  for (const v of t.bags) {
    let score: number;
    const docSize = d.tokens.length;
    const overlap = bagOverlap(v.bag, d.bag);
    const recall = v.size ? overlap / v.size : 0;
    // Slot values lengthen a clause legitimately: do not let them count against precision.
    const precision = docSize ? overlap / Math.min(docSize, v.size + 12 * v.slots + 4) : 0;
    const body = recall + precision ? (2 * recall * precision) / (recall + precision) : 0;
    if (annexSection) {
      const titleSize = bagSize(t.titleBag);
      const headRecall = titleSize ? bagOverlap(t.titleBag, d.headBag) / titleSize : 0;
      // Annex sections keep their ids far more often than clauses do: a same id tips a close call.
      const sameId = d.clause.id === t.clause.id ? 0.15 : 0;
      const title = 0.85 * Math.max(dice(t.titleBag, d.titleBag), headRecall) + sameId;
      score = v.size >= 6 ? 0.6 * title + 0.4 * body : title;
    } else if (v.size === 0 && bagSize(t.titleBag) > 0) {
      // A clause that is only a heading over its points ("7.4. Security of processing"): its title is all there is.
      score = bagOverlap(t.titleBag, d.headBag) / bagSize(t.titleBag);
      if (d.tokens.length > bagSize(t.titleBag) + 3) score *= 0.5;
    } else {
      score = body;
      if (t.clause.kind !== d.clause.kind) score *= 0.9;
    }
    if (score > best.score) best = { score, variant: v.variant };
  }
  return best;
}
