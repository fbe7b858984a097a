// DOCX extraction: mammoth's HTML (it keeps headings, lists, tables and footnotes; extractRawText flattens tables)
// walked into one RawLine per paragraph or table row, plus Word's list labels and tracked changes from a pass over
// the XML parts (docx-numbering.ts). The zip is checked before mammoth inflates anything: sizes from the central
// directory against a limit, every XML part inflated under a cap.
import mammoth from 'mammoth';
import { parse, type HTMLElement, type Node as HtmlNode } from 'node-html-parser';
import type { ExtractedDocument, ExtractionNote, RawLine } from '../model.js';
import { InputError } from '../input/errors.js';
import { readZipDirectory, readZipEntry, type ZipEntry } from './docx-zip.js';
import { Numbering, readParagraphs, type TrackedChange, type XmlParagraph } from './docx-numbering.js';

export interface DocxOptions {
  /** Sum of the declared uncompressed sizes of the XML parts above this: E_TOO_LARGE (zip bomb). */
  maxUncompressedBytes?: number;
}

// A 300-page DPA holds 5–10 MB of XML; beyond 16 MB mammoth alone needs more than 512 MB of heap.
export const DOCX_DEFAULTS = { maxUncompressedBytes: 16 * 1024 * 1024 } as const;

const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Titel'] => h1:fresh",
  "p[style-name='Undertitel'] => h2:fresh",
];

/** The parts mammoth and this module read: everything but media and embedded objects. */
function isReadPart(name: string): boolean {
  return /\.(xml|rels)$/i.test(name) && !/^word\/(media|embeddings)\//i.test(name);
}

function checkZip(bytes: Uint8Array, limit: number): Map<string, ZipEntry> {
  const entries = readZipDirectory(bytes);
  const parts = new Map<string, ZipEntry>();
  let total = 0;
  for (const e of entries) {
    if (!isReadPart(e.name)) continue;
    total += e.uncompressedSize;
    if (e.uncompressedSize > limit || total > limit) {
      throw new InputError('E_TOO_LARGE', `DOCX expands to more than ${limit} bytes of XML (zip bomb?)`);
    }
    parts.set(e.name, e);
  }
  if (!parts.has('word/document.xml')) {
    if (![...parts.keys()].some((n) => /^word\/document\d*\.xml$/.test(n))) {
      throw new InputError('E_CORRUPT', 'DOCX has no main document part (word/document.xml)');
    }
  }
  return parts;
}

const utf8 = new TextDecoder('utf-8');

export async function extractDocx(bytes: Uint8Array, options: DocxOptions = {}): Promise<ExtractedDocument> {
  const limit = options.maxUncompressedBytes ?? DOCX_DEFAULTS.maxUncompressedBytes;
  const parts = checkZip(bytes, limit);
  // Inflate every part mammoth will read, capped at its declared size, before mammoth (jszip) does so unbounded.
  const xml = new Map<string, string>();
  for (const [name, entry] of parts) xml.set(name, utf8.decode(readZipEntry(bytes, entry)));
  const mainName = parts.has('word/document.xml') ? 'word/document.xml' : [...parts.keys()].find((n) => /^word\/document\d*\.xml$/.test(n))!;

  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        // Images are never read: their bytes are not needed and need not be inflated.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    html = result.value;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('E_CORRUPT', `DOCX cannot be read (${String((error as Error)?.message ?? error).split('\n')[0]})`);
  }

  // The XML pass costs as much as mammoth itself: run it only when there are list numbers or changes to find.
  const main = xml.get(mainName)!;
  const stylesXml = xml.get('word/styles.xml') ?? '';
  const numberingXml = xml.get('word/numbering.xml') ?? null;
  const numbered = numberingXml !== null && (main.includes('numPr') || stylesXml.includes('numPr'));
  const tracked = /<w:(?:ins|del|moveFrom|moveTo)\b/.test(main);
  const paragraphs = numbered || tracked ? readParagraphs(main, new Numbering(numbered ? numberingXml : null, numbered ? stylesXml : null)) : [];
  const marks = watermarks(xml);
  const { lines, notes } = walkHtml(html, paragraphs, marks.length);
  // Word watermarks are WordArt in the page header: kept as notes and once as a line before the body, as for PDF.
  marks.forEach((text, k) => {
    notes.push({ kind: 'watermark', message: 'watermark in the page header', text, position: { line: k + 1, column: 1, page: null } });
    lines.splice(k, 0, { text, line: k + 1, column: 1, page: null, kind: 'paragraph', paragraphStart: true });
  });
  if (!lines.some((l) => /[A-Za-zÀ-ÖØ-öø-ɏ]/u.test(l.text))) throw new InputError('E_EMPTY', 'DOCX holds no text');
  return { format: 'docx', lines, pages: null, paragraphsKnown: true, notes };
}

