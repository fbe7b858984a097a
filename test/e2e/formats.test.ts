// The same DPA as text, PDF and DOCX: the same findings (rule and clause), PDF findings carrying their page.
import { describe, expect, it } from 'vitest';
import { lintFile } from '../../src/engine/lint.js';
import type { FileResult } from '../../src/model.js';

const keys = (r: FileResult) => [...new Set(r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}:${f.clause}`))].sort();

describe('seed 000 in three formats', () => {
  it('gives the same findings from text, PDF and DOCX', async () => {
    const txt = await lintFile('corpus/seeds/000_0dd348189ab538c3.txt');
    const pdf = await lintFile('fixtures/pdf/000-connectus.pdf');
    const docx = await lintFile('fixtures/docx/000-connectus.docx');
    expect(keys(pdf)).toEqual(keys(txt));
    expect(keys(docx)).toEqual(keys(txt));
    expect(pdf.findings.every((f) => f.location.page !== null && f.location.page >= 1)).toBe(true);
  });
});

describe('seed 001 as PDF', () => {
  it('keeps every finding of the text and locates the clause 7.2 finding on its page', async () => {
    const txt = await lintFile('corpus/seeds/001_e00652af3ed1b9bc.txt');
    const pdf = await lintFile('fixtures/pdf/001-comasystem.pdf');
    for (const k of keys(txt)) expect(keys(pdf)).toContain(k);
    const missing72 = pdf.findings.find((f) => f.ruleId === 'clause-missing' && f.clause === '7.2');
    expect(missing72?.location.page).toBeGreaterThan(1);
  });
});
