// PDF extraction with pdfjs-dist (legacy build, the one that runs on Node 20). pdfjs gives positioned text items;
// pdf-layout.ts turns them into lines, reading order, tables and paragraphs. Pages are read one at a time and
// released; a page limit, a per-page item limit and a deadline keep hostile files bounded.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ExtractedDocument, ExtractionNote } from '../model.js';
import { InputError } from '../input/errors.js';
import type { OcrSetting, RenderableDoc } from './ocr.js';
import { assemblePdf, layoutPage, pagesNeedingRules, type PageLayout, type PdfPageContent, type PdfSegment, type PdfTextItem } from './pdf-layout.js';

export interface PdfOptions {
  /** More pages than this: E_TOO_LARGE. */
  maxPages?: number;
  /** More text items than this on one page: E_TOO_LARGE (a content stream built to exhaust memory). */
  maxItemsPerPage?: number;
  /** Whole-document deadline in milliseconds: E_TIMEOUT. */
  timeoutMs?: number;
  /**
   * Read ruling lines (an operator list per page with a wrapped-cell table) to separate table rows. Off by default:
   * it costs as much as the text itself on those pages, and rows are found from text positions alone in every
   * table seen so far.
   */
  rulingLines?: boolean;
  /** OCR pages without a text layer with the system tesseract (src/extract/ocr.ts). Off by default: seconds per page. */
  ocr?: OcrSetting;
}

export const PDF_DEFAULTS = { maxPages: 2000, maxItemsPerPage: 200_000, timeoutMs: 60_000 } as const;

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsModule: Promise<Pdfjs> | null = null;

/** Loaded on first use: importing pdfjs costs ~100 ms that text-only runs should not pay. */
export function loadPdfjs(): Promise<Pdfjs> {
  pdfjsModule ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsModule;
}

let assetDir: string | null = null;
function pdfjsAssets(): string {
  assetDir ??= dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return assetDir;
}

/** getDocument parameters that make text extraction deterministic and offline. */
export function pdfjsParams(bytes: Uint8Array): Record<string, unknown> {
  const dir = pdfjsAssets();
  return {
    // pdfjs transfers (detaches) the buffer it is given: hand it a copy so the caller's bytes stay intact. A plain
    // Uint8Array: pdfjs refuses a Node Buffer (whose slice() would not even copy).
    data: new Uint8Array(bytes),
    standardFontDataUrl: join(dir, 'standard_fonts') + '/',
    cMapUrl: join(dir, 'cmaps') + '/',
    cMapPacked: true,
    wasmUrl: join(dir, 'wasm') + '/',
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
  };
}

