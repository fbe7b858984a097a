// A document that holds only the annexes of a DPA (Bilag A-D), the clauses they belong to standing in another document.
import type { LintDocument } from '../../src/engine/types.js';
import { loadTemplates } from '../../src/template/load.js';

/** Most front matter an annexes-only document has before its first annex (a title, the parties, a note). */
const ANNEXES_ONLY_FRONT_MAX = 2000;

/** How an annex title is compared: its first three words, lower-case. */
const titleKey = (title: string): string => (title.toLowerCase().match(/[a-zæøåäöü]+/g) ?? []).slice(0, 3).join(' ');
let templateAnnexTitles: Set<string> | null = null;

/**
 * Annexes without the clauses they belong to: a short front matter, then only annexes (each once) and their sections,
 * at least two of them titled as a known template's annexes ("Oplysninger om behandlingen", "List of sub-processors").
 * A DPA whose text stands in one appendix, or whose unnumbered body was read as annexes, is not this.
 */
export function holdsOnlyAnnexes(doc: LintDocument): boolean {
  const units = doc.segmented.clauses;
  const annexes = units.filter((c) => c.kind === 'annex');
  if (annexes.length < 2 || new Set(annexes.map((a) => a.id)).size !== annexes.length) return false;
  const front = units.find((c) => c.kind === 'front');
  if (front && front.end - front.start > ANNEXES_ONLY_FRONT_MAX) return false;
  if (!units.every((c) => c.kind === 'front' || c.kind === 'annex' || c.kind === 'annex-section' || (c.kind === 'litra' && c.parent !== null && /^[A-Z]/.test(c.parent)))) return false;
  templateAnnexTitles ??= new Set(loadTemplates().flatMap((t) => t.clauses.filter((c) => c.kind === 'annex' && c.title).map((c) => titleKey(c.title!))));
  return annexes.filter((a) => a.title && templateAnnexTitles!.has(titleKey(a.title))).length >= 2;
}
