// References such as "Bestemmelse 9.2.a", "Bilag C.6", "punkt 7.3" or "afsnit 10.2., litra b" that point to nothing,
// or, in a renumbered document, to a clause other than the one the standard text means.
import type { Rule, RuleContext } from '../src/engine/types.js';
import type { Clause } from '../src/model.js';
import type { TemplateClause } from '../src/template/types.js';
import { FOLLOWS_TEMPLATE, clauseAt, meta, quoteAround, templateClauseOf, templateCoverage } from './lib/shared.js';

// Linear-time patterns: a keyword, then one id; further ids joined by "og"/"and"/"," are read by a scanner below.
const KEYWORD = /\b(bestemmelse(?:rne)?|punkt(?:erne)?|pkt\.|afsnit|klausul|clauses?|sections?|bilag|annex|appendix)\s+(?=[A-D0-9IVX])/giu;
const ID = /^(?:([A-D])\.(\d{1,2})|(\d{1,2}(?:\.\d{1,2}){0,2})(?:\.([a-z]))?|([A-D]|[IVX]{1,4})(?![A-Za-zÀ-ÖØ-öø-ɏ\d]))\.?(?:\s*,?\s*(?:litra|lit\.)\s+([a-z])\b)?/u;
// "Section 12 of the Agreement", "punkt 4 i hovedaftalen", "Clause 8.5 of the EEA SCCs": a reference into another document.
const OTHER_DOCUMENT = /^\.?\s*(?:of|in|under|i|af|til)\s+(?:the\s+|den\s+)?(?:main\s+|master\s+|principal\s+|underlying\s+|service\s+)?(?:agreement|msa|terms|contract|hovedaftale|aftale[n]?\b|kontrakt|samarbejdsaftale|gdpr|databeskyttelsesforordning|forordning|persondataforordning|(?:eea\s+|eu\s+|uk\s+|swiss\s+)?sccs?\b|(?:eu\s+)?standard\s+contractual\s+clauses|uk\s+addendum|idta\b)/iu;
const JOINER = /^\s*(?:,|og|and|eller|or|samt|–|-)\s*/u;

interface Reference {
  target: string;
  /** The reference as a reader would quote it: "Bestemmelse 9.2.a". */
  quote: string;
  start: number;
  end: number;
  annex: boolean;
}

export function findReferences(text: string): Reference[] {
  const refs: Reference[] = [];
  for (const m of text.matchAll(KEYWORD)) {
    const annexKeyword = /^(bilag|annex|appendix)/i.test(m[1]!);
    let pos = m.index + m[0].length;
    for (let n = 0; n < 6; n++) {
      const id = ID.exec(text.slice(pos, pos + 40));
      if (!id) break;
      const target = id[1]
        ? `${id[1]}.${id[2]}`
        : id[3]
          ? [id[3], id[4] ?? id[6]].filter(Boolean).join('.')
          : id[5]!;
      // "Bilag A" is an annex; a bare roman numeral or letter after "punkt" is not an id.
      if (id[5] && !annexKeyword) break;
      if (id[3] && annexKeyword) break;
      if (OTHER_DOCUMENT.test(text.slice(pos + id[0].length, pos + id[0].length + 40))) break;
      refs.push({ target, quote: `${m[1]} ${id[0].trim()}`, start: m.index, end: pos + id[0].length, annex: annexKeyword || Boolean(id[1]) });
      pos += id[0].length;
      const joined = JOINER.exec(text.slice(pos, pos + 10));
      if (!joined) break;
      pos += joined[0].length;
    }
  }
  return refs;
}

