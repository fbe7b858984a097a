// Which known template a document follows. Works on the normalised text only (the segmenter's clause ids are not
// trusted: a renumbered document must still be recognised), by word-level signals:
//   - clauses: the share of the template's clauses whose fixed text is (nearly) all in the document, as word trigrams.
//     A DPA on a template keeps most clauses verbatim (0.8–1.0 on the seeds and the real Danish DPAs); a vendor text
//     modelled on a template but reworded throughout keeps few (the LEXR adaptation of the Commission's clauses: 0.2);
//   - unique: coverage of the trigrams no other candidate template has, which tells apart the 2018 and 2020
//     Datatilsynet templates (they share much of their wording);
//   - fingerprints: distinctive phrases of each template (headings, opening sentences), found as word sequences.
// Everything is sets of strings, linear in the document's length.
import type { SegmentedDocument } from '../model.js';
import type { Template, TemplatePart } from './types.js';

export interface TemplateScore {
  id: string;
  /** Share of the template's clauses with at least 80 % of their fixed-text trigrams in the document. */
  clauses: number;
  /** Share of the template's fixed-text trigrams found in the document. */
  coverage: number;
  /** Share of the trigrams only this template has (among the candidates) found in the document. */
  unique: number;
  /** Share of the template's fingerprints found in the document. */
  fingerprints: number;
  /** Combined score, 0..1. */
  score: number;
}

export interface Detection {
  template: Template;
  confidence: number;
}

/** Below this combined score no template is assumed (a vendor's own DPA shares only the law's vocabulary). */
const MIN_SCORE = 0.3;
/** A document on a template keeps a good part of its clauses verbatim and several of its distinctive phrases. */
const MIN_CLAUSES = 0.4;
const MIN_FINGERPRINTS = 0.25;
/** A clause counts as present when this share of its trigrams is in the document. */
const CLAUSE_PRESENT = 0.8;
/** Clauses shorter than this many trigrams ("indsigtsretten") say nothing about the template. */
const MIN_CLAUSE_TRIGRAMS = 5;

interface Prepared {
  shingles: Set<string>;
  /** Per clause, the trigram sets of its wordings (one per variant). */
  clauses: Set<string>[][];
  fingerprints: string[];
}

const prepared = new WeakMap<Template, Prepared>();
const uniqueCache = new Map<string, Map<string, Set<string>>>();

/** Lower-case words; hyphenated compounds and quotes split the same way in template and document. */
export function words(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(/[A-Za-zÀ-ÖØ-öø-ɏ0-9²³¹¼-¾⁰-⁹₀-₉]+/gu) ?? [];
}

function trigrams(ws: string[], into: Set<string>): void {
  for (let i = 0; i + 2 < ws.length; i++) into.add(`${ws[i]} ${ws[i + 1]} ${ws[i + 2]}`);
}

function prepare(t: Template): Prepared {
  const hit = prepared.get(t);
  if (hit) return hit;
  const shingles = new Set<string>();
  const clauses: Set<string>[][] = [];
  const runsToSet = (runs: string[]) => {
    const set = new Set<string>();
    for (const r of runs) trigrams(words(r), set);
    return set;
  };
  for (const c of t.clauses) {
    const wordings = (c.variants?.length ? c.variants.map((v) => v.parts) : [c.parts]).map((parts) =>
      runsToSet(parts.filter((p) => p.type === 'text').map((p) => (p.type === 'text' ? p.text : ''))),
    );
    for (const s of wordings) for (const x of s) shingles.add(x);
    // Choices add their options to the vocabulary but not to a clause's own wording (only one option is in a DPA).
    for (const x of runsToSet([...c.parts, ...(c.variants ?? []).flatMap((v) => v.parts)].flatMap(choiceOptions))) shingles.add(x);
    if (c.title) trigrams(words(c.title), shingles);
    if (wordings.some((s) => s.size >= MIN_CLAUSE_TRIGRAMS)) clauses.push(wordings);
  }
  const p: Prepared = { shingles, clauses, fingerprints: t.fingerprints.map((f) => ` ${words(f).join(' ')} `) };
  prepared.set(t, p);
  return p;
}

function choiceOptions(p: TemplatePart): string[] {
  return p.type === 'choice' ? p.options : [];
}

/** Trigrams of each template that none of the other candidates has. */
function uniqueShingles(templates: Template[]): Map<string, Set<string>> {
  const key = templates.map((t) => `${t.id}@${t.version}`).join('\n');
  const hit = uniqueCache.get(key);
  if (hit) return hit;
  const out = new Map<string, Set<string>>();
  for (const t of templates) {
    const own = prepare(t).shingles;
    const others = templates.filter((o) => o !== t).map((o) => prepare(o).shingles);
    const u = new Set<string>();
    for (const s of own) if (!others.some((o) => o.has(s))) u.add(s);
    out.set(t.id, u);
  }
  uniqueCache.set(key, out);
  return out;
}

function share(of: Set<string>, inDoc: Set<string>): number {
  if (of.size === 0) return 0;
  let n = 0;
  for (const s of of) if (inDoc.has(s)) n++;
  return n / of.size;
}

/** Scores of every candidate template for a text, best first (ties by id). */
export function scoreTemplates(text: string, templates: Template[]): TemplateScore[] {
  const ws = words(text);
  const doc = new Set<string>();
  trigrams(ws, doc);
  const joined = ` ${ws.join(' ')} `;
  const unique = uniqueShingles(templates);
  const scores = templates.map((t) => {
    const p = prepare(t);
    const coverage = share(p.shingles, doc);
    const uniq = share(unique.get(t.id)!, doc);
    const clauses = p.clauses.length
      ? p.clauses.filter((wordings) => wordings.some((w) => w.size > 0 && share(w, doc) >= CLAUSE_PRESENT)).length / p.clauses.length
      : 0;
    const fingerprints = p.fingerprints.length ? p.fingerprints.filter((f) => joined.includes(f)).length / p.fingerprints.length : 0;
    // Saturating terms: a DPA that edited a fifth of its clauses is still plainly on the template.
    const score = Math.min(1, 0.4 * Math.min(1, clauses / 0.8) + 0.35 * Math.min(1, uniq / 0.5) + 0.25 * fingerprints);
    return { id: t.id, clauses, coverage, unique: uniq, fingerprints, score };
  });
  return scores.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The template the document follows with a 0..1 confidence, or null when none plausibly (a vendor's own DPA). */
export function detectTemplate(seg: SegmentedDocument, templates: Template[]): Detection | null {
  if (templates.length === 0) return null;
  const scores = scoreTemplates(seg.norm.text, templates);
  const best = scores[0]!;
  if (best.score < MIN_SCORE) return null;
  if (best.clauses < MIN_CLAUSES || best.fingerprints < MIN_FINGERPRINTS) return null;
  const template = templates.find((t) => t.id === best.id)!;
  return { template, confidence: Math.round(best.score * 1000) / 1000 };
}