class Deadline {
  private readonly end: number;
  constructor(
    private readonly ms: number,
    now: number,
  ) {
    this.end = now + ms;
  }
  /** Await `p`, failing with E_TIMEOUT once the deadline has passed. */
  async race<T>(p: Promise<T>): Promise<T> {
    // A promise given up on may still reject later (pdfjs: "Transport destroyed"): that must not go unhandled.
    p.catch(() => undefined);
    const left = this.end - performance.now();
    if (left <= 0) throw this.error();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(this.error()), left);
    });
    try {
      return await Promise.race([p, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
  leftMs(): number {
    return this.end - performance.now();
  }
  error(): InputError {
    return new InputError('E_TIMEOUT', `PDF extraction took longer than ${this.ms} ms`);
  }
}

function classifyLoadError(error: unknown): InputError {
  if (error instanceof InputError) return error;
  const name = (error as { name?: string })?.name ?? '';
  const message = (error as { message?: string })?.message ?? String(error);
  if (name === 'PasswordException') return new InputError('E_ENCRYPTED', 'PDF is password-protected: remove the password and try again');
  if (/empty/i.test(message)) return new InputError('E_EMPTY', 'PDF file is empty');
  return new InputError('E_CORRUPT', `PDF is damaged or truncated (${message.replace(/\s+/g, ' ').trim()})`);
}

export async function extractPdf(bytes: Uint8Array, options: PdfOptions = {}): Promise<ExtractedDocument> {
  const maxPages = options.maxPages ?? PDF_DEFAULTS.maxPages;
  const maxItems = options.maxItemsPerPage ?? PDF_DEFAULTS.maxItemsPerPage;
  const deadline = new Deadline(options.timeoutMs ?? PDF_DEFAULTS.timeoutMs, performance.now());
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument(pdfjsParams(bytes) as Parameters<Pdfjs['getDocument']>[0]);
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await deadline.race(task.promise);
  } catch (error) {
    await release(task.destroy());
    throw classifyLoadError(error);
  }
  try {
    if (doc.numPages > maxPages) {
      throw new InputError('E_TOO_LARGE', `PDF has ${doc.numPages} pages, above the limit of ${maxPages}`);
    }
    const contents: Array<PdfPageContent | null> = [];
    const layouts: PageLayout[] = [];
    const failed: number[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      let page: Awaited<ReturnType<typeof doc.getPage>> | null = null;
      try {
        page = await deadline.race(doc.getPage(n));
        const [x0, y0, x1, y1] = page.view as [number, number, number, number];
        const items = await readItems(page, n, maxItems, deadline);
        // Items are in user space; shift by the media box origin so y runs from 0 at the bottom edge.
        for (const it of items) {
          it.x -= x0;
          it.y -= y0;
        }
        const content: PdfPageContent = { page: n, width: x1 - x0, height: y1 - y0, items };
        contents.push(content);
        layouts.push(layoutPage(content));
      } catch (error) {
        if (error instanceof InputError) throw error;
        contents.push(null);
        failed.push(n);
      } finally {
        page?.cleanup();
      }
    }
    // Ruling lines cost an operator list per page: fetch them only for pages with a real table with wrapped cells.
    for (const n of options.rulingLines ? pagesNeedingRules(layouts) : []) {
      const content = contents[n - 1];
      const k = layouts.findIndex((l) => l.page === n);
      if (!content || k < 0) continue;
      const page = await deadline.race(doc.getPage(n));
      try {
        const [x0, y0] = page.view as [number, number];
        const segments = await readSegments(pdfjs, page, deadline, x0, y0);
        if (segments.length > 0) layouts[k] = layoutPage({ ...content, segments });
      } catch (error) {
        if (error instanceof InputError) throw error;
      } finally {
        page.cleanup();
      }
    }
    if (failed.length === doc.numPages) throw new InputError('E_CORRUPT', 'PDF is damaged: no page could be read');
    // OCR (only when asked for): pages without a text layer are rendered and read by tesseract, then laid out as text.
    const ocrNotes: ExtractionNote[] = [];
    const scanned = new Set(options.ocr ? layouts.filter((l) => l.chars === 0).map((l) => l.page) : []);
    if (scanned.size > 0) {
      const { ocrPages } = await import('./ocr.js');
      const ocr = await ocrPages(doc as unknown as RenderableDoc, [...scanned], options.ocr!, deadline);
      for (const content of ocr.contents) layouts[layouts.findIndex((l) => l.page === content.page)] = layoutPage(content);
      ocrNotes.push(...ocr.notes);
    }
    const totalChars = layouts.reduce((s, l) => s + l.chars, 0);
    if (totalChars === 0 && scanned.size > 0) throw new InputError('E_NO_TEXT', 'PDF has no text layer and OCR found no text: check that the scan is legible');
    if (totalChars === 0) throw new InputError('E_NO_TEXT', 'PDF has no text layer (scanned or image-only): OCR it first, or run with --ocr');
    const { lines, notes: layoutNotes } = assemblePdf(layouts);
    const notes = [...ocrNotes, ...layoutNotes];
    const text = lines.map((l) => l.text).join('');
    if (!/[A-Za-zÀ-ÖØ-öø-ɏ]/u.test(text)) throw new InputError('E_NO_TEXT', 'PDF has no text layer beyond headers and footers: OCR it first, or run with --ocr');
    if (unreadableShare(text) > 0.3) {
      throw new InputError('E_NO_TEXT', 'PDF text layer is unreadable (fonts without a Unicode mapping): OCR it first, or run with --ocr');
    }
    for (const l of layouts) {
      if (l.chars === 0 && !scanned.has(l.page)) notes.push({ kind: 'warning', message: `page ${l.page} has no text layer (scanned?); it was skipped`, text: '', position: { page: l.page, line: 1, column: 1 } });
    }
    for (const n of failed) {
      notes.push({ kind: 'warning', message: `page ${n} could not be read and was skipped`, text: '', position: { page: n, line: 1, column: 1 } });
    }
    return { format: 'pdf', lines, pages: doc.numPages, paragraphsKnown: false, notes };
  } finally {
    await release(doc.destroy());
  }
}

/** Wait for pdfjs to tear a document down, but not forever: after a timeout mid-stream its destroy may never settle. */
async function release(p: Promise<unknown>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const giveUp = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, 1000);
    timer.unref();
  });
  try {
    await Promise.race([p.catch(() => undefined), giveUp]);
  } finally {
    clearTimeout(timer);
  }
}

