// Builds corpus/templates/<id>.json (type Template) from the annotated template texts:
//   ../shared/templates/datatilsynet-2020-da.md   (Datatilsynet, January 2020, with the March 2024 wording of 7.6)
//   ../shared/templates/eu-scc-2021-915-en.md     (Commission Implementing Decision (EU) 2021/915)
//   corpus/templates-src/datatilsynet-2018-da.md  (the older Datatilsynet template, reconstructed from seed 003)
// The JSON is committed because ../shared is not part of a clone; run `node dist/scripts/build-templates.js`
// after changing a source. `--check` compares instead of writing (exit 1 on a difference).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type {
  SlotType,
  Template,
  TemplateClause,
  TemplateClauseKind,
  TemplatePart,
  TemplateSection,
  TemplateVariant,
} from '../src/template/types.js';

// ───────────────────────── sources ─────────────────────────

export interface TemplateSource {
  id: string;
  /** Path of the annotated Markdown, relative to the package root. */
  path: string;
  kind: 'datatilsynet' | 'eu-scc';
  version: string;
  outdated: boolean;
  /** Distinctive phrases (checked at build time to occur in the template's own text). */
  fingerprints: string[];
}

export const SOURCES: TemplateSource[] = [
  {
    id: 'datatilsynet-2018-da',
    path: 'corpus/templates-src/datatilsynet-2018-da.md',
    kind: 'datatilsynet',
    version: '2018',
    outdated: true,
    fingerprints: [
      'Baggrund for databehandleraftalen',
      'er indbyrdes afhængige, og kan ikke opsiges særskilt',
      'kan dog – uden at opsige ”hovedaftalen” – erstattes af en anden gyldig databehandleraftale',
      'Til denne aftale hører tre bilag',
      'Bilagene fungerer som en integreret del af databehandleraftalen',
      'Databehandleraftalens Bilag A indeholder nærmere oplysninger om behandlingen',
      'Den dataansvarlige har overfor omverdenen (herunder den registrerede) som udgangspunkt ansvaret',
      'Den dataansvarliges forpligtelser og rettigheder',
      'Tilsyn og revision',
      'Kontaktpersoner/kontaktpunkter hos den dataansvarlige og databehandleren',
      'Parternes eventuelle regulering/aftale om vederlæggelse',
      'Nærmere procedurer for den dataansvarliges tilsyn med den behandling',
      'Instruks eller godkendelse vedrørende overførsel af personoplysninger til tredjelande',
      'Betingelser for databehandlerens brug af eventuelle underdatabehandlere',
    ],
  },
  {
    id: 'datatilsynet-2020-da',
    path: '../shared/templates/datatilsynet-2020-da.md',
    kind: 'datatilsynet',
    version: '2020-01 (amended 2024-03)',
    outdated: false,
    fingerprints: [
      'HAR AFTALT følgende standardkontraktsbestemmelser (Bestemmelserne)',
      'der hver især er en ”part” og sammen udgør ”parterne”',
      'Disse Bestemmelser fastsætter databehandlerens rettigheder og forpligtelser',
      'Der hører fire bilag til disse Bestemmelser',
      'Bestemmelserne har forrang i forhold til eventuelle tilsvarende bestemmelser',
      'Bilag D indeholder bestemmelser vedrørende andre aktiviteter',
      'Bestemmelserne med tilhørende bilag skal opbevares skriftligt',
      'Den dataansvarlige har ret og pligt til at træffe beslutninger',
      'Disse Bestemmelser skal ikke forveksles med standardkontraktsbestemmelser',
      'I tillæg til databehandlerens forpligtelse til at bistå den dataansvarlige i henhold til Bestemmelse 6.3',
      'Procedurerne for den dataansvarliges revisioner, herunder inspektioner',
      'Bestemmelserne træder i kraft på datoen for begge parters underskrift',
      'Parternes aftale om andre forhold',
      'Kontaktpersoner hos den dataansvarlige og databehandleren',
      'Procedurer for revisioner, herunder inspektioner, med behandling af personoplysninger, som er overladt til underdatabehandlere',
      'Parternes regulering af andre forhold',
    ],
  },
  {
    id: 'eu-scc-2021-915-en',
    path: '../shared/templates/eu-scc-2021-915-en.md',
    kind: 'eu-scc',
    version: '2021-06 (Implementing Decision (EU) 2021/915)',
    outdated: false,
    fingerprints: [
      'The purpose of these Standard Contractual Clauses (the Clauses) is to ensure compliance with',
      'Invariability of the Clauses',
      'The Parties undertake not to modify the Clauses, except for adding information to the Annexes',
      'Docking clause',
      'accede to these Clauses at any time as a controller or a processor by completing the Annexes and signing Annex I',
      'Description of processing(s)',
      'The processor shall deal promptly and adequately with inquiries from the controller',
      'The processor shall agree a third party beneficiary clause with the sub-processor',
      'the processor has factually disappeared, ceased to exist in law or has become insolvent',
      'Data breach concerning data processed by the controller',
      'Data breach concerning data processed by the processor',
      'Non-compliance with the Clauses and termination',
      'Regulation (EU) 2018/1725',
      'the processor shall furthermore assist the controller in ensuring compliance with the following obligations',
    ],
  },
];

