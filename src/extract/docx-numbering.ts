// What mammoth does not give: Word's list labels ("1.", "7.3", "a.") and the unaccepted tracked changes. Both come
// from a pass over word/document.xml (+ numbering.xml, styles.xml) that yields the body paragraphs in document order,
// each with its text as it reads with all changes accepted, its restored label and its changes. docx.ts joins these
// paragraphs to mammoth's HTML by document order and text.
import { DOMParser } from '@xmldom/xmldom';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

export type ChangeType = 'insertion' | 'deletion' | 'move-from' | 'move-to' | 'paragraph-merge';

export interface TrackedChange {
  type: ChangeType;
  /** Inserted or deleted text ("" for a deleted paragraph break). */
  text: string;
  /** Offset in the paragraph's accepted text where the change sits. */
  offset: number;
  author: string | null;
  date: string | null;
}

export interface XmlParagraph {
  /** Text with all changes accepted (tabs and breaks as spaces). */
  text: string;
  /** Restored list label ("1.", "7.3", "a.") for numbered paragraphs; bullets have none. */
  label?: string;
  /** Part of a numbered or bulleted list. */
  listItem: boolean;
  changes: TrackedChange[];
}

interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
  /** 1-based level after which this level restarts; 0 = never; undefined = after any higher level. */
  restart?: number;
  isLgl: boolean;
  pStyle?: string;
}

interface AbstractNum {
  levels: Map<number, Level>;
  numStyleLink?: string;
}

interface NumInstance {
  abstractId: string;
  overrides: Map<number, { start?: number; level?: Level }>;
}

interface StyleInfo {
  basedOn?: string;
  numId?: string;
  ilvl?: number;
}

type El = Element;

function parseXml(xml: string): Document {
  // xmldom reports problems through its error handler; a damaged part yields what could be read.
  const parser = new DOMParser({ onError: () => undefined } as unknown as ConstructorParameters<typeof DOMParser>[0]);
  return parser.parseFromString(xml, 'text/xml') as unknown as Document;
}

function children(el: El | Document): El[] {
  const out: El[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as El);
  return out;
}

function isW(el: El, name: string): boolean {
  return el.localName === name && el.namespaceURI === W_NS;
}

function child(el: El | undefined, name: string): El | undefined {
  if (!el) return undefined;
  return children(el).find((c) => isW(c, name));
}

function attr(el: El | undefined, name: string): string | undefined {
  if (!el) return undefined;
  return el.getAttributeNS(W_NS, name) || el.getAttribute(`w:${name}`) || undefined;
}

function intAttr(el: El | undefined, name: string): number | undefined {
  const v = attr(el, name);
  if (v === undefined) return undefined;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}

function readLevel(lvl: El): Level {
  const restart = intAttr(child(lvl, 'lvlRestart'), 'val');
  return {
    start: intAttr(child(lvl, 'start'), 'val') ?? 0,
    numFmt: attr(child(lvl, 'numFmt'), 'val') ?? 'decimal',
    lvlText: attr(child(lvl, 'lvlText'), 'val') ?? '',
    ...(restart !== undefined ? { restart } : {}),
    isLgl: child(lvl, 'isLgl') !== undefined && attr(child(lvl, 'isLgl'), 'val') !== '0' && attr(child(lvl, 'isLgl'), 'val') !== 'false',
    ...(attr(child(lvl, 'pStyle'), 'val') ? { pStyle: attr(child(lvl, 'pStyle'), 'val')! } : {}),
  };
}

/** Word list numbering: definitions from numbering.xml and styles.xml, counters as Word keeps them. */
export class Numbering {
  private readonly abstracts = new Map<string, AbstractNum>();
  private readonly nums = new Map<string, NumInstance>();
  private readonly styles = new Map<string, StyleInfo>();
  private readonly counters = new Map<string, Array<number | undefined>>();
  private readonly seenNums = new Set<string>();

