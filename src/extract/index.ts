// Dispatch bytes to the extractor of their format, detected from the content (src/input/detect-format.ts).
// Every failure a user can act on is an InputError with a stable code and a one-line reason.
import type { DocFormat, ExtractedDocument } from '../model.js';
import { InputError } from '../input/errors.js';
import { decodeText } from '../input/decode.js';
import { detectFormat } from '../input/detect-format.js';
import { extractPlainText } from './text.js';
import { extractHtml } from './html.js';
import type { OcrSetting } from './ocr.js';

export interface ExtractOptions {
  /** Reject inputs larger than this many bytes (E_TOO_LARGE). Default 50 MB. */
  maxBytes?: number;
  /** DOCX: reject when the XML parts would inflate beyond this many bytes (zip bomb). Default 100 MB. */
  maxUncompressedBytes?: number;
  /** PDF: reject documents with more pages (E_TOO_LARGE). Default 2000. */
  maxPages?: number;
  /** PDF/DOCX: give up after this many milliseconds (E_TIMEOUT). Default 60 s. */
  timeoutMs?: number;
  /**
   * PDF: read pages without a text layer (scans) with the system `tesseract` (see docs/ocr.md). `true` for the
   * defaults, or OcrOptions (languages, dpi, program path). Off by default: a scan is then E_NO_TEXT.
   */
  ocr?: OcrSetting;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** Text or Markdown, from the file name alone (kept for callers that have no bytes). */
export function formatFromPath(path: string): DocFormat {
  return /\.(md|markdown)$/i.test(path) ? 'markdown' : 'text';
}

export async function extract(bytes: Uint8Array, path: string, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) throw new InputError('E_TOO_LARGE', `file is ${bytes.length} bytes, above the limit of ${maxBytes}`);
  if (bytes.length === 0) throw new InputError('E_EMPTY', 'file is empty');
  const format = detectFormat(bytes, path);
  switch (format) {
    case 'pdf': {
      // Loaded on demand: pdfjs and mammoth cost start-up time that text-only runs should not pay.
      const { extractPdf } = await import('./pdf.js');
      return extractPdf(bytes, withoutUndefined({ maxPages: options.maxPages, timeoutMs: options.timeoutMs, ocr: options.ocr }));
    }
    case 'docx': {
      const { extractDocx } = await import('./docx.js');
      const work = extractDocx(bytes, withoutUndefined({ maxUncompressedBytes: options.maxUncompressedBytes }));
      return options.timeoutMs ? withTimeout(work, options.timeoutMs, 'DOCX') : work;
    }
    case 'html': {
      const doc = extractHtml(decodeText(bytes));
      if (!doc.lines.some((l) => l.text.trim() !== '')) throw new InputError('E_EMPTY', 'HTML file holds no text');
      return doc;
    }
    default: {
      const text = decodeText(bytes);
      if (text.trim() === '') throw new InputError('E_EMPTY', 'file holds no text');
      return extractPlainText(text, format === 'markdown' ? 'markdown' : 'text');
    }
  }
}

function withoutUndefined<T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as { [K in keyof T]?: Exclude<T[K], undefined> };
}

async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new InputError('E_TIMEOUT', `${what} extraction took longer than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