// ───────────────────────── markdown blocks ─────────────────────────

type BlockType = 'heading' | 'text' | 'list' | 'table' | 'guidance' | 'variant' | 'comment';

interface MdBlock {
  type: BlockType;
  /** Heading level (number of "#"). */
  level: number;
  /** Text without markup prefix and without HTML comments (list/table rows joined by "\n"). */
  text: string;
  /** List items or table rows (cells joined by " | "). */
  lines: string[];
  /** Content of trailing HTML comments, if any. */
  comment: string;
}

function stripComments(line: string): { text: string; comment: string } {
  const comments: string[] = [];
  const text = line.replace(/<!--([\s\S]*?)-->/g, (_m, c: string) => {
    comments.push(c.trim());
    return '';
  });
  return { text: text.trim(), comment: comments.join(' ') };
}

/** Split annotated Markdown into blocks: blank lines end a block; headings, lists, tables and notes are their own blocks. */
export function parseBlocks(md: string): { header: Record<string, string>; blocks: MdBlock[] } {
  const src = md.replace(/\r\n?/g, '\n');
  const header: Record<string, string> = {};
  let body = src;
  const headerMatch = /^\s*<!--([\s\S]*?)-->/.exec(src);
  if (headerMatch) {
    for (const line of headerMatch[1]!.split('\n')) {
      const m = /^(id|title|language):\s*(.+)$/.exec(line.trim());
      if (m) header[m[1]!] = m[2]!.trim();
    }
    body = src.slice(headerMatch[0].length);
  }
  const blocks: MdBlock[] = [];
  let cur: MdBlock | null = null;
  const flush = () => {
    if (cur) {
      if (cur.type === 'list' || cur.type === 'table') cur.text = cur.lines.join('\n');
      blocks.push(cur);
    }
    cur = null;
  };
  for (const raw of body.split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      flush();
      continue;
    }
    const { text, comment } = stripComments(line);
    let type: BlockType;
    let content = text;
    let level = 0;
    const heading = /^(#{1,6})\s+(.*)$/.exec(text);
    // The template's footnote (on "medlemsstaternes" in 3.1) is not clause text: a DPA prints it at the page foot.
    if ((text === '' && comment) || /^\[\^\d+\]:/.test(text)) type = 'comment';
    else if (heading) {
      type = 'heading';
      level = heading[1]!.length;
      content = heading[2]!.trim();
    } else if (text.startsWith('> guidance:')) {
      type = 'guidance';
      content = text.slice('> guidance:'.length).trim();
    } else if (text.startsWith('> variant-2024:')) {
      type = 'variant';
      content = text.slice('> variant-2024:'.length).trim();
    } else if (text.startsWith('- ') || text === '-') {
      type = 'list';
      content = text.slice(2).trim();
    } else if (text.startsWith('|')) {
      type = 'table';
    } else type = 'text';

    const c = cur as MdBlock | null;
    if (c && c.type === type && (type === 'list' || type === 'table' || type === 'guidance' || type === 'text')) {
      if (type === 'table') {
        if (!/^\|[\s:|-]+\|$/.test(content)) c.lines.push(tableRow(content));
      } else if (type === 'list') c.lines.push(content);
      else c.text = `${c.text} ${content}`;
      if (comment) c.comment = [c.comment, comment].filter(Boolean).join(' ');
      continue;
    }
    flush();
    if (type === 'heading' || type === 'comment') {
      blocks.push({ type, level, text: content, lines: [], comment });
      continue;
    }
    cur = { type, level, text: content, lines: [], comment };
    if (type === 'list') cur.lines.push(content);
    if (type === 'table') {
      cur.lines.push(tableRow(content));
      cur.text = '';
    }
  }
  flush();
  return { header, blocks };
}

