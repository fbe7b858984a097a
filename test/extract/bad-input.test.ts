// Bad input: every case fails with an InputError whose code is stable and whose one-line message names the reason.
// Files in fixtures/bad/ are committed (see its README); hostile containers are built here at run time.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { extract, type ExtractOptions } from '../../src/extract/index.js';
import { InputError } from '../../src/input/errors.js';
import { detectFormat } from '../../src/input/detect-format.js';
import { zip } from '../../scripts/fuzz-lib.js';
import { miniDocx, p } from './helpers/mini-docx.js';
import { miniPdf, textLines } from './helpers/mini-pdf.js';

const BAD = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'bad');
const FIXTURES = join(BAD, '..');

async function failure(bytes: Uint8Array, path: string, options: ExtractOptions = {}): Promise<InputError> {
  try {
    await extract(bytes, path, options);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    const e = error as InputError;
    expect(e.message, 'one line').not.toContain('\n');
    return e;
  }
  throw new Error(`${path} was extracted without error`);
}

const file = (name: string) => new Uint8Array(readFileSync(join(BAD, name)));

describe('bad input files (fixtures/bad)', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['encrypted.pdf', 'E_ENCRYPTED', /password-protected/],
    ['image-only.pdf', 'E_NO_TEXT', /no text layer.*OCR it first/],
    ['truncated.pdf', 'E_CORRUPT', /PDF is damaged or truncated/],
    ['empty.pdf', 'E_EMPTY', /empty/],
    ['truncated.docx', 'E_CORRUPT', /damaged or truncated/],
    ['legacy.doc', 'E_UNSUPPORTED', /Legacy Word document \(\.doc/],
    ['password-protected.docx', 'E_ENCRYPTED', /password-protected/],
    ['scan.png', 'E_UNSUPPORTED', /Image \(PNG\).*OCR it first/],
    ['agreement.rtf', 'E_UNSUPPORTED', /Rich Text Format/],
  ];
  for (const [name, code, message] of cases) {
    it(`${name} → ${code}`, async () => {
      const e = await failure(file(name), name);
      expect(e.code).toBe(code);
      expect(e.message).toMatch(message);
    });
  }
});

describe('containers built at run time', () => {
  it('refuses a zip bomb on the sizes its central directory declares, before inflating', async () => {
    // 200 MB declared for document.xml: refused without allocating it.
    const bomb = zip([
      { name: '[Content_Types].xml', data: new TextEncoder().encode('<Types/>') },
      { name: 'word/document.xml', data: new Uint8Array(1000), declaredSize: 200 * 1024 * 1024 },
    ]);
    const e = await failure(bomb, 'bomb.docx');
    expect(e.code).toBe('E_TOO_LARGE');
    expect(e.message).toMatch(/zip bomb/);
  });

  it('refuses a part that inflates beyond its declared size', async () => {
    const liar = zip([
      { name: '[Content_Types].xml', data: new TextEncoder().encode('<Types/>') },
      { name: 'word/document.xml', data: new Uint8Array(5 * 1024 * 1024), declaredSize: 1000 },
    ]);
    const e = await failure(liar, 'liar.docx');
    expect(e.code).toBe('E_CORRUPT');
    expect(e.message).toMatch(/inflates beyond its declared size/);
  });

  it('honours a lower uncompressed limit', async () => {
    const big = await miniDocx({ body: p('x'.repeat(200_000)) });
    const e = await failure(big, 'big.docx', { maxUncompressedBytes: 100_000 });
    expect(e.code).toBe('E_TOO_LARGE');
  });

  it('names OpenDocument, Pages and spreadsheets as unsupported', async () => {
    const odt = new JSZip();
    odt.file('mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE' });
    odt.file('content.xml', '<office:document-content/>');
    const pages = new JSZip();
    pages.file('Index/Document.iwa', 'x');
    const xlsx = new JSZip();
    xlsx.file('[Content_Types].xml', '<Types/>');
    xlsx.file('xl/workbook.xml', '<workbook/>');
    const zipped = async (z: JSZip) => new Uint8Array(await z.generateAsync({ type: 'uint8array' }));
    expect((await failure(await zipped(odt), 'a.odt')).message).toMatch(/OpenDocument text \(\.odt\)/);
    expect((await failure(await zipped(pages), 'a.pages')).message).toMatch(/Apple Pages/);
    expect((await failure(await zipped(xlsx), 'a.xlsx')).message).toMatch(/Excel workbook \(\.xlsx\)/);
  });

  it('says a .docx that is no zip is damaged, and a binary .pdf without header is not a PDF', async () => {
    const junk = new Uint8Array(64).map((_, k) => (k * 37) % 256);
    expect((await failure(junk, 'x.docx')).code).toBe('E_CORRUPT');
    expect((await failure(junk, 'x.pdf')).message).toMatch(/not a PDF/);
  });

  it('refuses input above the byte limit', async () => {
    const e = await failure(new Uint8Array(2048).fill(65), 'big.txt', { maxBytes: 1024 });
    expect(e.code).toBe('E_TOO_LARGE');
    expect(e.message).toMatch(/above the limit of 1024/);
  });

  it('refuses a PDF with more pages than allowed', async () => {
    const page = { texts: textLines(72, 760, ['Databehandleraftale']) };
    const e = await failure(miniPdf([page, page, page]), 'long.pdf', { maxPages: 2 });
    expect(e.code).toBe('E_TOO_LARGE');
    expect(e.message).toMatch(/3 pages, above the limit of 2/);
  });

  it('gives up on a PDF that takes longer than the deadline', async () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'pdf', '001-comasystem.pdf')));
    const e = await failure(bytes, 'slow.pdf', { timeoutMs: 1 });
    expect(e.code).toBe('E_TIMEOUT');
  });

  it('extracts a PDF with 200 000 objects within bounds', async () => {
    // A valid PDF padded with objects nobody references: the object count alone must not blow up.
    const head = miniPdf([{ texts: textLines(72, 760, ['Databehandleraftale']) }]);
    const text = Buffer.from(head).toString('latin1');
    const n = 200_000;
    const start = Number(/trailer[\s\S]*?\/Size (\d+)/.exec(text)![1]);
    const body = text.slice(0, text.lastIndexOf('xref'));
    const parts = [body];
    let len = Buffer.byteLength(body, 'latin1');
    const offsets: number[] = [];
    for (let i = start; i < start + n; i++) {
      const o = `${i} 0 obj\nnull\nendobj\n`;
      offsets.push(len);
      parts.push(o);
      len += o.length;
    }
    // Rebuild the xref: original offsets followed by the padding's.
    const orig = [...text.matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    const xref = [`xref\n0 ${start + n}\n0000000000 65535 f \n`, ...[...orig, ...offsets].map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
    const root = /\/Root (\d+) 0 R/.exec(text)![1];
    parts.push(xref, `trailer\n<< /Size ${start + n} /Root ${root} 0 R >>\nstartxref\n${len}\n%%EOF\n`);
    const bytes = new Uint8Array(Buffer.from(parts.join(''), 'latin1'));
    const t0 = performance.now();
    const doc = await extract(bytes, 'many-objects.pdf', { timeoutMs: 20_000 });
    expect(doc.lines.map((l) => l.text)).toEqual(['Databehandleraftale']);
    expect(performance.now() - t0).toBeLessThan(20_000);
  });

  it('refuses a page with more text items than allowed', async () => {
    const { extractPdf } = await import('../../src/extract/pdf.js');
    const texts = Array.from({ length: 3000 }, (_, k) => ({ x: 20 + (k % 50) * 11, y: 800 - Math.floor(k / 50) * 12, text: 'x', size: 8 }));
    await expect(extractPdf(miniPdf([{ texts }]), { maxItemsPerPage: 1000 })).rejects.toMatchObject({ code: 'E_TOO_LARGE' });
  });

  it('never modifies the input bytes', async () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'pdf', 'table-subprocessors.pdf')));
    const copy = bytes.slice();
    await extract(bytes, 'table-subprocessors.pdf');
    expect(bytes.byteLength).toBe(copy.byteLength);
    expect(Buffer.compare(Buffer.from(bytes), Buffer.from(copy))).toBe(0);
  });
});

