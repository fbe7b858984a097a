// Resource limits: maximum file size (file and buffer, default and configured, through the API and the CLI), zip-bomb
// DOCX refused on uncompressed size (declared and lying headers), PDF page limit, per-file time limits, and the peak
// memory of a 300-page PDF measured in a child process running the built engine.
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintBuffer, lintFile } from '../../src/engine/lint.js';
import { projectRoot, unzip, zip, type ZipItem } from '../../scripts/fuzz-lib.js';
import { miniPdf, textLines } from '../extract/helpers/mini-pdf.js';
import { longDocx, longPdf } from './helpers/long-documents.js';
import { distUrl, runNodeSnippet as child } from './helpers/child.js';

const root = projectRoot(import.meta.dirname);
const dist = (rel: string) => distUrl(root, rel);
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dpa-lint-limits-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cleanText = () => readFileSync(join(root, 'fixtures/clean/clean-dpa.txt'));
const docxBytes = () => new Uint8Array(readFileSync(join(root, 'fixtures/docx/000-connectus.docx')));
const pdfBytes = () => new Uint8Array(readFileSync(join(root, 'fixtures/pdf/000-connectus.pdf')));

describe('maximum file size', () => {
  it('lintBuffer: E_TOO_LARGE above maxBytes, linted at exactly maxBytes', async () => {
    const bytes = new Uint8Array(cleanText());
    const over = await lintBuffer(bytes, 'dpa.txt', { maxBytes: bytes.length - 1 });
    expect(over.error?.code).toBe('E_TOO_LARGE');
    expect(over.error?.message).toContain(String(bytes.length - 1));
    expect(over.findings).toEqual([]);
    const at = await lintBuffer(bytes, 'dpa.txt', { maxBytes: bytes.length });
    expect(at.error).toBeNull();
  });

  it('lintFile: E_TOO_LARGE from the file size alone, with the configured and the default (50 MB) limit', async () => {
    const small = join(dir, 'small.txt');
    writeFileSync(small, cleanText());
    expect((await lintFile(small, { maxBytes: 1024 })).error?.code).toBe('E_TOO_LARGE');
    // A sparse 50 MB + 1 byte file: refused from stat(), never read (this would take seconds and 50 MB otherwise).
    const huge = join(dir, 'huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, 50 * 1024 * 1024 + 1);
    const t0 = performance.now();
    const r = await lintFile(huge);
    expect(r.error?.code).toBe('E_TOO_LARGE');
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('CLI: --max-file-size applies to files (exit 2, named in the report)', async () => {
    const { main } = await import('../../src/cli/main.js');
    const out: string[] = [];
    const file = join(dir, 'cli-size.txt');
    writeFileSync(file, cleanText());
    const code = await main([file, '--max-file-size', '1kB', '--format', 'json'], { stdout: { write: (s: string) => out.push(s) }, stderr: { write: () => true }, cwd: dir });
    expect(code).toBe(2);
    const report = JSON.parse(out.join('')) as { files: Array<{ error: { code: string } | null }> };
    expect(report.files[0]!.error?.code).toBe('E_TOO_LARGE');
  });
});

describe('zip bomb DOCX', () => {
  /** The fixture DOCX with an extra XML part of `mb` megabytes of spaces (deflated: ~1 kB per MB), optionally lying
   * about its uncompressed size in the zip headers. */
  function withBomb(mb: number, declaredSize?: number): Uint8Array {
    const bomb: ZipItem = { name: 'word/bomb.xml', data: new Uint8Array(mb * 1024 * 1024).fill(0x20) };
    if (declaredSize !== undefined) bomb.declaredSize = declaredSize;
    return zip([...unzip(docxBytes()), bomb]);
  }

  it('is refused on its declared uncompressed size (default limit), quickly and without inflating it', async () => {
    const bytes = withBomb(110);
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    const t0 = performance.now();
    const r = await lintBuffer(bytes, 'bomb.docx');
    expect(r.error?.code).toBe('E_TOO_LARGE');
    expect(r.error?.message).toMatch(/zip bomb|expands/i);
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it('is refused under a configured limit (maxUncompressedBytes), while the same DOCX passes the default', async () => {
    const bytes = withBomb(2);
    expect((await lintBuffer(bytes, 'bomb.docx', { maxUncompressedBytes: 1024 * 1024 })).error?.code).toBe('E_TOO_LARGE');
    const ok = await lintBuffer(bytes, 'bomb.docx');
    expect(ok.error).toBeNull();
    expect(ok.findings.length).toBeGreaterThan(0);
  });

  it('with a lying header (declares 1 kB, inflates to 20 MB) fails as damaged instead of inflating', async () => {
    const r = await lintBuffer(withBomb(20, 1024), 'liar.docx');
    expect(r.error?.code).toBe('E_CORRUPT');
  });

  it('document.xml itself as the bomb: refused', async () => {
    const deflated = new Uint8Array(deflateRawSync(Buffer.alloc(200 * 1024 * 1024, 0x20)));
    const items = unzip(docxBytes()).map((e): ZipItem => (e.name === 'word/document.xml' ? { ...e, data: new Uint8Array(0), declaredSize: 200 * 1024 * 1024, deflated } : e));
    const r = await lintBuffer(zip(items), 'bomb.docx');
    expect(r.error?.code).toBe('E_TOO_LARGE');
  }, 20_000);
});

describe('PDF page limit', () => {
  it('maxPages: E_TOO_LARGE above it, linted at it', async () => {
    const pdf = miniPdf([1, 2, 3].map((n) => ({ texts: textLines(56, 780, [`Side ${n}: Databehandleren behandler personoplysninger.`]) })));
    expect((await lintBuffer(pdf, 'three.pdf', { maxPages: 2 })).error?.code).toBe('E_TOO_LARGE');
    expect((await lintBuffer(pdf, 'three.pdf', { maxPages: 3 })).error?.code).not.toBe('E_TOO_LARGE');
  });
});

describe('per-file time limit', () => {
  it('PDF extraction gives up with E_TIMEOUT after timeoutMs', async () => {
    const r = await lintBuffer(pdfBytes(), 'slow.pdf', { timeoutMs: 1 });
    expect(r.error?.code).toBe('E_TIMEOUT');
    expect(r.error?.message).toMatch(/longer than 1 ms/);
  });

  it('DOCX extraction gives up with E_TIMEOUT after timeoutMs', async () => {
    const r = await lintBuffer(docxBytes(), 'slow.docx', { timeoutMs: 1 });
    expect(r.error?.code).toBe('E_TIMEOUT');
  });

  it('the whole lint of one file (rules included) stops at timeoutMs with E_TIMEOUT', () => {
    // A text file has no extraction worth timing: a 5 ms limit can only be met by the checks between the later stages
    // (normalise, segment, align, fields, each rule). A 60 kB word makes the document a little slower still.
    const code = `
      import { readFileSync } from 'node:fs';
      const { lintBuffer } = await import(${JSON.stringify(dist('src/engine/lint.js'))});
      const text = readFileSync(process.argv[1], 'utf8');
      const i = Math.floor(text.length * 0.57);
      const bytes = new TextEncoder().encode(text.slice(0, i) + 'x'.repeat(60000) + text.slice(i));
      const r = await lintBuffer(bytes, 'slow.txt', { timeoutMs: 5 });
      console.log(JSON.stringify({ code: r.error?.code ?? null }));`;
    const r = child(code, [join(root, 'corpus/examples/example-dpa.txt')], 8_000);
    expect(r.signal, `no result within 8 s (killed); the engine has no per-file time limit beyond extraction. ${r.stderr}`).toBeNull();
    expect(r.json?.code).toBe('E_TIMEOUT');
  }, 15_000);
});

describe('memory', () => {
  /** Lint one file in a fresh process on the built engine; its result and peak RSS. */
  function lintInChild(file: string): Record<string, unknown> {
    const code = `
      const { lintFile } = await import(${JSON.stringify(dist('src/engine/lint.js'))});
      const t0 = performance.now();
      const r = await lintFile(process.argv[1]);
      const ms = Math.round(performance.now() - t0);
      const maxPage = Math.max(0, ...r.findings.map((f) => f.location.page ?? 0));
      console.log(JSON.stringify({ error: r.error, format: r.format, template: r.template?.id ?? null, findings: r.findings.length, maxPage, ms, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));`;
    const r = child(code, [file], 120_000);
    expect(r.signal, r.stderr).toBeNull();
    expect(r.json, r.stderr).not.toBeNull();
    return r.json!;
  }

  it('a 300-page PDF lints under 300 MB peak RSS (child process, built engine)', () => {
    const file = join(dir, 'framework-300.pdf');
    writeFileSync(file, longPdf(root, 300));
    const j = lintInChild(file);
    console.log(`300-page PDF: ${JSON.stringify(j)}`);
    expect(j.error).toBeNull();
    expect(j.format).toBe('pdf');
    expect(j.template).not.toBeNull();
    expect(j.maxPage as number).toBeGreaterThan(250);
    expect(j.maxRssMb as number).toBeLessThan(300);
  }, 130_000);

  it('a DOCX with as much text (about 300 pages) lints with bounded memory (about 300 MB peak RSS)', async () => {
    const file = join(dir, 'framework-300.docx');
    writeFileSync(file, await longDocx(root, 300));
    const j = lintInChild(file);
    console.log(`300-page DOCX: ${JSON.stringify(j)}`);
    expect(j.error).toBeNull();
    expect(j.format).toBe('docx');
    // Measured at ~310 MB (the PDF: ~220 MB): mammoth holds the whole XML tree and its HTML at once. 400 MB guards
    // against regressions without failing on noise; see the next test for what that costs on a hostile file.
    expect(j.maxRssMb as number).toBeLessThan(400);
  }, 130_000);

  it('a small DOCX whose XML inflates to 20 MB (80 kB on disk, under the zip-bomb limit) is refused or linted within 512 MB of heap', () => {
    // 200,000 one-line paragraphs: deflate shrinks the repetition 250-fold, and DOM parsing costs ~75 bytes of heap per
    // byte of XML, so the 100 MB uncompressed limit still lets an 80 kB file claim gigabytes.
    const items = unzip(docxBytes());
    const para = '<w:p><w:r><w:t>Databehandleren behandler personoplysninger efter instruks fra den dataansvarlige.</w:t></w:r></w:p>';
    const big = items.map((e): ZipItem => {
      if (e.name !== 'word/document.xml') return e;
      const xml = new TextDecoder().decode(e.data);
      const i = xml.indexOf('</w:body>');
      return { ...e, data: new TextEncoder().encode(xml.slice(0, i) + para.repeat(Math.floor((20 * 1024 * 1024) / para.length)) + xml.slice(i)) };
    });
    const file = join(dir, 'dense.docx');
    writeFileSync(file, zip(big));
    const code = `
      const { lintFile } = await import(${JSON.stringify(dist('src/engine/lint.js'))});
      const r = await lintFile(process.argv[1]);
      console.log(JSON.stringify({ code: r.error?.code ?? null, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));`;
    const r = child(code, [file], 60_000, ['--max-old-space-size=512']);
    expect(r.signal, 'killed: no result within 60 s').toBeNull();
    expect(r.status, `the process died (heap exhausted?): ${r.stderr.split('\n').filter((l) => /heap|memory|Error/.test(l)).slice(0, 3).join(' | ')}`).toBe(0);
    expect([null, 'E_TOO_LARGE']).toContain(r.json?.code ?? null);
  }, 70_000);
});