function tableRow(line: string): string {
  return line
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim())
    .join(' | ');
}

// ───────────────────────── inline parts ─────────────────────────

/** Slot types by the descriptive slot name (Danish and EU names). */
export function slotTypeFor(name: string): SlotType {
  const n = name.toUpperCase();
  if (/TIDSPERIODE|TIDSPUNKT|TIME PERIOD/.test(n)) return 'duration';
  if (/TILSYNSMYNDIGHED/.test(n)) return 'authority';
  if (/^TJENESTEN$/.test(n)) return 'service';
  if (/^LAND$/.test(n)) return 'country';
  if (/DATO|DATE/.test(n)) return 'date';
  if (/^NAVN$|^CVR|CONTROLLER\(S\)|PROCESSOR\(S\)|^NAME$/.test(n)) return 'party';
  if (/LOKALITETER/.test(n)) return 'list';
  return 'text';
}

function pushText(parts: TemplatePart[], text: string): void {
  if (text === '') return;
  const last = parts[parts.length - 1];
  if (last && last.type === 'text') last.text += text;
  else parts.push({ type: 'text', text });
}

function appendParts(target: TemplatePart[], more: TemplatePart[]): void {
  for (const p of more) {
    if (p.type === 'text') pushText(target, p.text);
    else target.push(p.type === 'slot' ? { ...p } : { type: 'choice', options: [...p.options] });
  }
}

function joinParts(a: TemplatePart[], sep: string, b: TemplatePart[]): TemplatePart[] {
  const out: TemplatePart[] = [];
  appendParts(out, a);
  if (a.length && b.length) pushText(out, sep);
  appendParts(out, b);
  return out;
}

/** Danish markup: {{slot:NAME}}, {{choice:A|B}}; footnote markers are dropped (the footnote is not clause text). */
function parseInlineDa(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  const re = /\{\{slot:([^}]+)\}\}|\{\{choice:([^}]+)\}\}|\[\^\d+\]/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    pushText(parts, text.slice(last, m.index));
    if (m[1] !== undefined) parts.push({ type: 'slot', name: m[1].trim(), slotType: slotTypeFor(m[1].trim()) });
    else if (m[2] !== undefined) parts.push({ type: 'choice', options: m[2].split('|').map((o) => o.trim()) });
    last = m.index + m[0].length;
  }
  pushText(parts, text.slice(last));
  return parts;
}

/**
 * EU markup: the Clauses' own markers. "[OPTION 1] X/ [OPTION 2] Y" becomes a choice of X, Y or the text as published
 * (DPAs often incorporate the Clauses with the markers left in); "[SPECIFY TIME PERIOD]" and the Annexes' "…" and
 * "[Identity and contact details …]" become slots.
 */
function parseInlineEu(text: string, slotName: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  const re =
    /\[choose relevant option: OPTION 1: ([^\]]+)\] \/ \[OPTION 2: ([^\]]+)\]|\[OPTION 1\] (.+?Regulation \(EU\) 2016\/679) ?\/ \[OPTION 2\] (.+?Regulation \(EU\) 2018\/1725)|\[SPECIFY TIME PERIOD\]|\[((?:Identity|Name)[^\]]*)\]|…\.?/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    pushText(parts, text.slice(last, m.index));
    if (m[1] !== undefined) parts.push({ type: 'choice', options: [m[1], m[2]!, m[0]] });
    else if (m[3] !== undefined) parts.push({ type: 'choice', options: [m[3], m[4]!, m[0]] });
    else if (m[0] === '[SPECIFY TIME PERIOD]') parts.push({ type: 'slot', name: 'TIME PERIOD', slotType: 'duration' });
    else if (m[5] !== undefined) parts.push({ type: 'slot', name: m[5], slotType: 'party' });
    else parts.push({ type: 'slot', name: slotName, slotType: slotTypeFor(slotName) });
    last = m.index + m[0].length;
  }
  pushText(parts, text.slice(last));
  return parts;
}

/** Plain text of parts, slots as {{slot:NAME}} and choices as {{choice:A|B}} (same as renderClause). */
export function partsToString(parts: TemplatePart[]): string {
  return parts
    .map((p) => (p.type === 'text' ? p.text : p.type === 'slot' ? `{{slot:${p.name}}}` : `{{choice:${p.options.join('|')}}}`))
    .join('');
}

