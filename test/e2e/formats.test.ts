// The same DPA as text, PDF and DOCX (the LibreOffice renderings in fixtures/): the same findings (rule and clause),
// PDF findings carrying their page. The renderings run some headings, footnotes and page numbers into paragraphs;
// the normaliser's line repairs are what make them agree.
import { describe, expect, it } from 'vitest';
import { lintFile } from '../../src/engine/lint.js';
import type { FileResult } from '../../src/model.js';

const keys = (r: FileResult) => [...new Set(r.findings.map((f) => `${f.ruleId}:${f.clause}`))].sort();

const SEEDS: Array<[string, string]> = [
  ['000_0dd348189ab538c3', '000-connectus'],
  ['001_e00652af3ed1b9bc', '001-comasystem'],
  ['002_61eff82c15df988c', '002-consile'],
  ['003_aa1192a22fa85dad', '003-supbine'],
  ['004_918041a7c424c53a', '004-revifjord'],
];

describe.each(SEEDS)('seed %s in three formats', (seed, rendering) => {
  it('gives the same findings (rule and clause, info included) from text, PDF and DOCX', async () => {
    const txt = await lintFile(`corpus/seeds/${seed}.txt`);
    const pdf = await lintFile(`fixtures/pdf/${rendering}.pdf`);
    const docx = await lintFile(`fixtures/docx/${rendering}.docx`);
    expect(keys(txt).length).toBeGreaterThan(0);
    expect(keys(pdf)).toEqual(keys(txt));
    expect(keys(docx)).toEqual(keys(txt));
  });

  it('locates every PDF finding on a page and line, every DOCX finding on a line of the extracted text', async () => {
    const pdf = await lintFile(`fixtures/pdf/${rendering}.pdf`);
    const docx = await lintFile(`fixtures/docx/${rendering}.docx`);
    for (const f of pdf.findings) {
      expect(f.location.page, `${f.ruleId} ${f.clause}`).toBeGreaterThanOrEqual(1);
      expect(f.location.line).toBeGreaterThanOrEqual(1);
    }
    for (const f of docx.findings) {
      expect(f.location.page).toBeNull();
      expect(f.location.line).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('seed 001 as PDF', () => {
  it('locates the clause 7.2 finding on a later page than the first', async () => {
    const pdf = await lintFile('fixtures/pdf/001-comasystem.pdf');
    const missing72 = pdf.findings.find((f) => f.ruleId === 'clause-missing' && f.clause === '7.2');
    expect(missing72?.location.page).toBeGreaterThan(1);
  });
});