  constructor(numberingXml: string | null, stylesXml: string | null) {
    if (numberingXml) {
      const root = parseXml(numberingXml).documentElement as unknown as El | null;
      for (const el of root ? children(root) : []) {
        if (isW(el, 'abstractNum')) {
          const id = attr(el, 'abstractNumId');
          if (id === undefined) continue;
          const levels = new Map<number, Level>();
          for (const lvl of children(el).filter((c) => isW(c, 'lvl'))) levels.set(intAttr(lvl, 'ilvl') ?? 0, readLevel(lvl));
          const link = attr(child(el, 'numStyleLink'), 'val');
          this.abstracts.set(id, link ? { levels, numStyleLink: link } : { levels });
        } else if (isW(el, 'num')) {
          const id = attr(el, 'numId');
          const abstractId = attr(child(el, 'abstractNumId'), 'val');
          if (id === undefined || abstractId === undefined) continue;
          const overrides = new Map<number, { start?: number; level?: Level }>();
          for (const o of children(el).filter((c) => isW(c, 'lvlOverride'))) {
            const entry: { start?: number; level?: Level } = {};
            const start = intAttr(child(o, 'startOverride'), 'val');
            if (start !== undefined) entry.start = start;
            const lvl = child(o, 'lvl');
            if (lvl) entry.level = readLevel(lvl);
            overrides.set(intAttr(o, 'ilvl') ?? 0, entry);
          }
          this.nums.set(id, { abstractId, overrides });
        }
      }
    }
    if (stylesXml) {
      const root = parseXml(stylesXml).documentElement as unknown as El | null;
      for (const el of root ? children(root) : []) {
        if (!isW(el, 'style')) continue;
        const id = attr(el, 'styleId');
        if (!id) continue;
        const numPr = child(child(el, 'pPr'), 'numPr');
        const info: StyleInfo = {};
        const basedOn = attr(child(el, 'basedOn'), 'val');
        if (basedOn) info.basedOn = basedOn;
        const numId = attr(child(numPr, 'numId'), 'val');
        if (numId !== undefined) info.numId = numId;
        const ilvl = intAttr(child(numPr, 'ilvl'), 'val');
        if (ilvl !== undefined) info.ilvl = ilvl;
        this.styles.set(id, info);
      }
    }
  }

  get empty(): boolean {
    return this.nums.size === 0;
  }

  /** numId/ilvl a paragraph style gives, following basedOn. */
  private styleNumbering(styleId: string | undefined): { numId?: string; ilvl?: number } {
    const seen = new Set<string>();
    let numId: string | undefined;
    let ilvl: number | undefined;
    for (let s = styleId; s && !seen.has(s); s = this.styles.get(s)?.basedOn) {
      seen.add(s);
      const info = this.styles.get(s);
      if (!info) break;
      if (numId === undefined && info.numId !== undefined) numId = info.numId;
      if (ilvl === undefined && info.ilvl !== undefined) ilvl = info.ilvl;
    }
    return { ...(numId !== undefined ? { numId } : {}), ...(ilvl !== undefined ? { ilvl } : {}) };
  }

  /** The abstract definition behind a num, following numStyleLink to the list style's own definition. */
  private resolveAbstract(numId: string): { id: string; def: AbstractNum } | null {
    let abstractId = this.nums.get(numId)?.abstractId;
    for (let hops = 0; abstractId !== undefined && hops < 5; hops++) {
      const def = this.abstracts.get(abstractId);
      if (!def) return null;
      if (!def.numStyleLink) return { id: abstractId, def };
      const linked = this.styleNumbering(def.numStyleLink).numId;
      abstractId = linked ? this.nums.get(linked)?.abstractId : undefined;
    }
    return null;
  }

  private level(numId: string, def: AbstractNum, ilvl: number): Level | undefined {
    return this.nums.get(numId)?.overrides.get(ilvl)?.level ?? def.levels.get(ilvl);
  }