// ───────────────────────── clause builder ─────────────────────────

interface Segment {
  /** Variant id when the clause offers alternatives ("option-1", "2024", "storage"). */
  variant: string | null;
  label: string;
  parts: TemplatePart[];
}

interface Unit {
  clause: TemplateClause;
  segments: Segment[];
  /** The optional tail of 11.1 (paragraphs the template marks optional). */
  tail: TemplatePart[] | null;
}

class Builder {
  units: Unit[] = [];
  byId = new Map<string, Unit>();
  sections: TemplateSection[] = [];

  add(id: string, kind: TemplateClauseKind, parent: string | null, title: string | null): Unit {
    if (this.byId.has(id)) throw new Error(`duplicate template clause id ${id}`);
    const clause: TemplateClause = {
      id,
      kind,
      parent,
      title,
      parts: [],
      optional: false,
      mustBeFilled: false,
      references: [],
    };
    const unit: Unit = { clause, segments: [{ variant: null, label: '', parts: [] }], tail: null };
    this.units.push(unit);
    this.byId.set(id, unit);
    if ((kind === 'section' || kind === 'annex') && title !== null) this.sections.push({ id, title, kind });
    return unit;
  }

  /** Append a paragraph to the unit's current segment (or to its optional tail). */
  paragraph(unit: Unit, parts: TemplatePart[]): void {
    if (unit.tail) {
      unit.tail = joinParts(unit.tail, '\n\n', parts);
      return;
    }
    const seg = unit.segments[unit.segments.length - 1]!;
    seg.parts = joinParts(seg.parts, '\n\n', parts);
  }

  guidance(unit: Unit, text: string): void {
    (unit.clause.guidance ??= []).push(text);
  }

  finish(): TemplateClause[] {
    const ids = new Set(this.byId.keys());
    return this.units.map((u) => {
      const c = u.clause;
      const segs = u.segments.filter((s) => s.parts.length || s.variant);
      if (segs.length > 1 || (segs[0] && segs[0].variant)) {
        c.variants = segs.map((s, i) => ({ id: s.variant ?? `option-${i + 1}`, label: s.label, parts: s.parts }));
      } else if (segs[0]) c.parts = segs[0].parts;
      if (u.tail) {
        // 11.1: the template's optional paragraph on storage required by law; the base text alone is conformant too.
        const base = c.variants ? c.variants : [{ id: 'standard', label: 'Uden opbevaringskrav', parts: c.parts }];
        const withTail: TemplateVariant[] = base.map((v) => ({
          id: v.id === 'standard' ? 'storage' : `${v.id}-storage`,
          label: 'Med EU-ret eller national ret, der foreskriver opbevaring efter ophør',
          parts: joinParts(v.parts, '\n\n', u.tail!),
        }));
        c.variants = [...base, ...withTail];
      }
      if (c.variants) c.parts = c.variants[0]!.parts.map((p) => ({ ...p }));
      c.references = findReferences(c, ids);
      return orderKeys(c);
    });
  }
}

/** Stable key order in the JSON (optional keys last). */
function orderKeys(c: TemplateClause): TemplateClause {
  const out: TemplateClause = {
    id: c.id,
    kind: c.kind,
    parent: c.parent,
    title: c.title,
    parts: c.parts,
    optional: c.optional,
    mustBeFilled: c.mustBeFilled,
    references: c.references,
  };
  if (c.variants) out.variants = c.variants;
  if (c.guidance) out.guidance = c.guidance;
  return out;
}

// ───────────────────────── references ─────────────────────────

const DA_ID = String.raw`(?:\d+\.\d+(?:\.[a-z])?|[A-D](?:\.\d+)?)\.?(?![\wæøåÆØÅ])`;
const DA_REF = new RegExp(
  String.raw`\b(?:[Bb]estemmelse|[Bb]ilag|[Pp]unkt|[Aa]fsnit)\s+(${DA_ID}(?:(?:,\s*|\s+og\s+)${DA_ID})*)(?:,?\s*litra\s+([a-z])\b)?`,
  'g',
);

