// Sections and annexes follow their clauses: a document section is the template section most of its clauses align to.
// Empty sections (no clauses to vote) fall back on their titles.
import type { Clause, SegmentedDocument } from '../model.js';
import type { Template } from '../template/types.js';
import type { ClauseMatch } from './types.js';
import { dice } from './similarity.js';
import { bagOf, tokenize, type StemLanguage } from './tokens.js';

const TITLE_THRESHOLD = 0.5;

export function alignSections(
  seg: SegmentedDocument,
  template: Template,
  matches: Map<string, ClauseMatch>,
  language: StemLanguage,
): Map<string, ClauseMatch> {
  const docSections = seg.clauses.filter((c) => c.kind === 'section' || c.kind === 'annex').sort((a, b) => a.start - b.start);
  const votes = new Map<string, Map<Clause, number>>();
  for (const m of matches.values()) {
    const tParent = topLevel(m.template.parent ?? m.template.id);
    for (const c of m.clauses) {
      const section = enclosingSection(docSections, c);
      if (!section) continue;
      const row = votes.get(tParent) ?? votes.set(tParent, new Map()).get(tParent)!;
      row.set(section, (row.get(section) ?? 0) + 1);
    }
  }

  const titleBag = (s: string | null) => bagOf(tokenize(s ?? '', language).map((t) => t.key));
  const used = new Set<Clause>();
  const out = new Map<string, ClauseMatch>();
  const templateSections = template.clauses.filter((c) => c.kind === 'section' || c.kind === 'annex');

  const assign = (id: string, section: Clause) => {
    const tc = templateSections.find((t) => t.id === id)!;
    used.add(section);
    const sim = dice(titleBag(tc.title), titleBag(section.title));
    out.set(id, {
      template: tc,
      clauses: [section],
      status: sim >= 0.8 || !tc.title ? 'identical' : 'equivalent',
      similarity: tc.title ? sim : 1,
      variant: null,
      changes: [],
      redline: '',
      slots: {},
    });
  };

  // Strongest votes first so a section claimed by most of its clauses wins over a stray one.
  const ranked: Array<[number, string, Clause]> = [];
  for (const [id, row] of votes) for (const [section, n] of row) ranked.push([n, id, section]);
  ranked.sort((a, b) => b[0] - a[0] || a[2].start - b[2].start || (a[1] < b[1] ? -1 : 1));
  for (const [, id, section] of ranked) {
    if (out.has(id) || used.has(section) || !templateSections.some((t) => t.id === id)) continue;
    assign(id, section);
  }

  for (const tc of templateSections) {
    if (out.has(tc.id)) continue;
    const bag = titleBag(tc.title);
    let best: { section: Clause; score: number } | null = null;
    for (const section of docSections) {
      if (used.has(section) || (section.kind === 'annex') !== (tc.kind === 'annex')) continue;
      const score = dice(bag, titleBag(section.title));
      if (score >= TITLE_THRESHOLD && (!best || score > best.score)) best = { section, score };
    }
    if (best) assign(tc.id, best.section);
  }
  return out;
}

function topLevel(id: string): string {
  return id.split('.')[0]!;
}

/** The section or annex a clause belongs to: its parent by id if the segmenter set one, else the nearest one before it. */
export function enclosingSection(sections: Clause[], clause: Clause): Clause | null {
  if (clause.kind === 'section' || clause.kind === 'annex') return clause;
  let found: Clause | null = null;
  for (const s of sections) {
    if (s.start <= clause.start) found = s;
    else break;
  }
  return found;
}
