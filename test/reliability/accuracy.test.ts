// The accuracy gate: the same evaluation as `npm run eval` (scripts/eval.ts), run from source. Fails when overall
// precision or recall falls below corpus/labelled/baseline.json, and checks that the labelled corpus itself is sound:
// every label names a known rule and a rule the document is labelled for, the project's documents exist, and the
// notes carry no e-mail address or phone number. Documents under ../shared/corpus-real are skipped when that folder
// is absent (a user's clone); the project-only baseline then applies.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRules } from '../../rules/index.js';
import { checkBaseline, evaluate, loadBaseline, loadLabels, projectRootFrom, scoreDocument, type EvalResult } from '../../scripts/eval.js';
import type { FileResult, Finding } from '../../src/model.js';

const root = projectRootFrom(import.meta.dirname);
const labelFiles = loadLabels(root);

describe('the labelled corpus', () => {
  it('has a file per seed, fixture and example, and one per document of ../shared/corpus-real', () => {
    const docs = labelFiles.map((l) => l.labels.document);
    for (const d of ['corpus/seeds/000_0dd348189ab538c3.txt', 'corpus/examples/example-dpa.txt', 'fixtures/clean/clean-dpa.txt', 'fixtures/pdf/000-connectus.pdf', 'fixtures/docx/004-revifjord.docx']) {
      expect(docs).toContain(d);
    }
    expect(docs.filter((d) => d.startsWith('../shared/corpus-real/')).length).toBeGreaterThanOrEqual(21);
    expect(new Set(docs).size).toBe(docs.length);
  });

  it('is well-formed: known rules, labels only for the rules a document is labelled for, no contact details in notes', async () => {
    const known = new Set((await loadRules()).map((r) => r.meta.id));
    for (const { file, labels } of labelFiles) {
      expect(typeof labels.document, file).toBe('string');
      expect(labels.rules.length, file).toBeGreaterThan(0);
      for (const r of labels.rules) expect(known.has(r), `${file}: unknown rule ${r}`).toBe(true);
      for (const l of [...labels.expected, ...(labels.notExpected ?? [])]) {
        expect(labels.rules, `${file}: ${l.ruleId} is labelled but not in "rules"`).toContain(l.ruleId);
        expect(l.clause === null || typeof l.clause === 'string', file).toBe(true);
        expect(l.note.length, `${file}: every label says why`).toBeGreaterThan(3);
        expect(l.note, `${file}: no e-mail addresses in notes`).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
        expect(l.note, `${file}: no phone numbers in notes`).not.toMatch(/(?:\+\d{2}\s?)?\b\d{2}\s?\d{2}\s?\d{2}\s?\d{2}\b/);
      }
      if (!labels.document.startsWith('../')) expect(existsSync(resolve(root, labels.document)), `${file}: ${labels.document}`).toBe(true);
    }
  });
});

describe('scoring', () => {
  const finding = (ruleId: string, clause: string | null, severity: Finding['severity']): Finding => ({
    ruleId,
    clause,
    severity,
    message: '',
    location: { line: 1, column: 1, page: null },
    evidence: '',
  });
  const result = (findings: Finding[]): FileResult => ({ path: 'x', format: 'text', template: null, error: null, findings, clauses: [] });

  it('matches by rule and clause, counts a clause once, ignores unlabelled info findings and scores only labelled rules', () => {
    const labels = {
      document: 'x',
      rules: ['clause-missing', 'numbering'],
      expected: [
        { ruleId: 'clause-missing', clause: '7.2', note: 'gone' },
        { ruleId: 'clause-missing', clause: '7.6', note: 'optional' },
        { ruleId: 'numbering', clause: null, note: 'empty 15' },
      ],
      notExpected: [{ ruleId: 'numbering', clause: 'A.6', note: 'not a duplicate' }],
    };
    const { perRule, mismatches } = scoreDocument(
      labels,
      result([
        finding('clause-missing', '7.2', 'error'),
        finding('clause-missing', '7.2', 'warning'),
        finding('clause-missing', '7.6', 'info'),
        finding('clause-missing', '9.1', 'info'),
        finding('clause-missing', '3.1', 'warning'),
        finding('numbering', 'A.6', 'info'),
        finding('draft-marker', null, 'warning'),
      ]),
    );
    expect(perRule.get('clause-missing')).toEqual({ tp: 2, fp: 1, fn: 0 });
    expect(perRule.get('numbering')).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(perRule.has('draft-marker')).toBe(false);
    expect(mismatches.map((m) => `${m.kind} ${m.ruleId} ${m.clause}`).sort()).toEqual(['fn numbering null', 'fp clause-missing 3.1', 'fp numbering A.6']);
  });
});

describe('accuracy against the baseline', () => {
  let result: EvalResult;
  beforeAll(async () => {
    result = await evaluate(root);
  }, 120_000);

  it('lints every labelled document that is present', () => {
    const shared = existsSync(join(root, '..', 'shared', 'corpus-real'));
    expect(result.withRealCorpus).toBe(shared);
    expect(result.overall.documents + result.skipped.length).toBe(labelFiles.length);
    if (!shared) expect(result.skipped.every((d) => d.startsWith('../shared/'))).toBe(true);
  });

  it('meets the recorded baseline for overall precision and recall', () => {
    const check = checkBaseline(result, loadBaseline(root));
    const summary = result.rules.map((r) => `${r.ruleId}: TP ${r.tp} FP ${r.fp} FN ${r.fn}`).join('\n');
    expect(check.reasons, `${summary}\nrun "npm run eval -- --explain" for the mismatches`).toEqual([]);
  });
});