/** Ids the clause's own text cites ("Bestemmelse 6.3." → "6.3"; "Bilag C.7. og C.8." → "C.7", "C.8"; "Annex II" → "II"). */
export function findReferences(c: TemplateClause, ids: Set<string>): string[] {
  const texts = [c.parts, ...(c.variants ?? []).map((v) => v.parts)].map(partsToString);
  const refs = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(DA_REF)) {
      const list = m[1]!.split(/,\s*|\s+og\s+/).map((s) => s.replace(/\.$/, ''));
      for (const id of list) {
        const full = m[2] && list.length === 1 ? `${id}.${m[2]}` : id;
        refs.add(full);
      }
    }
    for (const m of text.matchAll(/\bAnnex(?:es)? (IV|I{1,3})\b(?: to (IV|I{1,3})\b)?/g)) {
      const roman = ['I', 'II', 'III', 'IV'];
      const from = roman.indexOf(m[1]!);
      const to = m[2] ? roman.indexOf(m[2]) : from;
      for (let i = from; i <= to; i++) refs.add(roman[i]!);
    }
    for (const m of text.matchAll(/\bClause (\d+(?:\.\d+)?)\.?((?: ?\([a-z0-9]+\))*)/g)) {
      const pts = [...m[2]!.matchAll(/\(([a-z0-9]+)\)/g)].map((p) => p[1]);
      refs.add([m[1], ...pts].join('.'));
    }
  }
  refs.delete(c.id);
  for (const r of refs) if (!ids.has(r)) throw new Error(`clause ${c.id}: reference "${r}" resolves to no clause`);
  return [...refs].sort(compareIds);
}

/** Template order of ids ("2.10" after "2.9"; letters after digits). */
export function compareIds(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x) ? Number(x) : NaN;
    const ny = /^\d+$/.test(y) ? Number(y) : NaN;
    if (!Number.isNaN(nx) && !Number.isNaN(ny)) {
      if (nx !== ny) return nx - ny;
    } else if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

// ───────────────────────── Datatilsynet markup ─────────────────────────

/** Annex sections the parties must fill in (Datatilsynet: A.1–A.5, B.1, C.1–C.8; 2018: also B.2). */
const MUST_FILL_DA = /^(A\.[1-5]|B\.1|C\.[1-8])$/;

