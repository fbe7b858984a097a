// Optional OCR of image-only PDF pages (src/extract/ocr.ts, docs/ocr.md). The fixture fixtures/bad/scanned-dpa-da.pdf
// is two JPEG-only pages of an invented Danish DPA (made by test/extract/helpers/make-scan-fixture.mjs).
// The recognition test needs the system tesseract with Danish data, which CI does not install: it is skipped there.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract, type ExtractOptions } from '../../src/extract/index.js';
import { chooseLanguages, hocrToItems } from '../../src/extract/ocr.js';
import { InputError, withAdvice } from '../../src/input/errors.js';
import { miniPdf, textLines } from './helpers/mini-pdf.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures');
const SCAN = join(FIXTURES, 'bad', 'scanned-dpa-da.pdf');
const scanBytes = () => new Uint8Array(readFileSync(SCAN));

function tesseractLanguages(): string[] {
  try {
    const out = execFileSync('tesseract', ['--list-langs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 15_000 });
    return out.split('\n').map((l) => l.trim());
  } catch {
    return [];
  }
}
const langs = tesseractLanguages();
const hasTesseract = langs.includes('dan');

async function failure(bytes: Uint8Array, options: ExtractOptions): Promise<InputError> {
  try {
    await extract(bytes, 'scan.pdf', options);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message, 'one line').not.toContain('\n');
    return error as InputError;
  }
  throw new Error('extracted without error');
}

describe('image-only PDF without OCR', () => {
  it('stays E_NO_TEXT, input bytes untouched', async () => {
    const bytes = scanBytes();
    const before = Buffer.from(bytes);
    const e = await failure(bytes, {});
    expect(e.code).toBe('E_NO_TEXT');
    expect(e.message).toBe('PDF has no text layer (scanned or image-only): OCR it first, or run with --ocr');
    expect(Buffer.from(bytes).equals(before)).toBe(true);
  });

  it('ocr: false is the same as no option', async () => {
    expect((await failure(scanBytes(), { ocr: false })).message).toMatch(/no text layer.*OCR it first/);
  });
});

describe('OCR asked for but tesseract missing', () => {
  it('fails with one line naming the install command', async () => {
    const e = await failure(scanBytes(), { ocr: { tesseractPath: '/nonexistent/dpa-lint-test/tesseract' } });
    expect(e.code).toBe('E_NO_TEXT');
    expect(e.message).toMatch(/OCR needs tesseract .*not found: try apt-get install tesseract-ocr tesseract-ocr-dan$/);
    // The CLI and the JSON report add no generic advice: the message already says what to do.
    expect(withAdvice(e.code, e.message)).toBe(e.message);
  });

  it('also when tesseract is not on PATH', async () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent-dpa-lint';
    try {
      const e = await failure(scanBytes(), { ocr: true });
      expect(e.code).toBe('E_NO_TEXT');
      expect(e.message).toBe('PDF has no text layer and OCR needs tesseract, which was not found: try apt-get install tesseract-ocr tesseract-ocr-dan');
    } finally {
      process.env.PATH = path;
    }
  });
});

describe('OCR asked for, PDF with a text layer', () => {
  it('never calls tesseract', async () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'pdf', 'table-subprocessors.pdf')));
    const doc = await extract(bytes, 'x.pdf', { ocr: { tesseractPath: '/nonexistent/dpa-lint-test/tesseract' } });
    expect(doc.lines.length).toBeGreaterThan(5);
    expect(doc.notes.some((n) => n.kind === 'ocr')).toBe(false);
  });
});

describe('language choice', () => {
  it('prefers dan+eng, falls back to what is installed', () => {
    expect(chooseLanguages(['dan', 'eng'], null)).toEqual({ languages: 'dan+eng', missing: [] });
    expect(chooseLanguages(['eng'], null)).toEqual({ languages: 'eng', missing: ['dan'] });
    expect(chooseLanguages(['deu'], null)).toEqual({ languages: 'deu', missing: ['dan', 'eng'] });
    expect(() => chooseLanguages([], null)).toThrow(/no language data: try apt-get install tesseract-ocr tesseract-ocr-dan/);
    expect(chooseLanguages(['dan', 'eng'], 'dan')).toEqual({ languages: 'dan', missing: [] });
    expect(() => chooseLanguages(['eng'], 'dan')).toThrow(/no data for dan: try apt-get install tesseract-ocr-dan/);
  });
});

