// NormalizedDocument → clauses with the ids the document itself gives them (alignment to the template comes later).
// Ids: section "7", clause "7.3" (full "7.3" or nested "3." under section 7), litra "9.2.a" (also bullets, by position),
// annex "B" (numbered/roman annexes: "Schedule 1", "Annex I"), annex section "A.3". Front matter: id null.
import type { Block, Clause, ClauseKind, NormalizedDocument, SegmentedDocument } from '../model.js';
import { parseLabel, type Label } from '../normalize/labels.js';
import { findToc } from './toc.js';
import { isTitleLike, splitAnnexTitle } from './titles.js';

interface Unit {
  clause: Clause;
  /** Enclosing units (section/annex, clause) whose span grows with this one. */
  ancestors: Unit[];
  /** End of the text directly under a section/annex heading (before its first child). */
  directEnd: number;
  hasChild: boolean;
  litraCount: number;
  /** Nested clause number last seen in a section (to tell "3. Title" sections from clause 3). */
  lastClauseNum: number;
  num: number | null;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const FRONT_TITLE = /^(databehandleraftale|databehandleraftalen|standardkontraktsbestemmelser|data processing (agreement|addendum)|dpa|aftale)/i;

export function segment(norm: NormalizedDocument): SegmentedDocument {
  const blocks = norm.blocks;
  const tocRuns = findToc(blocks);
  const inToc = new Set<number>();
  for (const [a, b] of tocRuns) for (let i = a; i <= b; i++) inToc.add(i);
  const tocSpans = tocRuns.map(([a, b]) => ({ start: blocks[a]!.start, end: blocks[b]!.end }));

  const units: Unit[] = [];
  let front: Unit | null = null;
  let section: Unit | null = null;
  let annex: Unit | null = null;
  let clause: Unit | null = null; // clause or annex-section currently open
  let litra: Unit | null = null;
  let romanParent: Unit | null = null;
  let consumedTitle = -1;
  let highestSection = 0;

  const open = (
    kind: ClauseKind,
    id: string | null,
    label: string | null,
    title: string | null,
    block: Block,
    bodyStart: number,
    parent: string | null,
    ancestors: Unit[],
    num: number | null = null,
  ): Unit => {
    const u: Unit = {
      clause: { id, label, kind, title, text: '', start: block.start, end: block.end, bodyStart, parent, blocks: [block] },
      ancestors,
      directEnd: bodyStart,
      hasChild: false,
      litraCount: 0,
      lastClauseNum: 0,
      num,
    };
    if (bodyStart < block.end && (kind === 'section' || kind === 'annex')) u.directEnd = block.end;
    for (const a of ancestors) {
      a.hasChild = true;
      extend(a, block, false);
    }
    units.push(u);
    return u;
  };
  const extend = (u: Unit, block: Block, direct = true) => {
    if (!u.clause.blocks.includes(block)) u.clause.blocks.push(block);
    if (block.end > u.clause.end) u.clause.end = block.end;
    if (direct && !u.hasChild) u.directEnd = block.end;
  };
  const attach = (block: Block) => {
    // Text that continues the unit above it: a litra only for a lower-case continuation, else its clause.
    if (litra && /^[("']?[a-zß-öø-ÿ]/u.test(block.text)) target(litra, block);
    else if (clause) {
      litra = null;
      romanParent = null;
      target(clause, block);
    } else if (section) target(section, block);
    else if (annex) target(annex, block);
    else {
      if (!front) front = open('front', null, null, null, block, block.start, null, []);
      else target(front, block);
    }
  };
  const target = (u: Unit, block: Block) => {
    extend(u, block);
    for (const a of u.ancestors) extend(a, block, false);
  };

  for (let i = 0; i < blocks.length; i++) {
    if (inToc.has(i)) {
      // Front matter before and after a table of contents are separate units, so neither covers the contents.
      if (front && !section && !annex) front = null;
      continue;
    }
    if (i === consumedTitle) continue;
    const block = blocks[i]!;
    const label = labelOf(block);
    const rest = label ? block.text.slice(label.length).trim() : block.text.trim();
    const bodyAt = label ? block.start + label.length : block.start;

    if (label?.kind === 'annex' && rest.length <= 250) {
      let title: string | null = rest.replace(/^[-.:]\s*/, '') || null;
      let end = block;
      const next = blocks[i + 1];
      if (!title && next && !inToc.has(i + 1) && next.kind !== 'table' && !labelOf(next) && isTitleLike(next.text, 160)) {
        title = next.text.trim();
        end = next;
        consumedTitle = i + 1;
      }
      // "Bilag A" → "A"; numbered and roman annexes keep their word so they cannot clash with section ids.
      const word = label.raw.split(/\s+/)[0]!;
      const roman = /^annexe?$/i.test(word) && /^[IVX]$/.test(label.id);
      const id = /^[A-Z]$/.test(label.id) && !roman ? label.id : `${capitalize(word)} ${label.id}`;
      annex = open('annex', id, label.raw, title, block, end.end, null, []);
      if (end !== block) extend(annex, end, false);
      annex.directEnd = end.end;
      annex.clause.bodyStart = end.end;
      section = null;
      clause = null;
      litra = null;
      romanParent = null;
      continue;
    }

    if (label?.kind === 'annex-section') {
      const letter = label.id.split('.')[0]!;
      const split = splitAnnexTitle(rest);
      const restStart = block.start + block.text.indexOf(rest, label.length);
      const title = split.title || null;
      const bodyStart = split.bodyOffset === null ? block.end : restStart + split.bodyOffset;
      const ancestors = annex && annex.clause.id === letter ? [annex] : [];
      clause = open('annex-section', label.id, label.raw, title, block, bodyStart, letter, ancestors);
      section = null;
      litra = null;
      romanParent = null;
      continue;
    }

    const inAnnex = annex !== null || clause?.clause.kind === 'annex-section';
    if (inAnnex && (label?.kind === 'number' || label?.kind === 'litra' || label?.kind === 'word' || block.kind === 'list-item')) {
      // Numbered items and bullets inside an annex are its content ("1. Fastlæggelse af sikkerhedsniveau" in C.2).
      // Only a heading whose number continues the main sections leaves the annexes again (a PDF sets numbered
      // items of C.2 in bold, as headings, but they restart at 1).
      const continuesSections = label?.kind === 'number' && label.parts.length === 1 && label.parts[0]! > highestSection;
      if (!(label?.kind === 'number' && label.parts.length === 1 && block.kind === 'heading' && continuesSections)) {
        attach(block);
        continue;
      }
    }

    if (label && (label.kind === 'number' || label.kind === 'word')) {
      if (label.parts.length >= 2) {
        const sec = String(label.parts[0]);
        const ancestors = section && section.clause.id === sec ? [section] : [];
        clause = open('clause', label.id, label.raw, null, block, bodyAt, sec, ancestors);
        litra = null;
        romanParent = null;
        continue;
      }
      const n = label.parts[0]!;
      if (decideSection(block, label, rest, n, i)) {
        // "SECTION 1" on a line of its own, its title on the next: the title belongs to the section.
        let title: string | null = rest || null;
        let end = block;
        const next = blocks[i + 1];
        if (!title && next && !inToc.has(i + 1) && next.kind !== 'table' && !labelOf(next) && isTitleLike(next.text)) {
          title = next.text.trim();
          end = next;
          consumedTitle = i + 1;
        }
        section = open('section', String(n), label.raw, title, block, end.end, null, [], n);
        if (end !== block) extend(section, end, false);
        highestSection = Math.max(highestSection, n);
        section.directEnd = end.end;
        annex = null;
        clause = null;
        litra = null;
        romanParent = null;
        continue;
      }
      if (section) {
        section.lastClauseNum = n;
        clause = open('clause', `${section.clause.id ?? ''}${section.clause.id ? '.' : ''}${n}`, label.raw, null, block, bodyAt, section.clause.id, [section]);
      } else {
        clause = open('clause', String(n), label.raw, null, block, bodyAt, null, []);
      }
      litra = null;
      romanParent = null;
      continue;
    }

    if (label?.kind === 'litra' && label.id.includes('.')) {
      // A litra with its full id ("9.2.a.") belongs to that clause whatever is open.
      const clauseId = label.parts.join('.');
      const owner = clause && clause.clause.id === clauseId ? clause : null;
      const ancestors = owner ? [owner, ...owner.ancestors] : section && section.clause.id === String(label.parts[0]) ? [section] : [];
      if (owner) owner.litraCount++;
      litra = open('litra', label.id, label.raw, null, block, bodyAt, clauseId, ancestors);
      romanParent = null;
      continue;
    }

    if (label?.kind === 'litra' || (block.kind === 'list-item' && !label)) {
      const owner = clause ?? section;
      if (owner && owner.clause.id) {
        const expected = LETTERS[owner.litraCount] ?? '';
        // Roman numerals under a letter ("c." then "i.", "ii.") are sub-items of that letter: "3.2.c.ii".
        if (label && /^[ivx]+$/.test(label.id) && label.id !== expected && (litra || romanParent)) {
          const parentUnit: Unit = romanParent ?? litra!;
          romanParent = parentUnit;
          litra = open('litra', `${parentUnit.clause.id}.${label.id}`, label.raw, null, block, bodyAt, parentUnit.clause.id, [parentUnit, ...parentUnit.ancestors]);
          continue;
        }
        const letter = label ? label.id.toLowerCase() : (LETTERS[owner.litraCount] ?? String(owner.litraCount + 1));
        owner.litraCount++;
        romanParent = null;
        litra = open('litra', `${owner.clause.id}.${letter}`, label ? label.raw : null, null, block, bodyAt, owner.clause.id, [owner, ...owner.ancestors]);
        continue;
      }
      attach(block);
      continue;
    }

    if (block.kind === 'heading' && !label) {
      const early = !section && !annex && !clause;
      if (annex || (early && (i === firstContentIndex(blocks, inToc) || FRONT_TITLE.test(block.text.trim())))) {
        attach(block);
        continue;
      }
      section = open('section', null, null, block.text.trim(), block, block.end, null, []);
      section.directEnd = block.end;
      annex = null;
      clause = null;
      litra = null;
      romanParent = null;
      continue;
    }

    attach(block);
  }

  const text = norm.text;
  const clauses = units.map((u) => {
    const c = u.clause;
    if (c.bodyStart > c.end) c.bodyStart = c.end;
    const bodyEnd = c.kind === 'section' || c.kind === 'annex' ? Math.max(c.bodyStart, u.directEnd) : c.end;
    c.text = text.slice(c.bodyStart, bodyEnd).trim() === '' ? '' : text.slice(c.bodyStart, bodyEnd).replace(/^\s+/, '');
    if (c.text && c.text.length !== bodyEnd - c.bodyStart) c.bodyStart = bodyEnd - c.text.length;
    c.blocks.sort((a, b) => a.start - b.start);
    return c;
  });
  clauses.sort((a, b) => a.start - b.start || rank(a.kind) - rank(b.kind));
  return { norm, clauses, tocSpans };

  /** "N. Title" is a section heading (not clause N of the open section) when it reads as a title and fits the sequence. */
  function decideSection(block: Block, label: Label, rest: string, n: number, index: number): boolean {
    // A bold "5. Underskrift" in a PDF is still clause 5 of section 14 when it is exactly the section's next clause.
    if (block.kind === 'heading') return !(section && section.num !== null && n <= section.num && section.lastClauseNum + 1 === n);
    if (label.kind === 'word' && (rest === '' || isTitleLike(rest))) return true;
    if (!isTitleLike(rest)) return false;
    if (!section || section.num === null) return !clause || clause.clause.parent === null;
    const s = section.num;
    if (n <= s) return false;
    const clauseNext = section.lastClauseNum + 1 === n;
    if (!clauseNext) return true;
    // Both readings fit ("3." after clause 2 of section 2): the next number decides (1 → a new section).
    const next = nextNumber(index);
    return next === null || next === 1 || next !== n + 1;
  }

  function nextNumber(index: number): number | null {
    for (let j = index + 1; j < blocks.length; j++) {
      if (inToc.has(j)) continue;
      const l = labelOf(blocks[j]!);
      if (!l) continue;
      if (l.kind === 'annex' || l.kind === 'annex-section') return null;
      if (l.kind === 'number' && l.parts.length === 1) return l.parts[0]!;
      if (l.kind === 'number') return null;
    }
    return null;
  }
}

function labelOf(block: Block): Label | null {
  if (block.kind === 'table' || block.kind === 'footnote') return null;
  if (block.label) {
    const l = parseLabel(`${block.label} `);
    if (l) return { ...l, length: 0 };
  }
  return parseLabel(block.text);
}

function firstContentIndex(blocks: Block[], inToc: Set<number>): number {
  for (let i = 0; i < blocks.length; i++) if (!inToc.has(i)) return i;
  return -1;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}

function rank(kind: ClauseKind): number {
  return ['front', 'annex', 'section', 'annex-section', 'clause', 'litra'].indexOf(kind);
}