function buildDatatilsynet(src: TemplateSource, md: string): Template {
  const { header, blocks } = parseBlocks(md);
  const b = new Builder();
  let section: Unit | null = null; // enclosing section or annex
  let current: Unit | null = null; // receives continuation paragraphs
  let inToc = false;
  let started = false; // front matter (title block, parties) holds no clauses
  const front: string[] = [];
  const formCount = new Map<string, number>();
  const mustFill = src.id === 'datatilsynet-2018-da' ? /^(A\.[1-5]|B\.[12]|C\.[1-7])$/ : MUST_FILL_DA;

  for (const blk of blocks) {
    if (blk.type === 'comment') continue;
    if (blk.type === 'heading') {
      if (blk.level === 1) continue;
      if (/^Notes on sources/i.test(blk.text)) break;
      const sec = /^(\d+)\.\s+(.+)$/.exec(blk.text);
      const annex = /^Bilag ([A-Z])\.?\s+(.+)$/.exec(blk.text);
      const sub = /^([A-Z]\.\d+)\.?\s+(.+)$/.exec(blk.text);
      if (blk.level === 2 && sec) {
        inToc = sec[1] === '1';
        if (inToc) continue;
        started = true;
        section = current = b.add(sec[1]!, 'section', null, sec[2]!.trim());
      } else if (blk.level === 2 && annex) {
        inToc = false;
        started = true;
        section = current = b.add(annex[1]!, 'annex', null, annex[2]!.trim());
      } else if (blk.level === 3 && sub) {
        current = b.add(sub[1]!, 'annex-section', sub[1]!.split('.')[0]!, sub[2]!.trim());
        current.clause.mustBeFilled = mustFill.test(sub[1]!);
      } else throw new Error(`${src.id}: unexpected heading "${blk.text}"`);
      continue;
    }
    if (!started) {
      front.push(blk.text);
      continue;
    }
    if (inToc) continue;
    if (!current || !section) throw new Error(`${src.id}: text outside a section: ${blk.text.slice(0, 40)}`);

    if (blk.type === 'guidance') {
      b.guidance(current, blk.text);
      continue;
    }
    if (blk.type === 'variant') {
      // 7.6: the March 2024 wording; since then the clause is optional.
      const seg0 = current.segments[0]!;
      seg0.variant = '2020';
      seg0.label = 'Januar 2020';
      current.segments.push({ variant: '2024', label: 'Revideret marts 2024 (valgfri)', parts: parseInlineDa(blk.text) });
      current.clause.optional = true;
      continue;
    }

    let text = blk.type === 'text' ? blk.text : blk.type === 'list' || blk.type === 'table' ? blk.text : '';
    if (blk.type === 'text') {
      const m = /^(\d+\.\d+)\.(?:([a-z])\.)?\s+/.exec(text);
      if (m) {
        const clauseId = m[1]!;
        const secId = clauseId.split('.')[0]!;
        if (secId !== section.clause.id) throw new Error(`${src.id}: ${clauseId} outside section ${secId}`);
        text = text.slice(m[0].length);
        if (m[2]) current = b.add(`${clauseId}.${m[2]}`, 'litra', clauseId, null);
        else current = b.add(clauseId, 'clause', secId, null);
      } else if (current.clause.kind === 'litra') {
        // A paragraph without id continues the nearest clause, never a litra.
        current = b.byId.get(current.clause.parent!)!;
      }
      const marker = /^\[(VALG \d[^\]]*)\]\s*/.exec(text);
      if (marker) {
        // 7.3: each "[VALG n …]" paragraph is one alternative; the marker itself must not stay in a signed DPA.
        text = text.slice(marker[0].length);
        b.guidance(current, `[${marker[1]}]`);
        const segs = current.segments;
        const lastSeg = segs[segs.length - 1]!;
        const n = /VALG (\d)/.exec(marker[1]!)![1];
        if (lastSeg.parts.length === 0 && lastSeg.variant === null) {
          lastSeg.variant = `option-${n}`;
          lastSeg.label = marker[1]!;
        } else segs.push({ variant: `option-${n}`, label: marker[1]!, parts: [] });
      }
      if (/optional paragraph/.test(blk.comment) && !current.tail) current.tail = [];
    }
    if (blk.type === 'list' && blk.lines.every((l) => /^[^:{]+: \{\{slot:[^}]+\}\}$/.test(l))) {
      // Signature and contact forms ("Navn: …", "Stilling: …"; a table in the template): the labels are layout, not
      // contract text (DPAs print them as tables, rename "Telefonnummer" to "Telefon" or refer to a signature page),
      // so the whole form is one fill-in field.
      const labels = blk.lines.map((l) => l.split(':')[0]!.trim().toUpperCase());
      const n = (formCount.get(current.clause.id) ?? 0) + 1;
      formCount.set(current.clause.id, n);
      b.paragraph(current, [{ type: 'slot', name: `${labels.join(', ')} (${n})`, slotType: 'text' }]);
      continue;
    }
    const parts = parseInlineDa(text);
    // B.1's table: one row per sub-processor, so its cells are lists.
    if (blk.type === 'table') for (const p of parts) if (p.type === 'slot') p.slotType = 'list';
    b.paragraph(current, parts);
  }

  const clauses = b.finish();
  return assemble(src, header, b.sections, clauses, front.join('\n'));
}

// ───────────────────────── EU SCC markup ─────────────────────────

// Id scheme for the Commission's clauses, chosen to match the Danish one: the Clause number is the section ("7"),
// numbered parts are clauses ("7.7", "9.1"), a point is a dot and its letter or digit ("7.7(a)" → "7.7.a",
// "8(c)(1)" → "8.c.1", "9.1(b)(2)" → "9.1.b.2"). A point directly under a Clause ("1(a)" → "1.a") is a clause like
// Danish "2.1"; points under a clause or point are litra. Annexes are "I".."IV"; their parts, unnumbered in the
// Decision, get ids in order: "I.1" Controller(s), "I.2" Processor(s), "II.1".."II.7", "III.1".."III.3", "IV.1".

const ROMAN = /^ANNEX (I{1,3}|IV)\.\s+(.+)$/;