describe('hOCR to positioned text', () => {
  it('keeps a skewed line together on one baseline, in points, words spaced', () => {
    const hocr = `<div class='ocr_page'><p class='ocr_par'>
      <span class='ocr_line' id='line_1_1' title="bbox 300 500 1500 550; baseline 0.01 -10; x_size 46; x_descenders 10; x_ascenders 12">
        <span class='ocrx_word' id='word_1_1' title='bbox 300 500 700 540; x_wconf 95'>Databehandleren</span>
        <span class='ocrx_word' id='word_1_2' title='bbox 720 505 900 548; x_wconf 93'>&amp;</span>
        <span class='ocrx_word' id='word_1_3' title='bbox 920 510 1500 550; x_wconf 91'>underdatabehandlere</span>
      </span></p></div>`;
    const items = hocrToItems(hocr, 300, 842);
    expect(items.map((i) => i.str)).toEqual(['Databehandleren ', '& ', 'underdatabehandlere']);
    expect(new Set(items.map((i) => i.y)).size).toBe(1);
    expect(items[0]!.x).toBeCloseTo(72);
    expect(items[0]!.fontSize).toBeCloseTo((46 * 72) / 300 / 0.93);
    // Baseline 550 − 10 + 0.01 × 600 = 546 px from the top → 842 − 131.04 pt.
    expect(items[0]!.y).toBeCloseTo(842 - (546 * 72) / 300);
  });
});

describe.skipIf(!hasTesseract)('OCR with tesseract (needs tesseract-ocr + tesseract-ocr-dan; CI skips this)', () => {
  it('reads both pages with page and line numbers and notes the OCR', async () => {
    const bytes = scanBytes();
    const before = Buffer.from(bytes);
    const tmpBefore = new Set(readdirSync(tmpdir()).filter((f) => f.startsWith('dpa-lint-ocr-')));
    const t0 = performance.now();
    const doc = await extract(bytes, SCAN, { ocr: true, timeoutMs: 120_000 });
    const ms = performance.now() - t0;
    console.log(`OCR of ${doc.pages} pages: ${Math.round(ms)} ms (${Math.round(ms / doc.pages!)} ms/page)`);

    expect(doc.format).toBe('pdf');
    expect(doc.pages).toBe(2);
    const text = doc.lines.map((l) => l.text).join('\n');
    expect(text).toMatch(/Databehandleraftale/);
    expect(text).toMatch(/databehandleren/i);
    expect(text).toMatch(/24 timer/);
    expect(text).toMatch(/underdatabehandler/);
    expect(text).toMatch(/personoplysninger/);
    // Page and line numbers point back into the scan.
    const breach = doc.lines.find((l) => /24 timer/.test(l.text))!;
    expect(breach.page).toBe(2);
    expect(breach.line).toBeGreaterThan(1);
    const title = doc.lines.find((l) => /Databehandleraftale/.test(l.text))!;
    expect(title).toMatchObject({ page: 1, line: 1 });
    expect(doc.lines.every((l) => l.page === 1 || l.page === 2)).toBe(true);
    // Headings (larger type) start paragraphs of their own.
    expect(doc.lines.find((l) => /^5\. Brud på persondatasikkerheden/.test(l.text))?.paragraphStart).toBe(true);

    const ocr = doc.notes.filter((n) => n.kind === 'ocr');
    expect(ocr).toHaveLength(1);
    expect(ocr[0]!.message).toMatch(/^2 pages had no text layer and were read by OCR \(tesseract, dan\+eng\): pages 1-2/);
    expect(doc.notes.some((n) => /no text layer \(scanned\?\)/.test(n.message))).toBe(false);

    // The input is untouched and no temporary file is left behind.
    expect(Buffer.from(bytes).equals(before)).toBe(true);
    const left = readdirSync(tmpdir()).filter((f) => f.startsWith('dpa-lint-ocr-') && !tmpBefore.has(f));
    expect(left).toEqual([]);
  }, 180_000);

  it('OCRs only the pages without text in a mixed document', async () => {
    // Page 1 has a text layer; page 2 paints only a 2×2 gray image, in which tesseract finds nothing.
    const bytes = miniPdf([{ texts: textLines(72, 760, ['1. Formål', 'Databehandleren behandler personoplysninger på vegne af den dataansvarlige.']) }, { image: { x: 0, y: 0, width: 595, height: 842 } }]);
    const doc = await extract(bytes, 'mixed.pdf', { ocr: true });
    expect(doc.lines.map((l) => l.page)).toEqual([1, 1]);
    expect(doc.notes.filter((n) => n.kind === 'ocr')).toEqual([]);
    expect(doc.notes.map((n) => n.message)).toContain('page 2 has no text layer and OCR found no text on it; it was skipped');
  }, 60_000);
});
