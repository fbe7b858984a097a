// Section, clause and annex ids shifted against the template, duplicated, skipped, out of order, or numbered but empty.
import type { Rule, RuleContext } from '../src/engine/types.js';
import type { Clause } from '../src/model.js';
import type { ClauseMatch } from '../src/align/types.js';
import { meta, quote, templateClauseOf } from './lib/shared.js';

const rule: Rule = {
  meta: meta({
    id: 'numbering',
    description: 'Section, clause or annex numbers are shifted, duplicated, skipped or out of order',
    defaultSeverity: 'warning',
    category: 'template',
    recommended: true,
  }),
  check(ctx) {
    // Litra labels come from list positions and bullets as often as from the text: only numbered units are checked.
    const clauses = ctx.doc.segmented.clauses.filter((c) => c.id !== null && c.kind !== 'litra').sort((a, b) => a.start - b.start);
    const partOf = partIndex(ctx.doc.segmented.clauses);
    const duplicates = reportDuplicates(ctx, clauses, partOf);
    reportUnknownAnnexIds(ctx, clauses, duplicates);
    reportEmptySections(ctx, clauses);
    const gaps = reportSequenceGaps(ctx, clauses, duplicates, partOf);
    reportShifts(ctx, new Set([...duplicates, ...gaps]));
  },
};

// "Section C - TOMs", "Part 2", "Schedule 1": an unnumbered heading that opens a part of its own, whose numbering
// starts again at 1.
const PART_HEADING = /^(?:Section|Part|Schedule|Appendix|Exhibit|Del)[ \t]+(?:[A-Z]|\d{1,2}|[IVX]{1,4})\b/;