function buildEuScc(src: TemplateSource, md: string): Template {
  const { header, blocks } = parseBlocks(md);
  const b = new Builder();
  let section: Unit | null = null;
  let current: Unit | null = null; // last unit with an id
  let nonPoint: Unit | null = null; // continuation target: nearest preceding id that is not a point
  let annex: Unit | null = null;
  let annexSection: Unit | null = null;
  let annexCount = 0;
  let examplesNext = false;

  for (const blk of blocks) {
    if (blk.type === 'comment') continue;
    if (blk.type === 'heading') {
      if (blk.level === 1 || /^SECTION /.test(blk.text)) continue;
      const clause = /^Clause (\d+)\.\s+(.+)$/.exec(blk.text);
      const part = /^(\d+\.\d+)\.\s+(.+)$/.exec(blk.text);
      const ax = ROMAN.exec(blk.text);
      if (clause) {
        section = current = nonPoint = b.add(clause[1]!, 'section', null, clause[2]!.trim());
        // "Clause 5 - Optional" in the Decision: the docking clause may be left out.
        if (clause[1] === '5') section.clause.optional = true;
      } else if (part) {
        current = nonPoint = b.add(part[1]!, 'clause', part[1]!.split('.')[0]!, part[2]!.trim());
      } else if (ax) {
        annex = b.add(ax[1]!, 'annex', null, ax[2]!.trim());
        annexSection = null;
        annexCount = 0;
        section = null;
      } else if (blk.level === 3 && annex) {
        annexSection = addAnnexSection(b, annex, ++annexCount, blk.text);
      } else throw new Error(`${src.id}: unexpected heading "${blk.text}"`);
      continue;
    }

    if (annex) {
      // Annexes: forms to fill in.
      if (blk.type === 'guidance') {
        b.guidance(annexSection ?? annex, blk.text);
        continue;
      }
      if (blk.type === 'text') {
        // An annex without headings: each prose paragraph opens a part ("Controller(s): …", "Description of …").
        if (annex.clause.id !== 'II') {
          const title = blk.text.replace(/:\s*\[[^\]]*\]$/, '').split(/\.\s/)[0]!.replace(/[.:]$/, '');
          annexSection = addAnnexSection(b, annex, ++annexCount, title);
        }
        const target = annexSection ?? annex;
        const parts = parseInlineEu(blk.text, fieldName(target));
        examplesNext = /Examples of possible measures:$/.test(blk.text);
        b.paragraph(target, parts);
        continue;
      }
      if (blk.type === 'list') {
        const target = annexSection ?? annex;
        if (examplesNext) {
          // Annex III's example measures are a prompt, replaced by the processor's own measures.
          b.guidance(target, blk.lines.join('\n'));
          b.paragraph(target, [{ type: 'slot', name: 'TECHNICAL AND ORGANISATIONAL MEASURES', slotType: 'text' }]);
          examplesNext = false;
          continue;
        }
        const lineParts = blk.lines.map((l) => {
          const label = /^([^:…]+):\s*…/.exec(l);
          return parseInlineEu(l, label ? label[1]!.trim() : fieldName(target));
        });
        let parts: TemplatePart[] = [];
        for (const lp of lineParts) parts = joinParts(parts, '\n', lp);
        b.paragraph(target, parts);
        continue;
      }
      throw new Error(`${src.id}: unexpected ${blk.type} block in annex ${annex.clause.id}`);
    }

    if (!section || !current || !nonPoint) throw new Error(`${src.id}: text outside a clause: ${blk.text.slice(0, 40)}`);
    if (blk.type !== 'text') throw new Error(`${src.id}: unexpected ${blk.type} block in Clause ${section.clause.id}`);
    let text = blk.text;
    const m = /^(\d+(?:\.\d+)?)((?:\([a-z0-9]+\))*)\.?\s+/.exec(text);
    const option = /^OPTION (\d): ([A-Z ]+): /.exec(text);
    if (m) {
      text = text.slice(m[0].length);
      const id = [m[1], ...[...m[2]!.matchAll(/\(([a-z0-9]+)\)/g)].map((p) => p[1])].join('.');
      let unit = b.byId.get(id);
      if (!unit) {
        const parent = id.slice(0, id.lastIndexOf('.'));
        const parentUnit = b.byId.get(parent);
        if (!parentUnit) throw new Error(`${src.id}: ${id} has no parent ${parent}`);
        const kind: TemplateClauseKind = parentUnit.clause.kind === 'section' ? 'clause' : 'litra';
        unit = b.add(id, kind, parent, null);
        if (section.clause.optional) unit.clause.optional = true;
      }
      current = unit;
      // Continuations ("Where, and insofar as, …") belong to the nearest id without a point, e.g. 9.1 after 9.1(b)(3).
      if (m[2] === '') nonPoint = unit;
      const opt = /^OPTION (\d): ([A-Z ]+): /.exec(text);
      if (opt) {
        // 7.7(a): Option 1 (specific) / Option 2 (general authorisation) are alternative wordings of the point.
        text = text.slice(opt[0].length);
        const seg = current.segments[0]!;
        seg.variant = `option-${opt[1]}`;
        seg.label = `OPTION ${opt[1]}: ${opt[2]}`;
      }
    } else if (option && current.segments[0]!.variant) {
      text = text.slice(option[0].length);
      current.segments.push({ variant: `option-${option[1]}`, label: `OPTION ${option[1]}: ${option[2]}`, parts: [] });
    } else {
      current = nonPoint;
    }
    b.paragraph(current, parseInlineEu(text, 'VALUE'));
  }

  // Parts of an annex that are only a prompt ("Description of …") get a slot for what the parties write there.
  for (const u of b.units) {
    if (u.clause.kind !== 'annex-section') continue;
    const seg = u.segments[0]!;
    if (!seg.parts.some((p) => p.type === 'slot')) {
      seg.parts = joinParts(seg.parts, '\n\n', [{ type: 'slot', name: fieldName(u), slotType: 'text' }]);
    }
  }
  const clauses = b.finish();
  return assemble(src, header, b.sections, clauses);
}

