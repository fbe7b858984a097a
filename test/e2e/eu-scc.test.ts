// A DPA that incorporates the EU Commission's clauses (Decision 2021/915) is recognised and checked clause by clause.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint.js';
import { edit } from '../helpers/clean.js';

const EU = readFileSync('fixtures/eu/eu-scc-incorporated.md', 'utf8');
const lint = (text: string) => lintText(text, { path: 'eu.md' });

describe('EU standard contractual clauses (2021/915)', () => {
  it('are recognised', async () => {
    const r = await lint(EU);
    expect(r.template?.id).toBe('eu-scc-2021-915-en');
    expect(r.template!.confidence).toBeGreaterThan(0.8);
  });
  it('align clause by clause: Clause 7 complete, annex sections found under their headings', async () => {
    const r = await lint(EU);
    const missing = r.findings.filter((f) => f.ruleId === 'clause-missing' && /^7(\.|$)/.test(f.clause ?? ''));
    expect(missing.map((f) => f.clause)).toEqual([]);
    expect(r.findings.filter((f) => f.ruleId === 'annex-section-missing')).toEqual([]);
    expect(r.clauses.find((c) => c.id === '7.5')?.status).toMatch(/^(identical|equivalent)$/);
  });
  it('report a deleted clause', async () => {
    const r = await lint(edit(EU, /\n7\.5\. Sensitive data\n\nIf the processing involves[^\n]*\n/, '\n'));
    expect(r.findings.some((f) => f.ruleId === 'clause-missing' && f.clause === '7.5')).toBe(true);
  });
  it('report a weakened obligation', async () => {
    const r = await lint(edit(EU, 'The processor shall process personal data only on documented instructions', 'The processor may process personal data on documented instructions'));
    expect(r.findings.some((f) => f.ruleId === 'clause-modified' && f.clause === '7.1.a'), JSON.stringify(r.findings.map((f) => f.ruleId + ' ' + f.clause))).toBe(true);
  });
  it('report a missing annex section', async () => {
    const r = await lint(edit(EU, 'Categories of data subjects whose personal data is processed', 'Miscellaneous'));
    expect(r.findings.some((f) => f.ruleId === 'annex-section-missing' && f.clause === 'II.1'), JSON.stringify(r.findings.map((f) => f.ruleId + ' ' + f.clause))).toBe(true);
  });
});