/** Loose comparison key: letters and digits only, so spacing, tabs and punctuation differences do not matter. */
function key(s: string): string {
  return s.toLowerCase().replace(/[^A-Za-zÀ-ÖØ-öø-ɏ0-9²³¹¼-¾⁰-⁹₀-₉]+/gu, '');
}

interface HtmlParagraph {
  text: string;
  /** Index into the output lines (not the line number: watermark lines may come first). */
  line: number;
  /** Offset of this paragraph's text within the line's text. */
  offset: number;
  /** Where a restored label goes: the line's label, or prefixed to a table cell. */
  labelTarget: { kind: 'line' } | { kind: 'cell'; row: RawLine; cell: number };
}

function textOf(node: HtmlNode, skipLists: boolean): string {
  if (node.nodeType === 3) return (node as unknown as { text: string }).text;
  const el = node as HTMLElement;
  const tag = el.tagName?.toLowerCase();
  if (skipLists && (tag === 'ol' || tag === 'ul')) return '';
  if (tag === 'br') return ' ';
  if (tag === 'img') return '';
  // Footnote and endnote references ("[1]") and their back links ("↑").
  if (tag === 'a') {
    const href = el.getAttribute('href') ?? '';
    if (/^#(foot|end)note-(ref-)?\d+$/.test(href)) return '';
  }
  if (tag === 'sup' && el.querySelector('a[href^="#footnote-"], a[href^="#endnote-"]')) return '';
  return el.childNodes.map((c) => textOf(c, skipLists)).join('');
}

function clean(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Distinct watermark texts drawn in header parts (VML text paths, as Word's Design → Watermark makes them). */
function watermarks(xml: Map<string, string>): string[] {
  const out = new Set<string>();
  for (const [name, text] of [...xml].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (!/^word\/header\d*\.xml$/.test(name)) continue;
    for (const m of text.matchAll(/<v:textpath\b[^>]*?\bstring="([^"]{1,200})"/g)) {
      const t = m[1]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').trim();
      if (t) out.add(t);
    }
  }
  return [...out];
}

function walkHtml(html: string, paragraphs: XmlParagraph[], firstLine = 0): { lines: RawLine[]; notes: ExtractionNote[] } {
  const root = parse(html);
  const lines: RawLine[] = [];
  const htmlParas: HtmlParagraph[] = [];
  let tableId = 0;

  const addLine = (text: string, kind: RawLine['kind'], extra: Partial<RawLine> = {}): RawLine => {
    const line: RawLine = { text, line: firstLine + lines.length + 1, column: 1, page: null, kind, paragraphStart: true, ...extra };
    lines.push(line);
    return line;
  };

  const visit = (nodes: HtmlNode[]) => {
    for (const node of nodes) {
      if (node.nodeType !== 1) {
        const t = clean((node as unknown as { text: string }).text ?? '');
        if (t) {
          htmlParas.push({ text: t, line: lines.length, offset: 0, labelTarget: { kind: 'line' } });
          addLine(t, 'paragraph');
        }
        continue;
      }
      const el = node as HTMLElement;
      const tag = el.tagName.toLowerCase();
      if (/^h[1-6]$/.test(tag) || tag === 'p') {
        const t = clean(textOf(el, false));
        if (!t) continue;
        htmlParas.push({ text: t, line: lines.length, offset: 0, labelTarget: { kind: 'line' } });
        addLine(t, tag === 'p' ? 'paragraph' : 'heading');
      } else if (tag === 'ol' || tag === 'ul') {
        const items = el.childNodes.filter((c) => c.nodeType === 1 && (c as HTMLElement).tagName.toLowerCase() === 'li') as HTMLElement[];
        const notes = items.length > 0 && items.every((li) => /^(foot|end)note-\d+$/.test(li.getAttribute('id') ?? ''));
        for (const li of items) {
          if (notes) {
            const n = /(?<!\d)(\d+)$/.exec(li.getAttribute('id') ?? '')?.[1] ?? '';
            const t = clean(textOf(li, false));
            if (t) addLine(`${n} ${t}`, 'footnote');
            continue;
          }
          const own = clean(textOf(li, true));
          if (own) {
            htmlParas.push({ text: own, line: lines.length, offset: 0, labelTarget: { kind: 'line' } });
            addLine(own, 'list-item');
          }
          visit(li.childNodes.filter((c) => c.nodeType === 1 && /^(ol|ul|table|p|h[1-6])$/i.test((c as HTMLElement).tagName)));
        }
      } else if (tag === 'table') {
        tableId++;
        for (const tr of el.querySelectorAll('tr')) {
          // Rows of nested tables are read with their outer row's cell.
          if (tr.closest('table') !== el) continue;
          const cellEls = tr.childNodes.filter((c) => c.nodeType === 1 && /^t[dh]$/i.test((c as HTMLElement).tagName)) as HTMLElement[];
          const cellParas: Array<Array<{ text: string }>> = cellEls.map((td) => {
            const blocks = td.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li').filter((b) => b.closest('td, th') === td);
            const texts = blocks.length > 0 ? blocks.map((b) => clean(textOf(b, true))) : [clean(textOf(td, false))];
            return texts.filter((t) => t !== '').map((text) => ({ text }));
          });
          const cells = cellParas.map((ps) => ps.map((p) => p.text).join(' '));
          if (cells.every((c) => c === '')) continue;
          const row = addLine(cells.join(' | '), 'table-row', { cells, tableId });
          let offset = 0;
          cellParas.forEach((ps, k) => {
            let inCell = 0;
            for (const p of ps) {
              htmlParas.push({ text: p.text, line: lines.length - 1, offset: offset + inCell, labelTarget: { kind: 'cell', row, cell: k } });
              inCell += p.text.length + 1;
            }
            offset += cells[k]!.length + 3;
          });
        }
      } else {
        visit(el.childNodes);
      }
    }
  };
  visit(root.childNodes);

  const notes = joinParagraphs(htmlParas, paragraphs, lines);
  return { lines, notes };
}

/**
 * Join mammoth's paragraphs to the XML paragraphs by document order and text: labels go onto their lines, tracked
 * changes become notes at the line (and column) of their paragraph.
 */
function joinParagraphs(htmlParas: HtmlParagraph[], paragraphs: XmlParagraph[], lines: RawLine[]): ExtractionNote[] {
  const notes: ExtractionNote[] = [];
  const keys = paragraphs.map((p) => key(p.text));
  const matchOf = new Array<number>(paragraphs.length).fill(-1);
  let i = 0;
  for (let h = 0; h < htmlParas.length; h++) {
    const k = key(htmlParas[h]!.text);
    if (!k) continue;
    let found = -1;
    for (let j = i; j < Math.min(paragraphs.length, i + 200); j++) {
      if (keys[j] === k) {
        found = j;
        break;
      }
    }
    if (found < 0) {
      for (let j = i; j < Math.min(paragraphs.length, i + 20); j++) {
        const kj = keys[j]!;
        if (kj.length >= 12 && k.length >= 12 && (kj.startsWith(k) || k.startsWith(kj))) {
          found = j;
          break;
        }
      }
    }
    if (found < 0) continue;
    matchOf[found] = h;
    i = found + 1;
    const para = paragraphs[found]!;
    const hp = htmlParas[h]!;
    if (para.label) {
      const target = hp.labelTarget;
      if (target.kind === 'line') lines[hp.line]!.label = para.label;
      else {
        const cells = target.row.cells!;
        cells[target.cell] = `${para.label} ${cells[target.cell]}`;
        target.row.text = cells.join(' | ');
      }
    }
  }
  // Changes of paragraphs mammoth did not render (a paragraph deleted whole) point at the next rendered one.
  let nextLine = lines.length > 0 ? lines[lines.length - 1]!.line : 1;
  const positions = new Array<{ line: number; offset: number } | null>(paragraphs.length).fill(null);
  for (let j = paragraphs.length - 1; j >= 0; j--) {
    const h = matchOf[j]!;
    if (h >= 0) {
      const line = lines[htmlParas[h]!.line]!.line;
      positions[j] = { line, offset: htmlParas[h]!.offset };
      nextLine = line;
    } else positions[j] = { line: nextLine, offset: -1 };
  }
  paragraphs.forEach((p, j) => {
    for (const ch of p.changes) {
      const pos = positions[j]!;
      notes.push({
        kind: 'tracked-change',
        message: describeChange(ch),
        text: ch.text.replace(/\s+/g, ' ').trim(),
        position: { line: pos.line, column: pos.offset < 0 ? 1 : pos.offset + ch.offset + 1, page: null },
      });
    }
  });
  return notes;
}

function describeChange(ch: TrackedChange): string {
  const by = ch.author ? ` by ${ch.author}` : '';
  switch (ch.type) {
    case 'insertion':
      return `unaccepted insertion${by}`;
    case 'deletion':
      return `unaccepted deletion${by}`;
    case 'move-from':
      return `unaccepted move (text moved away)${by}`;
    case 'move-to':
      return `unaccepted move (text moved here)${by}`;
    case 'paragraph-merge':
      return `unaccepted deletion of a paragraph break${by}`;
  }
}