describe('format detection', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it('detects by content, with the extension deciding text vs Markdown only', async () => {
    expect(detectFormat(miniPdf([{ texts: [] }]), 'renamed.txt')).toBe('pdf');
    expect(detectFormat(await miniDocx({ body: p('x') }), 'renamed.bin')).toBe('docx');
    expect(detectFormat(enc('# Databehandleraftale\n'), 'a.md')).toBe('markdown');
    expect(detectFormat(enc('# Databehandleraftale\n'), 'a.txt')).toBe('text');
    expect(detectFormat(enc('<!DOCTYPE html><html><body><p>x</p></body></html>'), 'a.txt')).toBe('html');
    expect(detectFormat(enc('\ufeff<html lang="da"><p>x</p></html>'), 'page')).toBe('html');
  });

  it('extracts HTML paragraphs, headings and tables', async () => {
    const doc = await extract(
      enc('<!doctype html><html><head><title>t</title><style>p{}</style></head><body><nav>Menu</nav><h1>Databehandleraftale</h1><p>1. Databehandleren <b>skal</b> følge instruks.</p><table><tr><th>Navn</th><th>CVR</th></tr><tr><td>Klarsky ApS</td><td>12345678</td></tr></table><ul><li>Navn</li><li>E-mail</li></ul></body></html>'),
      'dpa.html',
    );
    expect(doc.format).toBe('html');
    expect(doc.lines.map((l) => [l.kind, l.text])).toEqual([
      ['heading', 'Databehandleraftale'],
      ['paragraph', '1. Databehandleren skal følge instruks.'],
      ['table-row', 'Navn | CVR'],
      ['table-row', 'Klarsky ApS | 12345678'],
      ['list-item', 'Navn'],
      ['list-item', 'E-mail'],
    ]);
  });
});

describe('deadline in the middle of a page', () => {
  it('fails with E_TIMEOUT and returns, even while pdfjs is still streaming text', async () => {
    const texts = Array.from({ length: 20_000 }, (_, k) => ({ x: 20 + (k % 100) * 5.5, y: 820 - Math.floor(k / 100) * 4, text: 'x', size: 4 }));
    const bytes = miniPdf([{ texts }]);
    const t0 = performance.now();
    const e = await failure(bytes, 'dense.pdf', { timeoutMs: 150 });
    expect(['E_TIMEOUT', 'E_TOO_LARGE']).toContain(e.code);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});
