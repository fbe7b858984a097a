// Dispatch bytes to the extractor of their format. (Owned by the extraction stage; PDF/DOCX/HTML added there.)
import type { DocFormat, ExtractedDocument } from '../model.js';
import { InputError } from '../input/errors.js';
import { decodeText } from '../input/decode.js';
import { extractPlainText } from './text.js';

export interface ExtractOptions {
  /** Reject inputs larger than this many bytes (E_TOO_LARGE). */
  maxBytes?: number;
}

export function formatFromPath(path: string): DocFormat {
  return /\.(md|markdown)$/i.test(path) ? 'markdown' : 'text';
}

export async function extract(bytes: Uint8Array, path: string, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  const maxBytes = options.maxBytes ?? 50 * 1024 * 1024;
  if (bytes.length > maxBytes) throw new InputError('E_TOO_LARGE', `file is ${bytes.length} bytes, above the limit of ${maxBytes}`);
  if (bytes.length === 0) throw new InputError('E_EMPTY', 'file is empty');
  const format = formatFromPath(path);
  const text = decodeText(bytes);
  if (text.trim() === '') throw new InputError('E_EMPTY', 'file holds no text');
  return extractPlainText(text, format === 'markdown' ? 'markdown' : 'text');
}