/** Share of characters that are replacement or private-use code points (glyphs without a Unicode mapping). */
function unreadableShare(text: string): number {
  const visible = text.replace(/\s+/g, '');
  if (visible.length === 0) return 0;
  const bad = visible.match(/[\uFFFD\uE000-\uF8FF]/g)?.length ?? 0;
  return bad / visible.length;
}

interface PdfjsPage {
  streamTextContent(params?: { includeMarkedContent?: boolean }): ReadableStream;
}

async function readItems(page: PdfjsPage, n: number, maxItems: number, deadline: Deadline): Promise<PdfTextItem[]> {
  const reader = page.streamTextContent({ includeMarkedContent: false }).getReader();
  const out: PdfTextItem[] = [];
  let count = 0;
  // The stream is read to its end even past the limit (items beyond it are counted, not kept): pdfjs 5 can neither
  // cancel a text stream cleanly (an uncaught "Controller is already closed") nor destroy a document whose stream
  // is left half read.
  for (;;) {
    const { value, done } = (await deadline.race(reader.read())) as { value?: { items: unknown[] }; done: boolean };
    if (done) break;
    for (const raw of value?.items ?? []) {
      count++;
      if (count > maxItems) continue;
      const it = raw as { str?: string; transform?: number[]; width?: number };
      if (typeof it.str !== 'string' || !it.transform) continue;
      const [a, b, c, d, e, f] = it.transform as [number, number, number, number, number, number];
      out.push({
        str: it.str,
        x: e,
        y: f,
        width: it.width ?? 0,
        fontSize: Math.hypot(c, d),
        angle: (Math.atan2(b, a) * 180) / Math.PI,
      });
    }
  }
  if (count > maxItems) throw new InputError('E_TOO_LARGE', `PDF page ${n} has more than ${maxItems} text items`);
  return out;
}

type Matrix = [number, number, number, number, number, number];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

interface OpListPage {
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }>;
}

/** Horizontal and vertical straight segments (table rules, cell borders) from the page's drawing operations. */
async function readSegments(pdfjs: Pdfjs, page: unknown, deadline: Deadline, ox: number, oy: number): Promise<PdfSegment[]> {
  const { OPS } = pdfjs;
  const ops = await deadline.race((page as OpListPage).getOperatorList());
  const painting = new Set<number>([
    OPS.stroke,
    OPS.closeStroke,
    OPS.fill,
    OPS.eoFill,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ]);
  const out: PdfSegment[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const add = (ax: number, ay: number, bx: number, by: number) => {
    const [x0, y0] = apply(ctm, ax, ay);
    const [x1, y1] = apply(ctm, bx, by);
    const horizontal = Math.abs(y1 - y0) < 0.5 && Math.abs(x1 - x0) >= 10;
    const vertical = Math.abs(x1 - x0) < 0.5 && Math.abs(y1 - y0) >= 10;
    if (horizontal || vertical) out.push({ x0: x0 - ox, y0: y0 - oy, x1: x1 - ox, y1: y1 - oy });
  };
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform && args) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.paintFormXObjectBegin && args) {
      stack.push(ctm);
      const m = args[0] as number[] | null;
      if (m && m.length === 6) ctm = multiply(ctm, m as Matrix);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath && args) {
      const [op, data] = args as [number, unknown[]];
      if (!painting.has(op)) continue;
      const path = data?.[0];
      if (!(path instanceof Float32Array) && !Array.isArray(path)) continue;
      walkPath(path as ArrayLike<number>, add);
    }
    if (out.length > 20_000) break;
  }
  return out;
}

/** pdfjs 5 path data: [op, args…] with moveTo 0, lineTo 1, curveTo 2, quadraticCurveTo 3, closePath 4. */
function walkPath(p: ArrayLike<number>, add: (ax: number, ay: number, bx: number, by: number) => void): void {
  let cx = 0;
  let cy = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < p.length; ) {
    const op = p[i]!;
    if (op === 0) {
      cx = sx = p[i + 1]!;
      cy = sy = p[i + 2]!;
      i += 3;
    } else if (op === 1) {
      const x = p[i + 1]!;
      const y = p[i + 2]!;
      add(cx, cy, x, y);
      cx = x;
      cy = y;
      i += 3;
    } else if (op === 2) {
      cx = p[i + 5]!;
      cy = p[i + 6]!;
      i += 7;
    } else if (op === 3) {
      cx = p[i + 3]!;
      cy = p[i + 4]!;
      i += 5;
    } else if (op === 4) {
      add(cx, cy, sx, sy);
      cx = sx;
      cy = sy;
      i += 1;
    } else break;
  }
}
