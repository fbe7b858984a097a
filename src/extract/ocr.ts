// Optional OCR for PDF pages without a text layer (scans). Each such page is rendered with pdfjs (@napi-rs/canvas)
// to a PNG in a private temporary directory, read by the system `tesseract` program (hOCR output: words with boxes,
// lines with baselines and an estimated text size), and turned back into positioned text items, so pdf-layout.ts
// builds lines, paragraphs and headers/footers from them exactly as it does for a real text layer.
//
// Nothing here touches the network or the input file; the temporary directory is always removed. Off unless the
// caller asks for it (ExtractOptions.ocr): tesseract takes seconds per page. See docs/ocr.md.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { holdScratch, releaseScratch } from '../engine/scratch.js';
import { join } from 'node:path';
import type { ExtractionNote } from '../model.js';
import { InputError } from '../input/errors.js';
import type { PdfPageContent, PdfTextItem } from './pdf-layout.js';

export interface OcrOptions {
  /** The tesseract program: a name looked up on PATH or a path. Default "tesseract". */
  tesseractPath?: string;
  /** Tesseract languages, e.g. "dan+eng". Default: dan+eng, or those of the two that are installed. */
  languages?: string;
  /** Rendering resolution. Default 300 dpi (tesseract's sweet spot for body text). */
  dpi?: number;
  /** Time limit for tesseract on one page, in milliseconds. Default 120 s. */
  pageTimeoutMs?: number;
}

/** `true` for the defaults; plain data only (the options cross a worker-thread boundary). */
export type OcrSetting = boolean | OcrOptions;

export const OCR_DEFAULTS = { tesseractPath: 'tesseract', dpi: 300, pageTimeoutMs: 120_000 } as const;

export const INSTALL_HINT = 'apt-get install tesseract-ocr tesseract-ocr-dan';

/** What tesseract's hOCR calls x_size (descender bottom to ascender top) is ~0.93 of the font size (Liberation, 11–13 pt). */
const X_SIZE_PER_EM = 0.93;

/** The slice of a pdfjs document and page that rendering needs. */
export interface RenderableDoc {
  getPage(n: number): Promise<RenderablePage>;
  readonly canvasFactory: unknown;
}
export interface RenderablePage {
  getViewport(params: { scale: number }): { width: number; height: number };
  render(params: Record<string, unknown>): { promise: Promise<void> };
  cleanup(): unknown;
}
interface CanvasAndContext {
  canvas: { width: number; height: number; encode(format: 'png'): Promise<Buffer> };
  context: unknown;
}
interface CanvasFactory {
  create(width: number, height: number): CanvasAndContext;
  destroy(cc: CanvasAndContext): void;
}

/** Time left before the caller's deadline, and a way to give up on a promise at it. */
export interface OcrDeadline {
  race<T>(p: Promise<T>): Promise<T>;
  leftMs(): number;
}

export interface OcrResult {
  /** Page contents in points, origin at the bottom-left of the page as displayed (crop box, /Rotate applied). */
  contents: PdfPageContent[];
  notes: ExtractionNote[];
  /** Milliseconds per page (render + tesseract), for diagnostics. */
  timings: Array<{ page: number; renderMs: number; ocrMs: number }>;
  languages: string;
}

export function resolveOcrOptions(setting: OcrSetting | undefined): Required<Omit<OcrOptions, 'languages'>> & { languages: string | null } | null {
  if (!setting) return null;
  const o = setting === true ? {} : setting;
  return {
    tesseractPath: o.tesseractPath ?? OCR_DEFAULTS.tesseractPath,
    languages: o.languages ?? null,
    dpi: o.dpi ?? OCR_DEFAULTS.dpi,
    pageTimeoutMs: o.pageTimeoutMs ?? OCR_DEFAULTS.pageTimeoutMs,
  };
}

/** Environment for tesseract: OpenMP limited to one thread (7× faster on 2 cores than its default), no locale surprises. */
function tesseractEnv(): NodeJS.ProcessEnv {
  return { ...process.env, OMP_THREAD_LIMIT: '1' };
}

interface RunResult {
  stdout: string;
  stderr: string;
}

function run(bin: string, args: string[], timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(
      bin,
      args,
      { env: tesseractEnv(), timeout: Math.max(1, Math.round(timeoutMs)), killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024, windowsHide: true, encoding: 'utf8' },
      (error, stdout, stderr) => (error ? reject(Object.assign(error, { stderr })) : resolve({ stdout, stderr })),
    );
  });
}

function notInstalled(bin: string): InputError {
  const which = bin === OCR_DEFAULTS.tesseractPath ? 'tesseract' : `tesseract (${bin})`;
  return new InputError('E_NO_TEXT', `PDF has no text layer and OCR needs ${which}, which was not found: try ${INSTALL_HINT}`);
}

