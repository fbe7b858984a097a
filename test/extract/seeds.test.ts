// The five seed DPAs rendered to PDF and DOCX (fixtures/pdf, fixtures/docx, made with LibreOffice from the seed
// texts) must read as the seed text does: same words in the same order, and, after normalisation, the same
// paragraphs in PDF and DOCX. Agreement and timings are printed for the record.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffArrays } from 'diff';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { normalize } from '../../src/normalize/index.js';
import type { ExtractedDocument } from '../../src/model.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEEDS = join(ROOT, 'corpus', 'seeds');
const FIXTURES = join(ROOT, 'fixtures');
const NAMES = ['000-connectus', '001-comasystem', '002-consile', '003-supbine', '004-revifjord'];
const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

/** Dice agreement of two sequences over their longest common subsequence: 1 = identical. */
function agreement<T>(a: T[], b: T[]): number {
  let common = 0;
  for (const part of diffArrays(a, b)) if (!part.added && !part.removed) common += part.count ?? part.value.length;
  return a.length + b.length === 0 ? 1 : (2 * common) / (a.length + b.length);
}

const words = (t: string) => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const paragraphs = (doc: ExtractedDocument) => normalize(doc).blocks.map((b) => key(`${b.label ?? ''} ${b.text}`));
const allText = (doc: ExtractedDocument) => normalize(doc).blocks.map((b) => `${b.label ?? ''} ${b.text}`).join('\n');

async function load(path: string): Promise<{ doc: ExtractedDocument; ms: number }> {
  const bytes = new Uint8Array(readFileSync(path));
  const t0 = performance.now();
  const doc = await extract(bytes, path);
  return { doc, ms: performance.now() - t0 };
}

const table: string[] = [];
afterAll(() => {
  console.log(['seed | words PDF/seed | words DOCX/seed | paras PDF/DOCX | paras PDF/seed | paras DOCX/seed | PDF ms | DOCX ms', ...table].join('\n'));
});

describe.each(NAMES.map((name, k) => [name, k] as const))('seed %s', (name, k) => {
  it('reads the same in PDF, DOCX and text', async () => {
    const seedPath = join(SEEDS, seedFiles[k]!);
    const seed = await load(seedPath);
    const pdf = await load(join(FIXTURES, 'pdf', `${name}.pdf`));
    const docx = await load(join(FIXTURES, 'docx', `${name}.docx`));
    const seedWords = words(allText(seed.doc));
    const pdfWords = agreement(seedWords, words(allText(pdf.doc)));
    const docxWords = agreement(seedWords, words(allText(docx.doc)));
    const pdfDocx = agreement(paragraphs(pdf.doc), paragraphs(docx.doc));
    const pdfSeed = agreement(paragraphs(seed.doc), paragraphs(pdf.doc));
    const docxSeed = agreement(paragraphs(seed.doc), paragraphs(docx.doc));
    table.push([name, pdfWords, docxWords, pdfDocx, pdfSeed, docxSeed].map((v) => (typeof v === 'number' ? v.toFixed(3) : v)).join(' | ') + ` | ${pdf.ms.toFixed(0)} | ${docx.ms.toFixed(0)}`);
    // Words: only cell-internal breaks ("Adre sse" in a narrow PDF table cell) differ.
    expect(pdfWords).toBeGreaterThan(0.995);
    expect(docxWords).toBeGreaterThan(0.995);
    // Paragraphs: PDF and DOCX agree closely; the seed text wraps its front matter differently from the renderings.
    expect(pdfDocx).toBeGreaterThan(0.9);
    expect(pdfSeed).toBeGreaterThan(0.75);
    expect(docxSeed).toBeGreaterThan(0.75);
  });
});

describe('positions', () => {
  it('gives a known heading its page and line on the page (PDF) and its line in the extracted text (DOCX)', async () => {
    const { doc: pdf } = await load(join(FIXTURES, 'pdf', '000-connectus.pdf'));
    const heading = pdf.lines.find((l) => l.text === '7. Anvendelse af underdatabehandlere')!;
    // The 22nd text line from the top of page 3 (counted on the page's item positions).
    expect({ page: heading.page, line: heading.line, column: heading.column }).toEqual({ page: 3, line: 22, column: 1 });
    const { doc: docx } = await load(join(FIXTURES, 'docx', '000-connectus.docx'));
    const d = docx.lines.find((l) => l.text === '7. Anvendelse af underdatabehandlere')!;
    expect(d.page).toBeNull();
    expect(docx.lines[d.line - 1]).toBe(d);
  });

  it('maps normalised text back to page and line', async () => {
    const { doc } = await load(join(FIXTURES, 'pdf', '000-connectus.pdf'));
    const norm = normalize(doc);
    const at = norm.text.indexOf('Anvendelse af underdatabehandlere');
    expect(norm.positionAt(at)).toMatchObject({ page: 3, line: 22 });
  });
});

describe('sub-processor table', () => {
  it('has the same rows and cells in PDF and DOCX', async () => {
    const { doc: pdf } = await load(join(FIXTURES, 'pdf', 'table-subprocessors.pdf'));
    const { doc: docx } = await load(join(FIXTURES, 'docx', 'table-subprocessors.docx'));
    const rows = (d: ExtractedDocument) => d.lines.filter((l) => l.kind === 'table-row').map((l) => l.cells);
    expect(rows(pdf)).toHaveLength(9);
    expect(rows(pdf)).toEqual(rows(docx));
    expect(rows(pdf)[5]).toEqual(['Amazon Web Services EMEA SARL', 'DK-fil. 39596052', '38 Avenue John F. Kennedy, L-1855 Luxembourg', 'Drift af servere (region eu-north-1, Stockholm); backup og logning.']);
    // The paragraph after the table is text again, its short last line included.
    expect(pdf.lines.at(-1)).toMatchObject({ text: 'underdatabehandlere.', paragraphStart: false });
    expect(pdf.lines.at(-1)!.kind).toBeUndefined();
  });
});