const rule: Rule = {
  meta: meta({
    id: 'cross-reference',
    description: 'A cross-reference points to nothing, or to another clause than the standard text means',
    defaultSeverity: 'error',
    category: 'template',
    recommended: true,
  }),
  check(ctx) {
    const seg = ctx.doc.segmented;
    const text = seg.norm.text;
    const ids = new Set(seg.clauses.map((c) => c.id).filter((id): id is string => id !== null).map(annexKey));
    const numbered = seg.clauses.filter((c) => c.id && /^\d/.test(c.id)).length;
    const hasAnnexes = seg.clauses.some((c) => c.kind === 'annex' || c.kind === 'annex-section');
    const inToc = (o: number) => seg.tocSpans.some((s) => o >= s.start && o < s.end);

    // References grouped by the clause they stand in, so each can be held against the template's own references there.
    const byContainer = new Map<Clause | null, Reference[]>();
    for (const ref of findReferences(text)) {
      if (inToc(ref.start)) continue;
      const container = clauseAt(ctx.doc, ref.start);
      if (container?.id === ref.target) continue;
      const list = byContainer.get(container) ?? byContainer.set(container, []).get(container)!;
      if (!list.some((r) => r.target === ref.target)) list.push(ref);
    }

    for (const [container, refs] of byContainer) {
      const tc = container ? templateClauseOf(ctx.doc, container) : null;
      const explained = new Set<Reference>();
      if (tc && ctx.doc.alignment) {
        for (const [ref, meant] of pairWithTemplate(refs, tc, ctx)) {
          explained.add(ref);
          const landsOn = ctx.doc.alignment.docToTemplate.get(ref.target);
          ctx.report({
            message: `"${ref.quote}" refers to ${ref.target}${landsOn && landsOn !== ref.target ? ` (the template's ${landsOn})` : ids.has(ref.target) ? '' : ', which does not exist'}; the standard text refers to ${meant.template}${meant.doc !== meant.template ? `, numbered ${meant.doc} in this document` : ''}`,
            clause: tc.id,
            offset: ref.start,
            // Another annex named than the standard text names is a change of content more than a broken reference.
            severity: ref.annex ? 'warning' : undefined,
            evidence: quoteAround(text, ref.start, ref.end, 50),
            expected: meant.doc,
            actual: ref.target,
            suggestion: `Refer to ${meant.doc}.`,
          });
        }
      }
      for (const ref of refs) {
        if (explained.has(ref) || ids.has(ref.target)) continue;
        // Few numbers may be numbering the segmenter did not see; not when the template's clauses were all found
        // unnumbered, where a "Bestemmelse 9.2.a" has nothing to point at.
        if (ref.annex ? !hasAnnexes : numbered < 5 && !(ctx.doc.template && templateCoverage(ctx.doc) >= FOLLOWS_TEMPLATE)) continue;
        // Without a known template, "Clause 18" may well be a clause of an incorporated text (the SCCs, the main
        // agreement): only a reference into a section this document has is surely its own.
        if (!ctx.doc.template && !ids.has(ref.target.split('.')[0]!) ) continue;
        if (!ctx.doc.template && !ref.target.includes('.')) continue;
        // When most of the template's clauses were not found, the document's own structure was not understood well
        // enough to say a target is absent.
        if (ctx.doc.template && templateCoverage(ctx.doc) < FOLLOWS_TEMPLATE) continue;
        if (!pointsToNothing(ctx, ref.target, ids, numbered)) continue;
        ctx.report({
          message: `"${ref.quote}" refers to ${ref.target}, which does not exist in this document`,
          clause: tc?.id ?? container?.id ?? null,
          offset: ref.start,
          evidence: quoteAround(text, ref.start, ref.end, 50),
          actual: ref.target,
          suggestion: 'Correct the reference to the clause it means.',
        });
      }
    }
  },
};

/**
 * The template clause's own references, translated into this document's numbering, against the references the document
 * makes in that clause: each document reference that is not one of them is paired, in order, with a template reference
 * the document lacks.
 */
function pairWithTemplate(refs: Reference[], tc: TemplateClause, ctx: RuleContext): Array<[Reference, { template: string; doc: string }]> {
  const alignment = ctx.doc.alignment!;
  const meant = tc.references.map((r) => ({ template: r, doc: annexKey(alignment.templateToDoc.get(r) ?? r) }));
  const depth = (id: string) => id.split('.').length;
  const isAnnexId = (id: string) => /^(?:[A-D]|[IVX]+)(?:\.|$)/.test(id);
  const unmetMeant = meant.filter((m) => !refs.some((r) => r.target === m.doc));
  const strayRefs = refs.filter((r) => !meant.some((m) => m.doc === r.target));
  const pairs: Array<[Reference, { template: string; doc: string }]> = [];
  for (const ref of strayRefs) {
    const k = unmetMeant.findIndex((m) => isAnnexId(m.template) === isAnnexId(ref.target) && depth(m.doc) === depth(ref.target));
    if (k === -1) continue;
    pairs.push([ref, unmetMeant[k]!]);
    unmetMeant.splice(k, 1);
  }
  return pairs;
}

/** "Annex I", "Appendix 2", "Bilag 1.A" → the annex's own id, as references name it. */
function annexKey(id: string): string {
  // "Bilag 1.A": the template's Bilag A kept as an annex of annex 1, which the clauses still call "bilag A".
  return id.replace(/^(?:annex|appendix|schedule|exhibit|attachment|bilag|anlage)\s+/iu, '').replace(/^\d{1,2}\.(?=[A-D]$)/u, '');
}

/** Whether a missing target is really absent, not just a structure the segmenter could not see (unlabelled litra). */
function pointsToNothing(ctx: RuleContext, target: string, ids: Set<string>, numbered: number): boolean {
  const litra = /^(.+)\.([a-z])$/.exec(target);
  if (!litra) return true;
  const [, parent] = litra;
  // In a document that numbers (almost) nothing, neither the clause nor its litra can be found by number.
  if (numbered < 5 && !ids.has(parent!)) return true;
  const docHasLitraUnder = [...ids].some((id) => id.startsWith(`${parent}.`) && /\.[a-z]$/.test(id));
  if (docHasLitraUnder) return true;
  const tplParent = ctx.doc.alignment?.docToTemplate.get(parent!) ?? parent!;
  return !ctx.doc.template?.clauses.some((c) => c.id === `${tplParent}.${litra[2]}`);
}


export default rule;