/** Languages tesseract has data for (`tesseract --list-langs`). Fails with E_NO_TEXT when the program is missing. */
export async function installedLanguages(bin: string): Promise<string[]> {
  let out: RunResult;
  try {
    out = await run(bin, ['--list-langs'], 15_000);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'ENOTDIR') throw notInstalled(bin);
    const reason = oneLine((error as { stderr?: string }).stderr || (error as Error).message);
    throw new InputError('E_NO_TEXT', `PDF has no text layer and tesseract does not run (${reason}): check the installation (${INSTALL_HINT})`);
  }
  // Tesseract 4/5 print the list on stdout, 3.x on stderr; the first line is "List of available languages …".
  return `${out.stdout}\n${out.stderr}`
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => /^[A-Za-z][\w-]*$/.test(l) && l !== 'osd');
}

/** dan+eng when both are installed, else whichever is, else every installed language. */
export function chooseLanguages(installed: string[], requested: string | null): { languages: string; missing: string[] } {
  if (requested) {
    const want = requested.split('+').filter(Boolean);
    const missing = want.filter((l) => !installed.includes(l));
    if (missing.length === want.length) {
      throw new InputError('E_NO_TEXT', `PDF has no text layer and tesseract has no data for ${requested}: try apt-get install ${missing.map((l) => `tesseract-ocr-${l}`).join(' ')}`);
    }
    return { languages: want.filter((l) => installed.includes(l)).join('+'), missing };
  }
  const preferred = ['dan', 'eng'];
  const have = preferred.filter((l) => installed.includes(l));
  const missing = preferred.filter((l) => !installed.includes(l));
  if (have.length > 0) return { languages: have.join('+'), missing };
  if (installed.length === 0) throw new InputError('E_NO_TEXT', `PDF has no text layer and tesseract has no language data: try ${INSTALL_HINT}`);
  return { languages: installed.join('+'), missing };
}