function addAnnexSection(b: Builder, annex: Unit, n: number, title: string): Unit {
  const id = `${annex.clause.id}.${n}`;
  const unit = b.add(id, 'annex-section', annex.clause.id, title);
  // Everything in Annexes I–IV is to be completed by the parties, except what the Decision itself marks conditional.
  unit.clause.mustBeFilled = !/if applicable|^For (processing by|transfers to) \(sub-\) processors/i.test(title);
  return unit;
}

/** Slot name for an annex "…": the part's title, cut at its first clause. */
function fieldName(u: Unit): string {
  const t = u.clause.title ?? u.clause.id;
  return t.split(/[(,:]/)[0]!.trim();
}

// ───────────────────────── assembly ─────────────────────────

function assemble(
  src: TemplateSource,
  header: Record<string, string>,
  sections: TemplateSection[],
  clauses: TemplateClause[],
  front = '',
): Template {
  const fixed = clauses.map((c) => [partsToString(c.parts), ...(c.variants ?? []).map((v) => partsToString(v.parts)), c.title ?? '']).flat();
  const haystack = squash([front, ...fixed, ...sections.map((s) => s.title)].join('\n'));
  for (const fp of src.fingerprints) {
    if (!haystack.includes(squash(fp))) throw new Error(`${src.id}: fingerprint not in template text: ${fp}`);
  }
  if (header.id && header.id !== src.id) throw new Error(`${src.path}: header id ${header.id} is not ${src.id}`);
  const language = header.language === 'en' ? 'en' : 'da';
  return {
    id: src.id,
    title: header.title ?? src.id,
    language,
    version: src.version,
    outdated: src.outdated,
    sections,
    clauses,
    fingerprints: src.fingerprints,
  };
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').toLowerCase();
}

export function buildTemplate(src: TemplateSource, markdown: string): Template {
  return src.kind === 'eu-scc' ? buildEuScc(src, markdown) : buildDatatilsynet(src, markdown);
}

/** Serialised form of a template, as committed (2-space JSON, trailing newline). */
export function serialize(t: Template): string {
  return `${JSON.stringify(t, null, 2)}\n`;
}

/** The folder holding package.json, walking up from this module (dist/scripts or scripts). */
export function packageRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('package.json not found');
    dir = up;
  }
}

/** Build every template whose source is present; missing sources are skipped (a clone has no ../shared). */
export function buildAll(root = packageRoot()): Array<{ source: TemplateSource; template: Template; out: string }> {
  const out: Array<{ source: TemplateSource; template: Template; out: string }> = [];
  for (const src of SOURCES) {
    const path = join(root, src.path);
    if (!existsSync(path)) continue;
    const template = buildTemplate(src, readFileSync(path, 'utf8'));
    out.push({ source: src, template, out: join(root, 'corpus', 'templates', `${src.id}.json`) });
  }
  return out;
}

function main(): void {
  const check = process.argv.includes('--check');
  const root = packageRoot();
  let failed = false;
  for (const { source, template, out } of buildAll(root)) {
    const json = serialize(template);
    if (check) {
      const same = existsSync(out) && readFileSync(out, 'utf8') === json;
      if (!same) failed = true;
      process.stdout.write(`${same ? 'ok     ' : 'DIFFERS'} ${source.id}\n`);
    } else {
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, json);
      process.stdout.write(`wrote ${out} (${template.clauses.length} clauses)\n`);
    }
  }
  if (failed) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