  /**
   * Count a paragraph and return its label. `numPr` comes from the paragraph; its style may supply it instead.
   * Returns null when the paragraph is not numbered, "" for a bullet or an unnumbered level.
   */
  next(pStyle: string | undefined, numPr: { numId?: string; ilvl?: number } | undefined): string | null {
    const fromStyle = this.styleNumbering(pStyle);
    const numId = numPr?.numId ?? fromStyle.numId;
    if (numId === undefined || numId === '0') return null;
    const resolved = this.resolveAbstract(numId);
    if (!resolved) return null;
    const { id, def } = resolved;
    let ilvl = numPr?.ilvl ?? fromStyle.ilvl;
    if (ilvl === undefined) {
      // A level linked to the paragraph's style (w:lvl/w:pStyle) says which level the style is.
      ilvl = [...def.levels.entries()].find(([, l]) => l.pStyle !== undefined && l.pStyle === pStyle)?.[0] ?? 0;
    }
    ilvl = Math.max(0, Math.min(8, ilvl));
    const counters = this.counters.get(id) ?? [];
    this.counters.set(id, counters);
    // A num's start overrides apply where that num is first used (Word's "restart numbering").
    if (!this.seenNums.has(numId)) {
      this.seenNums.add(numId);
      for (const [lvl, o] of this.nums.get(numId)?.overrides ?? []) {
        const start = o.start ?? o.level?.start;
        if (start !== undefined) {
          counters[lvl] = start - 1;
          for (let d = lvl + 1; d < 9; d++) counters[d] = undefined;
        }
      }
    }
    const level = this.level(numId, def, ilvl);
    if (!level) return null;
    counters[ilvl] = (counters[ilvl] ?? level.start - 1) + 1;
    for (let d = ilvl + 1; d < 9; d++) {
      const deeper = this.level(numId, def, d);
      const restartAfter = deeper?.restart ?? d;
      if (restartAfter !== 0 && ilvl < restartAfter) counters[d] = undefined;
    }
    if (level.numFmt === 'bullet' || level.numFmt === 'none') return level.numFmt === 'none' ? stripPlaceholders(level.lvlText) : '';
    return level.lvlText.replace(/%([1-9])/g, (_, k: string) => {
      const l = Number(k) - 1;
      const lv = this.level(numId, def, l);
      const value = counters[l] ?? lv?.start ?? 1;
      return formatNumber(value, level.isLgl && l < ilvl ? 'decimal' : (lv?.numFmt ?? 'decimal'));
    }).trim();
  }
}

function stripPlaceholders(s: string): string {
  return s.replace(/%[1-9]/g, '').trim();
}

export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    default:
      return String(n);
  }
}

/** Word's letter numbering: a..z, then aa..zz, aaa.. (the letter repeated). */
function letters(n: number): string {
  if (n <= 0) return String(n);
  const letter = String.fromCharCode(65 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) while (n >= v) {
    out += s;
    n -= v;
  }
  return out;
}

interface WalkState {
  text: string;
  changes: TrackedChange[];
  current: TrackedChange | null;
}

const CHANGE_TAGS: Record<string, ChangeType> = { ins: 'insertion', del: 'deletion', moveFrom: 'move-from', moveTo: 'move-to' };

function walkInline(el: El, st: WalkState, deleted: boolean): void {
  for (const c of children(el)) {
    if (c.namespaceURI === MC_NS) {
      // Alternate content repeats itself (Choice and Fallback): read the fallback only, as mammoth does.
      if (c.localName === 'AlternateContent') {
        const fallback = children(c).find((x) => x.localName === 'Fallback');
        if (fallback) walkInline(fallback, st, deleted);
      }
      continue;
    }
    if (c.namespaceURI !== W_NS) {
      walkInline(c, st, deleted);
      continue;
    }
    switch (c.localName) {
      case 'pPr':
      case 'rPr':
      case 'instrText':
      case 'delInstrText':
      case 'txbxContent':
      case 'footnoteReference':
      case 'endnoteReference':
      case 'commentReference':
        break;
      case 't':
        if (deleted) addChangeText(st, c.textContent ?? '');
        else append(st, c.textContent ?? '');
        break;
      case 'delText':
        addChangeText(st, c.textContent ?? '');
        break;
      case 'tab':
      case 'br':
      case 'cr':
        if (deleted) addChangeText(st, ' ');
        else append(st, ' ');
        break;
      case 'noBreakHyphen':
        if (deleted) addChangeText(st, '-');
        else append(st, '-');
        break;
      case 'sym': {
        const code = Number.parseInt(attr(c, 'char') ?? '', 16);
        const ch = Number.isFinite(code) ? String.fromCharCode(code >= 0xf000 ? code - 0xf000 : code) : '';
        if (deleted) addChangeText(st, ch);
        else append(st, ch);
        break;
      }
      case 'ins':
      case 'del':
      case 'moveFrom':
      case 'moveTo': {
        const type = CHANGE_TAGS[c.localName]!;
        const removes = type === 'deletion' || type === 'move-from';
        const outer = st.current === null;
        if (outer) {
          st.current = { type, text: '', offset: st.text.length, author: attr(c, 'author') ?? null, date: attr(c, 'date') ?? null };
          st.changes.push(st.current);
        }
        walkInline(c, st, deleted || removes);
        if (outer) st.current = null;
        break;
      }
      default:
        walkInline(c, st, deleted);
    }
  }
}