/** OCR the given 1-based pages of an open pdfjs document. */
export async function ocrPages(doc: RenderableDoc, pages: number[], setting: OcrSetting, deadline: OcrDeadline): Promise<OcrResult> {
  const opts = resolveOcrOptions(setting)!;
  const installed = await deadline.race(installedLanguages(opts.tesseractPath));
  const { languages, missing } = chooseLanguages(installed, opts.languages);
  const factory = doc.canvasFactory as CanvasFactory;
  const dir = await mkdtemp(join(tmpdir(), 'dpa-lint-ocr-'));
  holdScratch(dir);
  const contents: PdfPageContent[] = [];
  const timings: OcrResult['timings'] = [];
  const notes: ExtractionNote[] = [];
  const empty: number[] = [];
  try {
    for (const n of pages) {
      const t0 = performance.now();
      const page = await deadline.race(doc.getPage(n));
      let png: Buffer;
      let size: { width: number; height: number };
      try {
        const viewport = page.getViewport({ scale: opts.dpi / 72 });
        const cc = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
        try {
          await deadline.race(page.render({ canvasContext: cc.context, canvas: cc.canvas, viewport }).promise);
          png = await cc.canvas.encode('png');
        } finally {
          factory.destroy(cc);
        }
        // The rendered page (rotation applied), in points: OCR positions are measured on it.
        size = { width: (viewport.width * 72) / opts.dpi, height: (viewport.height * 72) / opts.dpi };
      } finally {
        page.cleanup();
      }
      const file = join(dir, `page-${n}.png`);
      await writeFile(file, png, { mode: 0o600 });
      const t1 = performance.now();
      const limit = Math.min(opts.pageTimeoutMs, deadline.leftMs());
      if (limit <= 0) await deadline.race(Promise.resolve()); // throws the caller's E_TIMEOUT
      let hocr: string;
      try {
        hocr = (await run(opts.tesseractPath, [file, 'stdout', '-l', languages, '--dpi', String(opts.dpi), '--psm', '3', 'hocr'], limit)).stdout;
      } catch (error) {
        const e = error as { killed?: boolean; signal?: string; stderr?: string; message?: string };
        if (e.killed || e.signal === 'SIGKILL') {
          if (deadline.leftMs() <= 0) await deadline.race(Promise.resolve());
          throw new InputError('E_TIMEOUT', `OCR of PDF page ${n} took longer than ${Math.round(limit)} ms: split the document or raise the limit (--timeout)`);
        }
        throw new InputError('E_NO_TEXT', `PDF has no text layer and tesseract failed on page ${n} (${oneLine(e.stderr || e.message || '')}): check the installation (${INSTALL_HINT})`);
      } finally {
        await rm(file, { force: true });
      }
      const items = hocrToItems(hocr, opts.dpi, size.height);
      if (items.length === 0) empty.push(n);
      contents.push({ page: n, width: size.width, height: size.height, items });
      timings.push({ page: n, renderMs: Math.round(t1 - t0), ocrMs: Math.round(performance.now() - t1) });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
    releaseScratch(dir);
  }
  const done = pages.filter((n) => !empty.includes(n));
  if (done.length > 0) {
    notes.push({
      kind: 'ocr',
      message: `${plural(done.length, 'page')} had no text layer and ${done.length === 1 ? 'was' : 'were'} read by OCR (tesseract, ${languages}): ${ranges(done)}; check the recognised text`,
      text: '',
      position: { page: done[0]!, line: 1, column: 1 },
    });
  }
  if (missing.includes('dan') && languages !== '') {
    notes.push({ kind: 'warning', message: `OCR ran without Danish language data (æ, ø and å are misread): ${INSTALL_HINT}`, text: '', position: null });
  }
  for (const n of empty) {
    notes.push({ kind: 'warning', message: `page ${n} has no text layer and OCR found no text on it; it was skipped`, text: '', position: { page: n, line: 1, column: 1 } });
  }
  return { contents, notes, timings, languages };
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function parseBox(title: string): Box | null {
  const m = /\bbbox (-?\d+) (-?\d+) (-?\d+) (-?\d+)/.exec(title);
  return m ? { x0: +m[1]!, y0: +m[2]!, x1: +m[3]!, y1: +m[4]! } : null;
}

function decodeEntities(s: string): string {
  return s
    .replace(/<[^<>]*>/g, '') // [^<>]: a run of '<' without '>' stays linear
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(parseInt(d, 10)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const LINE_START = /<span class=['"]ocr_(?:line|header|caption|textfloat)['"][^>]*title=(['"])([^'"]*)\1[^>]*>/g;
const WORD = /<span class=['"]ocrx_word['"][^>]*title=(['"])([^'"]*)\1[^>]*>([\s\S]*?)<\/span>/g;

/**
 * Tesseract hOCR → text items in PDF user space (y up, origin bottom-left). All words of a tesseract line share the
 * line's baseline (a slightly skewed scan must not break a line in two) and its estimated text size; words carry a
 * trailing space so pdf-layout never glues them together.
 */
export function hocrToItems(hocr: string, dpi: number, pageHeight: number): PdfTextItem[] {
  const k = 72 / dpi;
  const out: PdfTextItem[] = [];
  const starts = [...hocr.matchAll(LINE_START)];
  starts.forEach((m, i) => {
    const title = m[2]!;
    const box = parseBox(title);
    if (!box) return;
    const end = i + 1 < starts.length ? starts[i + 1]!.index : hocr.length;
    const body = hocr.slice(m.index + m[0].length, end);
    const bl = /\bbaseline (-?[\d.]+) (-?[\d.]+)/.exec(title);
    const slope = bl ? +bl[1]! : 0;
    const offset = bl ? +bl[2]! : 0;
    const xSize = /\bx_size ([\d.]+)/.exec(title);
    const heightPx = xSize ? +xSize[1]! : box.y1 - box.y0;
    const fontSize = (heightPx * k) / X_SIZE_PER_EM;
    const words: Array<{ box: Box; text: string }> = [];
    for (const w of body.matchAll(WORD)) {
      const wb = parseBox(w[2]!);
      const text = decodeEntities(w[3]!).replace(/\s+/g, ' ').trim();
      if (wb && text) words.push({ box: wb, text });
    }
    if (words.length === 0) return;
    // Baseline at the line's horizontal middle (hOCR: y = bbox bottom + offset + slope × (x − bbox left)).
    const baselinePx = box.y1 + offset + slope * ((box.x1 - box.x0) / 2);
    const y = pageHeight - baselinePx * k;
    words.forEach((w, j) => {
      out.push({
        str: j < words.length - 1 ? `${w.text} ` : w.text,
        x: w.box.x0 * k,
        y,
        width: (w.box.x1 - w.box.x0) * k,
        fontSize,
        angle: 0,
      });
    });
  });
  return out;
}

function oneLine(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 160 ? `${t.slice(0, 157)}...` : t;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** [1,2,3,5] → "pages 1-3, 5"; [4] → "page 4". */
function ranges(pages: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < pages.length; ) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j]! + 1) j++;
    parts.push(j > i ? `${pages[i]}-${pages[j]}` : String(pages[i]));
    i = j + 1;
  }
  return `${pages.length === 1 ? 'page' : 'pages'} ${parts.join(', ')}`;
}
