// The standard clauses reproduced without numbers inside an annex of terms of service: alignment reads the annex
// paragraph by paragraph, so a deleted or changed clause is found as in a numbered DPA, and references that point at
// numbers the document does not have are reported.
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint.js';
import type { Finding } from '../../src/model.js';
import { edit, unnumberedInTerms } from '../helpers/clean.js';

const TEMPLATE_RULES = new Set(['clause-missing', 'clause-modified', 'clause-added', 'annex-section-missing']);

async function lint(text: string): Promise<Finding[]> {
  return (await lintText(text, { path: 'vilkaar.md' })).findings;
}

const keys = (findings: Finding[], severities = ['error', 'warning']) =>
  findings.filter((f) => TEMPLATE_RULES.has(f.ruleId) && severities.includes(f.severity)).map((f) => `${f.ruleId} ${f.clause}`);

describe('standard clauses without numbers inside an annex of terms of service', () => {
  const doc = unnumberedInTerms();

  it('are all found: no clause missing, changed or added', async () => {
    expect(keys(await lint(doc))).toEqual([]);
  });

  it('a deleted clause is missing', async () => {
    const text = edit(doc, /\n\nParterne skal i bilag C angive de fornødne tekniske og organisatoriske foranstaltninger[^\n]*/, '');
    expect(keys(await lint(text))).toEqual(['clause-missing 9.3']);
  });

  it('a changed number is a modified clause', async () => {
    const findings = await lint(edit(doc, 'Der hører fire bilag til', 'Der hører 3 bilag til'));
    expect(keys(findings)).toEqual(['clause-modified 2.5']);
    expect(findings.find((f) => f.clause === '2.5')!.message).toContain('changed number');
  });

  it('a reference to a clause number points to nothing; "bilag A" still means Bilag 1.A', async () => {
    const refs = (await lint(doc)).filter((f) => f.ruleId === 'cross-reference');
    expect(refs.map((f) => `${f.clause} ${f.actual}`)).toContain('10.3 9.2.a');
    expect(refs.some((f) => /^[A-D]$/.test(f.actual ?? ''))).toBe(false);
  });

  it('annex sections under their own headings are found; one without a heading is an info to check', async () => {
    let text = edit(doc, 'C.2. Behandlingssikkerhed', '### Behandlingssikkerhed');
    text = edit(text, 'C.6. Instruks vedrørende overførsel af personoplysninger til tredjelande', '### Overførsel til tredjelande');
    text = edit(text, /\nC\.[1345]\. [^\n]*/g, '\n### $&');
    text = edit(text, /\nC\.7\. [^\n]*\n/, '\n### Procedurer for den dataansvarliges inspektioner\n');
    text = edit(text, /\nC\.8\. [^\n]*\n/, '\n');
    text = text.replace(/### \n?C\.[1345]\. /g, '### ');
    const findings = await lint(text);
    expect(keys(findings)).toEqual([]);
    const info = findings.filter((f) => f.ruleId === 'annex-section-missing');
    expect(info.map((f) => `${f.severity} ${f.clause}`)).toEqual(['info C.8']);
  });
});