function append(st: WalkState, s: string): void {
  st.text += s;
  if (st.current && st.current.type !== 'deletion' && st.current.type !== 'move-from') st.current.text += s;
}

function addChangeText(st: WalkState, s: string): void {
  if (st.current) st.current.text += s;
}

/** Body paragraphs of document.xml in document order (table cells included), with labels and changes. */
export function readParagraphs(documentXml: string, numbering: Numbering): XmlParagraph[] {
  const doc = parseXml(documentXml);
  const root = doc.documentElement as unknown as El | null;
  const body = root ? child(root, 'body') : undefined;
  const out: XmlParagraph[] = [];
  if (body) walkBlocks(body, numbering, out);
  return out;
}

function walkBlocks(el: El, numbering: Numbering, out: XmlParagraph[]): void {
  for (const c of children(el)) {
    if (c.namespaceURI === MC_NS) {
      if (c.localName === 'AlternateContent') {
        const fallback = children(c).find((x) => x.localName === 'Fallback');
        if (fallback) walkBlocks(fallback, numbering, out);
      }
      continue;
    }
    if (isW(c, 'p')) {
      out.push(readParagraph(c, numbering));
      // Text boxes anchored in the paragraph hold paragraphs of their own.
      for (const box of descendants(c, 'txbxContent')) walkBlocks(box, numbering, out);
    } else if (isW(c, 'sectPr')) continue;
    else walkBlocks(c, numbering, out);
  }
}

function descendants(el: El, name: string): El[] {
  const out: El[] = [];
  const visit = (e: El) => {
    for (const c of children(e)) {
      if (isW(c, name)) out.push(c);
      else if (c.namespaceURI === MC_NS && c.localName === 'Choice') continue;
      else visit(c);
    }
  };
  visit(el);
  return out;
}

function readParagraph(p: El, numbering: Numbering): XmlParagraph {
  const pPr = child(p, 'pPr');
  const st: WalkState = { text: '', changes: [], current: null };
  walkInline(p, st, false);
  const markRPr = child(pPr, 'rPr');
  const markDeleted = child(markRPr, 'del') !== undefined || child(markRPr, 'moveFrom') !== undefined;
  const text = st.text.replace(/\s+/g, ' ').trim();
  if (markDeleted && text !== '') {
    const del = child(markRPr, 'del') ?? child(markRPr, 'moveFrom');
    st.changes.push({ type: 'paragraph-merge', text: '', offset: st.text.length, author: attr(del, 'author') ?? null, date: attr(del, 'date') ?? null });
  }
  const numPr = child(pPr, 'numPr');
  const numId = attr(child(numPr, 'numId'), 'val');
  const ilvl = intAttr(child(numPr, 'ilvl'), 'val');
  // A paragraph deleted with its mark is gone once the changes are accepted: it takes no number.
  const gone = markDeleted && text === '';
  const label = gone
    ? null
    : numbering.next(attr(child(pPr, 'pStyle'), 'val'), numPr ? { ...(numId !== undefined ? { numId } : {}), ...(ilvl !== undefined ? { ilvl } : {}) } : undefined);
  const para: XmlParagraph = { text, listItem: label !== null, changes: st.changes.filter((ch) => ch.type === 'paragraph-merge' || ch.text.trim() !== '') };
  if (label) para.label = label;
  // Offsets were counted on the raw text; map them onto the whitespace-collapsed text.
  for (const ch of para.changes) ch.offset = collapsedOffset(st.text, ch.offset);
  return para;
}

function collapsedOffset(raw: string, offset: number): number {
  const before = raw.slice(0, offset).replace(/\s+/g, ' ').replace(/^\s+/, '');
  return before.length;
}
