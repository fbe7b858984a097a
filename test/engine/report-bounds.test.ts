// Bounds the engine puts on what one rule reports for one file: a finding's evidence (a quote) is at most
// MAX_EVIDENCE_CHARS long, and a rule lists at most MAX_FINDINGS_PER_RULE findings. Found by the fuzzer: a rule
// quoting a whole 2 MB paragraph, and one reporting each of 200,000 repeated headings, made reports of hundreds of MB.
import { describe, expect, it } from 'vitest';
import { analyze, MAX_EVIDENCE_CHARS, MAX_FINDINGS_PER_RULE, runRules } from '../../src/engine/lint.js';
import type { Report, Rule } from '../../src/engine/types.js';
import type { Finding } from '../../src/model.js';

function reporting(reports: Report[]): Rule {
  return {
    meta: { id: 'probe', description: '', defaultSeverity: 'warning', category: 'document', schema: {}, defaultOptions: {}, docs: '', recommended: false },
    check: (ctx) => reports.forEach((r) => ctx.report(r)),
  };
}

async function findings(reports: Report[]): Promise<Finding[]> {
  const lines = Array.from({ length: 30 }, (_, i) => `${i + 1}. Punkt ${i + 1}`).join('\n\n');
  const doc = await analyze(new TextEncoder().encode(`Databehandleraftale\n\n${lines}\n`), 'x.txt');
  return runRules(doc, [{ rule: reporting(reports), severity: 'error', options: {} }]);
}

describe('evidence', () => {
  const evidenceOf = async (evidence: string) => (await findings([{ message: 'm', offset: 0, evidence }]))[0]!.evidence;

  it('is kept whole up to the cap', async () => {
    const s = 'a'.repeat(MAX_EVIDENCE_CHARS);
    expect(await evidenceOf(s)).toBe(s);
  });

  it('is cut with an ellipsis beyond it, never between the halves of a surrogate pair', async () => {
    expect(await evidenceOf('b'.repeat(2_000_000))).toBe(`${'b'.repeat(MAX_EVIDENCE_CHARS - 1)}…`);
    // An emoji (two UTF-16 code units) right across the cut: dropped whole.
    const s = `${'c'.repeat(MAX_EVIDENCE_CHARS - 2)}😀${'c'.repeat(10)}`;
    const cut = await evidenceOf(s);
    expect(cut).toBe(`${'c'.repeat(MAX_EVIDENCE_CHARS - 2)}…`);
    expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(cut)).toBe(false);
  });
});

describe('findings per rule', () => {
  it('lists them all up to the cap', async () => {
    const all = await findings(Array.from({ length: MAX_FINDINGS_PER_RULE }, (_, i) => ({ message: `m${i}`, offset: i })));
    expect(all).toHaveLength(MAX_FINDINGS_PER_RULE);
    expect(all.some((f) => /not listed/.test(f.message))).toBe(false);
  });

  it('lists the first ones beyond it, and one finding that counts the rest, where the first of them is', async () => {
    const n = MAX_FINDINGS_PER_RULE + 1_500;
    const text = await findings(Array.from({ length: n }, (_, i) => ({ message: `m${i}`, offset: 50 + (i % 100), severity: 'info' as const })));
    expect(text).toHaveLength(MAX_FINDINGS_PER_RULE + 1);
    const rest = text.filter((f) => /not listed/.test(f.message));
    expect(rest).toHaveLength(1);
    expect(rest[0]).toMatchObject({
      ruleId: 'probe',
      // The rule's configured severity: the closing finding keeps the file's exit code what the rule asked for.
      severity: 'error',
      message: `1500 more findings of this rule in this file are not listed (only the first ${MAX_FINDINGS_PER_RULE} are)`,
      clause: null,
      evidence: '',
    });
    const first = text.find((f) => f.message === `m${MAX_FINDINGS_PER_RULE}`);
    expect(first).toBeUndefined();
    expect(text.filter((f) => f.message === 'm0')).toHaveLength(1);
  });
});
