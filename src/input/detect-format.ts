// Format detection by content (magic bytes); the file extension only decides text vs Markdown, and names the
// format in error messages. Formats we cannot read fail here with a message that says what the file is and what
// to do about it.
import type { DocFormat } from '../model.js';
import { InputError } from './errors.js';
import { isZip, readZipDirectory } from '../extract/docx-zip.js';

function startsWith(bytes: Uint8Array, sig: number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[at + i] !== sig[i]) return false;
  return true;
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < Math.min(to, bytes.length); i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

function extension(path: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(path);
  return m ? m[1]!.toLowerCase() : '';
}

const unsupported = (what: string, advice: string) => new InputError('E_UNSUPPORTED', `${what} is not supported: ${advice}`);
const SAVE_AS = 'save it as DOCX or PDF (with a text layer)';

/** Byte signatures of images: no text layer at all. */
function imageKind(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'PNG';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'JPEG';
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'GIF';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'TIFF';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'WebP';
  if (ascii(bytes, 4, 8) === 'ftyp' && /^(heic|heix|mif1|avif)/.test(ascii(bytes, 8, 12))) return 'HEIC/AVIF';
  if (ascii(bytes, 0, 2) === 'BM' && bytes.length > 26 && u32le(bytes, 2) === bytes.length) return 'BMP';
  return null;
}

function u32le(b: Uint8Array, o: number): number {
  return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
}

/** Contains the UTF-16LE spelling of `name` (OLE2 directory entries store stream names that way). */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const pat = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) pat[i * 2] = name.charCodeAt(i);
  const first = pat[0]!;
  outer: for (let i = bytes.indexOf(first); i >= 0 && i <= bytes.length - pat.length; i = bytes.indexOf(first, i + 1)) {
    for (let k = 1; k < pat.length; k++) if (bytes[i + k] !== pat[k]) continue outer;
    return true;
  }
  return false;
}

function detectOle2(bytes: Uint8Array): never {
  // Password-protected DOCX/XLSX are OLE2 containers holding the encrypted package.
  if (hasUtf16Name(bytes, 'EncryptedPackage')) {
    throw new InputError('E_ENCRYPTED', 'Office document is password-protected: remove the password and try again');
  }
  if (hasUtf16Name(bytes, 'WordDocument')) throw unsupported('Legacy Word document (.doc, Word 97-2003)', SAVE_AS);
  if (hasUtf16Name(bytes, 'Workbook') || hasUtf16Name(bytes, 'Book')) throw unsupported('Excel workbook (.xls)', SAVE_AS);
  if (hasUtf16Name(bytes, 'PowerPoint Document')) throw unsupported('PowerPoint presentation (.ppt)', SAVE_AS);
  if (hasUtf16Name(bytes, '__substg1.0_')) throw unsupported('Outlook message (.msg)', 'save the attached agreement itself');
  throw unsupported('OLE2 compound document (old Office format)', SAVE_AS);
}

function detectZip(bytes: Uint8Array, path: string): DocFormat {
  const names = new Set(readZipDirectory(bytes).map((e) => e.name));
  if (names.has('word/document.xml') || [...names].some((n) => /^word\/document\d*\.xml$/.test(n))) return 'docx';
  if (names.has('mimetype')) {
    // ODF and EPUB keep their media type in the (stored) first entry; it also shows in the first bytes.
    const head = ascii(bytes, 30, 120);
    if (head.includes('opendocument.text')) throw unsupported('OpenDocument text (.odt)', SAVE_AS);
    if (head.includes('opendocument.spreadsheet')) throw unsupported('OpenDocument spreadsheet (.ods)', SAVE_AS);
    if (head.includes('opendocument.presentation')) throw unsupported('OpenDocument presentation (.odp)', SAVE_AS);
    if (head.includes('epub')) throw unsupported('EPUB e-book', SAVE_AS);
  }
  if ([...names].some((n) => n.startsWith('Index/') && n.endsWith('.iwa')) || names.has('index.xml')) {
    throw unsupported('Apple Pages document (.pages)', 'export it from Pages as DOCX or PDF');
  }
  if ([...names].some((n) => n.startsWith('xl/'))) throw unsupported('Excel workbook (.xlsx)', SAVE_AS);
  if ([...names].some((n) => n.startsWith('ppt/'))) throw unsupported('PowerPoint presentation (.pptx)', SAVE_AS);
  if (extension(path) === 'docx') throw new InputError('E_CORRUPT', 'DOCX has no main document part (word/document.xml)');
  throw unsupported('ZIP archive', 'unpack it and lint the agreement inside');
}

/** Detect the format of `bytes`. Throws InputError for formats that are recognised but cannot be linted. */
export function detectFormat(bytes: Uint8Array, path: string): DocFormat {
  const ext = extension(path);
  // The PDF header may follow some junk (readers allow it within the first 1024 bytes); only trusted off the start
  // for a .pdf file, so that a text file quoting "%PDF-" stays text.
  const head = ascii(bytes, 0, 1024);
  const pdfAt = head.indexOf('%PDF-');
  if (pdfAt === 0 || (pdfAt > 0 && ext === 'pdf')) return 'pdf';
  if (isZip(bytes)) return detectZip(bytes, path);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) detectOle2(bytes);
  const image = imageKind(bytes);
  if (image) throw unsupported(`Image (${image})`, 'it has no text layer; OCR it first');
  if (head.startsWith('{\\rtf')) throw unsupported('Rich Text Format (.rtf)', SAVE_AS);
  if (startsWith(bytes, [0x1f, 0x8b])) throw unsupported('gzip archive', 'unpack it and lint the agreement inside');
  if (head.startsWith('7z\xbc\xaf\x27\x1c') || head.startsWith('Rar!')) throw unsupported('archive', 'unpack it and lint the agreement inside');

  // Text formats: skip a byte-order mark and leading whitespace before looking at markup.
  const textHead = head.replace(/^(?:\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, '').replace(/\x00/g, '').trimStart().slice(0, 512).toLowerCase();
  if (/<w:worddocument\b/.test(textHead) || (textHead.startsWith('<?xml') && /<w:worddocument\b/.test(ascii(bytes, 0, 4096).toLowerCase()))) {
    throw unsupported('Word 2003 XML document', SAVE_AS);
  }
  if (textHead.startsWith('<?xml') && /<office:document\b/.test(ascii(bytes, 0, 4096).toLowerCase())) {
    throw unsupported('Flat OpenDocument (.fodt)', SAVE_AS);
  }
  if (/^<!doctype html|^<html[\s>]/.test(textHead) || ((ext === 'html' || ext === 'htm') && textHead.startsWith('<'))) return 'html';
  if (looksBinary(bytes)) {
    if (ext === 'pdf') throw new InputError('E_CORRUPT', 'not a PDF: the %PDF header is missing');
    if (ext === 'docx') throw new InputError('E_CORRUPT', 'not a DOCX: no ZIP container');
    throw unsupported(`Binary file${ext ? ` (.${ext})` : ''} of unknown format`, 'lint PDF, DOCX, Markdown or plain text');
  }
  return ext === 'md' || ext === 'markdown' || ext === 'mdown' || ext === 'mkd' ? 'markdown' : 'text';
}

/** NUL and other control bytes that text never holds (UTF-16 with a BOM is text; the decoder handles it). */
function looksBinary(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return false;
  const n = Math.min(bytes.length, 8192);
  let bad = 0;
  let zeros = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) zeros++;
    else if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) bad++;
  }
  return zeros > 0 || bad > n * 0.05;
}