/** Which part (counted by part headings before it) a unit belongs to. */
function partIndex(all: Clause[]): (c: Clause) => number {
  const starts = all.filter((c) => c.id === null && c.kind === 'section' && PART_HEADING.test(c.title ?? '')).map((c) => c.start);
  // Binary search: a long document may hold many part headings.
  return (c) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= c.start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function reportDuplicates(ctx: RuleContext, clauses: Clause[], partOf: (c: Clause) => number): Set<Clause> {
  const first = new Map<string, Clause>();
  const dups = new Set<Clause>();
  for (const c of clauses) {
    const key = `${partOf(c)}:${c.kind === 'section' || c.kind === 'annex' ? 'S' : 'C'}:${c.id}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, c);
      continue;
    }
    dups.add(c);
    const line = ctx.doc.segmented.norm.positionAt(earlier.start).line;
    ctx.report({
      message: `${c.id} is numbered twice (first at line ${line})`,
      clause: templateClauseOf(ctx.doc, c)?.id ?? c.id,
      offset: c.start,
      evidence: quote(ctx.doc.segmented.norm.text, c.start, c.end, 120),
      suggestion: 'Give every section and clause its own number, in the template\u2019s order.',
    });
  }
  return dups;
}

/** Annex sections have fixed ids in the template (A.1–A.5 …): an id beyond them is a numbering slip. */
function reportUnknownAnnexIds(ctx: RuleContext, clauses: Clause[], dups: Set<Clause>): void {
  const template = ctx.doc.template;
  if (!template) return;
  const known = new Set(template.clauses.map((c) => c.id));
  const annexes = new Set(template.clauses.filter((c) => c.kind === 'annex').map((c) => c.id));
  for (const c of clauses) {
    if (c.kind !== 'annex-section' || dups.has(c) || known.has(c.id!)) continue;
    const annex = c.id!.split('.')[0]!;
    if (!annexes.has(annex)) continue;
    const siblings = template.clauses.filter((t) => t.kind === 'annex-section' && t.parent === annex).map((t) => t.id);
    // An annex the template leaves free-form (Bilag D) may be structured as the parties like.
    if (siblings.length === 0) continue;
    const same = templateClauseOf(ctx.doc, c)?.id ?? null;
    ctx.report({
      message: `${c.id} does not exist in the template (Bilag ${annex} has ${siblings[0]}–${siblings[siblings.length - 1]})${same ? `; its text is the template's ${same}` : ''}`,
      clause: same ?? c.id,
      offset: c.start,
      evidence: quote(ctx.doc.segmented.norm.text, c.start, c.end, 120),
    });
  }
}

function reportEmptySections(ctx: RuleContext, clauses: Clause[]): void {
  clauses.forEach((c, k) => {
    if (c.kind !== 'section' || (c.title ?? '').trim() !== '' || c.text.trim() !== '') return;
    const next = clauses[k + 1];
    if (next && next.parent === c.id) return;
    ctx.report({
      message: `Section ${c.id} is numbered but has no title and no text`,
      clause: null,
      offset: c.start,
      evidence: quote(ctx.doc.segmented.norm.text, c.start, c.end, 40),
      suggestion: 'Remove the stray number, or restore the section it stood for.',
    });
  });
}

/** Within one parent, ids must run 1, 2, 3 … (or a, b, c …): report jumps and steps backwards. */
function reportSequenceGaps(ctx: RuleContext, clauses: Clause[], dups: Set<Clause>, partOf: (c: Clause) => number): Set<Clause> {
  const reported = new Set<Clause>();
  const missingTemplateIds = new Set((ctx.doc.alignment?.matches ?? []).filter((m) => m.status === 'missing').map((m) => m.template.id));
  const lastByParent = new Map<string, { ord: number; clause: Clause }>();
  const sectionIds = new Set(clauses.filter((c) => c.kind === 'section' && c.id).map((c) => c.id!));
  for (const c of clauses) {
    if (dups.has(c) || c.kind === 'front') continue;
    const parts = c.id!.split('.');
    const local = parts[parts.length - 1]!;
    const ord = ordinal(local);
    if (ord === null) continue;
    const parentKey = `${partOf(c)}/${c.kind === 'section' || c.kind === 'annex' ? 'top' : parts.slice(0, -1).join('.')}/${c.kind === 'annex' ? 'annex' : 'x'}/${/^\d/.test(local) ? 'n' : 'a'}`;
    const prev = lastByParent.get(parentKey);
    lastByParent.set(parentKey, { ord: Math.max(ord, prev?.ord ?? 0), clause: c });
    if (!prev) {
      // "6.2" as the first clause of section 6: the section's first clause was left out (a translation dropping 6.1).
      const parentId = parts.slice(0, -1).join('.');
      // Only a start at .2 or .3: a higher first number ("5.36") is a number read out of text, not a dropped clause.
      if (c.kind !== 'clause' || !/^\d/.test(local) || ord === 1 || ord > 3 || !sectionIds.has(parentId)) continue;
      const skipped = range(1, ord).map((n) => `${parentId}.${n}`);
      if (skipped.every((id) => missingTemplateIds.has(id))) continue;
      reported.add(c);
      ctx.report({
        message: `Section ${parentId} starts at ${c.id}: ${skipped.join(', ')} skipped`,
        clause: templateClauseOf(ctx.doc, c)?.id ?? c.id,
        offset: c.start,
        evidence: quote(ctx.doc.segmented.norm.text, c.start, c.end, 120),
      });
      continue;
    }
    if (ord <= prev.ord) {
      reported.add(c);
      ctx.report({
        message: `${c.id} comes after ${prev.clause.id}: numbers out of order`,
        clause: templateClauseOf(ctx.doc, c)?.id ?? c.id,
        offset: c.start,
        evidence: quote(ctx.doc.segmented.norm.text, c.start, c.end, 120),
      });
    } else if (ord > prev.ord + 1) {
      const skipped = range(prev.ord + 1, ord).map((n) => [...parts.slice(0, -1), unordinal(n, local)].join('.'));
      // A number left out because its clause was deleted still agrees with the template: clause-missing reports it.
      if (skipped.every((id) => missingTemplateIds.has(id))) continue;
      reported.add(c);
      ctx.report({
        message: `${prev.clause.id} is followed by ${c.id}: ${skipped.join(', ')} skipped`,
        clause: templateClauseOf(ctx.doc, c)?.id ?? c.id,
        offset: c.start,
        evidence: quote(ctx.doc.segmented.norm.text, c.start, c.end, 120),
      });
    }
  }
  return reported;
}

/** Sections (and clauses within a section) whose number differs from the template clause they align to. */
function reportShifts(ctx: RuleContext, alreadyReported: Set<Clause>): void {
  const alignment = ctx.doc.alignment;
  if (!alignment) return;
  const norm = ctx.doc.segmented.norm;
  const sections = alignment.matches.filter((m) => (m.template.kind === 'section' || m.template.kind === 'annex') && m.clauses[0]?.id);
  let run: Array<{ doc: string; tpl: string; clause: Clause }> = [];
  const flush = () => {
    if (run.length === 0) return;
    const a = run[0]!;
    const z = run[run.length - 1]!;
    const what = run.length === 1 ? `Section ${a.doc} is the template's section ${a.tpl}` : `Sections ${a.doc}–${z.doc} are the template's sections ${a.tpl}–${z.tpl}`;
    ctx.report({
      message: `${what}: numbered ${shiftWords(Number(a.doc) - Number(a.tpl))} than the standard clauses`,
      clause: a.tpl,
      offset: a.clause.start,
      evidence: quote(norm.text, a.clause.start, a.clause.end, 80),
      expected: a.tpl,
      actual: a.doc,
      suggestion: 'Keep the template\u2019s numbering: the clauses cross-reference each other by number.',
    });
    run = [];
  };
  for (const m of sections) {
    const doc = m.clauses[0]!.id!;
    const tpl = m.template.id;
    const shifted = /^\d+$/.test(doc) && /^\d+$/.test(tpl) && doc !== tpl;
    const prev = run[run.length - 1];
    if (!shifted || (prev && Number(doc) - Number(tpl) !== Number(prev.doc) - Number(prev.tpl))) flush();
    if (shifted) run.push({ doc, tpl, clause: m.clauses[0]! });
  }
  flush();

  // Clauses renumbered inside a section whose own number is right (a clause deleted and the rest moved up): one finding per section.
  const renumbered = new Map<string, Array<{ doc: string; tpl: string; clause: Clause }>>();
  const claimed = new Set<Clause>();
  const ids = ctx.doc.segmented.clauses.map((c) => c.id);
  const annexWithDuplicates = new Set(ids.filter((id, k) => id && ids.indexOf(id) !== k).map((id) => id!.split('.')[0]));
  for (const m of alignment.matches) {
    if (m.template.kind !== 'clause' && m.template.kind !== 'annex-section') continue;
    const c = m.clauses[0];
    if (!c?.id || m.clauses.length > 1) continue;
    // A paragraph holding two template clauses (merged) is numbered after the first of them.
    if (claimed.has(c) || alreadyReported.has(c)) continue;
    claimed.add(c);
    const [docTop, ...docRest] = c.id.split('.');
    const [tplTop, ...tplRest] = m.template.id.split('.');
    const docLocal = docRest.join('.');
    if (docLocal === tplRest.join('.') || docLocal === '' || !/^\d+$/.test(docLocal)) continue;
    if (m.template.kind === 'annex-section' && (docTop !== tplTop || annexWithDuplicates.has(docTop))) continue;
    // Dropping an optional clause (7.6 since 2024) and numbering on is what the amendment invites.
    if (docLocal === String(Number(tplRest[0]) - missingOptionalBefore(alignment.matches, m.template.id))) continue;
    const section = sections.find((s) => s.template.id === tplTop);
    if (section && section.clauses[0]?.id !== section.template.id) continue;
    const list = renumbered.get(tplTop!) ?? renumbered.set(tplTop!, []).get(tplTop!)!;
    list.push({ doc: c.id, tpl: m.template.id, clause: c });
  }
  for (const list of renumbered.values()) {
    const a = list[0]!;
    const pairs = list.map((p) => `${p.doc} = ${p.tpl}`).join(', ');
    ctx.report({
      message: list.length === 1 ? `${a.doc} is the template's ${a.tpl}` : `Clauses renumbered against the template: ${pairs}`,
      clause: a.tpl,
      offset: a.clause.start,
      evidence: quote(norm.text, a.clause.start, a.clause.end, 80),
      expected: list.map((p) => p.tpl).join(', '),
      actual: list.map((p) => p.doc).join(', '),
    });
  }
}

function missingOptionalBefore(matches: ClauseMatch[], templateId: string): number {
  const parent = templateId.split('.')[0];
  const k = matches.findIndex((m) => m.template.id === templateId);
  return matches.slice(0, k).filter((m) => m.template.kind === 'clause' && m.template.parent === parent && m.template.optional && m.status === 'missing').length;
}

function shiftWords(delta: number): string {
  const n = Math.abs(delta);
  const amount = n === 1 ? 'one' : String(n);
  return delta < 0 ? `${amount} lower` : `${amount} higher`;
}

function ordinal(local: string): number | null {
  if (/^\d+$/.test(local)) return Number(local);
  if (/^[a-z]$/.test(local)) return local.charCodeAt(0) - 96;
  if (/^[A-Z]$/.test(local)) return local.charCodeAt(0) - 64;
  return null;
}

function unordinal(n: number, like: string): string {
  if (/^\d+$/.test(like)) return String(n);
  return String.fromCharCode((/^[a-z]$/.test(like) ? 96 : 64) + n);
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let n = from; n < to; n++) out.push(n);
  return out;
}

export default rule;
