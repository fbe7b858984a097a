import { describe, expect, it } from 'vitest';
import rule from '../../rules/tracked-changes.js';
import { analyze, runRules } from '../../src/engine/lint.js';
import { resolveRuleSettings } from '../../src/engine/settings.js';
import type { Finding } from '../../src/model.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { CLEAN, edit } from '../helpers/clean.js';
import { escapeXml, miniDocx } from '../extract/helpers/mini-docx.js';

ruleTester(rule).run({
  valid: [
    { name: 'clean DPA', text: CLEAN },
    { name: 'braces that are not CriticMarkup', text: 'The processor keeps a log {see annex C} of access.' },
  ],
  invalid: [
    {
      name: 'CriticMarkup replacement in 10.2',
      text: edit(CLEAN, 'senest 24 timer efter', 'senest {~~24~>48~~} timer efter'),
      errors: [{ messageIncludes: 'replacement', evidenceIncludes: '{~~24~>48~~}' }],
    },
    {
      name: 'CriticMarkup insertion and deletion',
      text: 'Databehandleren underretter {--straks--}{++uden unødig forsinkelse++} den dataansvarlige.',
      errors: [{ messageIncludes: 'deletion' }, { messageIncludes: 'insertion' }],
    },
  ],
});

/** The clean DPA as a DOCX, one paragraph per text paragraph; `change` rewrites one paragraph's runs. */
async function cleanDocx(change: (paragraph: string) => string | null): Promise<Uint8Array> {
  const body = CLEAN.split(/\n\s*\n/)
    .map((para) => para.replace(/\s*\n\s*/g, ' ').trim())
    .filter((para) => para !== '')
    .map((para) => change(para) ?? `<w:p><w:r><w:t xml:space="preserve">${escapeXml(para)}</w:t></w:r></w:p>`)
    .join('');
  return miniDocx({ body });
}

async function lintDocx(bytes: Uint8Array): Promise<Finding[]> {
  const doc = await analyze(bytes, 'dpa.docx');
  const [resolved] = resolveRuleSettings([rule], {});
  return runRules(doc, [resolved!]);
}

describe('tracked-changes on DOCX', () => {
  it('reports each unaccepted change with its text, line and clause, and lints the accepted text', async () => {
    const bytes = await cleanDocx((para) => {
      if (!para.startsWith('10.2.')) return null;
      const [before, after] = para.split('24 timer');
      return (
        `<w:p><w:r><w:t xml:space="preserve">${escapeXml(before!)}</w:t></w:r>` +
        '<w:del w:id="1" w:author="Modpart"><w:r><w:delText>24 timer</w:delText></w:r></w:del>' +
        '<w:ins w:id="2" w:author="Modpart"><w:r><w:t>72 timer</w:t></w:r></w:ins>' +
        `<w:r><w:t xml:space="preserve">${escapeXml(after!)}</w:t></w:r></w:p>`
      );
    });
    const doc = await analyze(bytes, 'dpa.docx');
    expect(doc.segmented.norm.text).toContain('senest 72 timer efter');
    expect(doc.segmented.norm.text).not.toContain('24 timer efter');
    const findings = await lintDocx(bytes);
    expect(findings.map((f) => [f.ruleId, f.severity, f.evidence])).toEqual([
      ['tracked-changes', 'warning', '24 timer'],
      ['tracked-changes', 'warning', '72 timer'],
    ]);
    expect(findings[0]!.message).toMatch(/^Unaccepted deletion by Modpart: "24 timer"/);
    expect(findings[1]!.message).toMatch(/^Unaccepted insertion by Modpart: "72 timer"/);
    const line = doc.extracted.lines.find((l) => l.text.startsWith('10.2.'))!.line;
    expect(findings[0]!.location).toEqual({ line, column: '10.2. Databehandlerens underretning til den dataansvarlige skal om muligt ske senest '.length + 1, page: null });
    expect(findings[0]!.clause).toBe('10.2');
  });

  it('gives nothing for a DOCX without tracked changes', async () => {
    expect(await lintDocx(await cleanDocx(() => null))).toEqual([]);
  });
});
