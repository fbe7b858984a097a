// The five seed DPAs end to end: at least the template-conformance findings the core issue lists for each.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintFile } from '../../src/engine/lint.js';
import type { FileResult, Finding } from '../../src/model.js';

const SEEDS = {
  s000: 'corpus/seeds/000_0dd348189ab538c3.txt',
  s001: 'corpus/seeds/001_e00652af3ed1b9bc.txt',
  s002: 'corpus/seeds/002_61eff82c15df988c.txt',
  s003: 'corpus/seeds/003_aa1192a22fa85dad.txt',
  s004: 'corpus/seeds/004_918041a7c424c53a.txt',
};

const TEMPLATE_RULES = new Set([
  'clause-missing', 'clause-modified', 'clause-added', 'numbering', 'cross-reference', 'unfilled-placeholder',
  'draft-marker', 'annex-section-empty', 'annex-section-missing', 'template-outdated', 'template-unrecognized',
]);

const results: Record<string, FileResult> = {};
beforeAll(async () => {
  for (const [k, path] of Object.entries(SEEDS)) results[k] = await lintFile(path);
});

function has(findings: Finding[], ruleId: string, clause?: string | null, severity?: string): boolean {
  return findings.some((f) => f.ruleId === ruleId && (clause === undefined || f.clause === clause) && (!severity || f.severity === severity));
}

function list(r: FileResult): string {
  return r.findings.map((f) => `${f.severity} ${f.ruleId} ${f.clause ?? '-'}: ${f.message}`).join('\n');
}

describe('seed 001 (renumbered one lower, watermark)', () => {
  it('follows the 2020 template', () => expect(results.s001!.template?.id).toBe('datatilsynet-2020-da'));
  it('reports the watermark', () => expect(has(results.s001!.findings, 'draft-marker'), list(results.s001!)).toBe(true));
  it('reports the shifted sections', () => {
    const f = results.s001!.findings.find((x) => x.ruleId === 'numbering' && /lower/.test(x.message));
    expect(f, list(results.s001!)).toBeDefined();
  });
  it('reports the references that still use the template numbers', () => {
    const refs = results.s001!.findings.filter((f) => f.ruleId === 'cross-reference');
    expect(refs.some((f) => f.actual === '6.3'), list(results.s001!)).toBe(true);
  });
  it('reports clause 7.2 missing', () => expect(has(results.s001!.findings, 'clause-missing', '7.2'), list(results.s001!)).toBe(true));
});

describe('seed 002 (empty annex sections, duplicate A.6, extra 4.3)', () => {
  it('reports A.3 and A.4 empty', () => {
    expect(has(results.s002!.findings, 'annex-section-empty', 'A.3'), list(results.s002!)).toBe(true);
    expect(has(results.s002!.findings, 'annex-section-empty', 'A.4'), list(results.s002!)).toBe(true);
  });
  it('reports the numbering slips (A.6, empty 15.)', () => {
    const numbering = results.s002!.findings.filter((f) => f.ruleId === 'numbering');
    expect(numbering.some((f) => /A\.6/.test(f.message)), list(results.s002!)).toBe(true);
    expect(numbering.some((f) => /15/.test(f.message)), list(results.s002!)).toBe(true);
  });
  it('reports the added clause in section 4', () => expect(has(results.s002!.findings, 'clause-added', '4'), list(results.s002!)).toBe(true));
  it('reports the optional 7.6 as info', () => expect(has(results.s002!.findings, 'clause-missing', '7.6', 'info'), list(results.s002!)).toBe(true));
});

describe('seed 003 (2018 template)', () => {
  it('is reported as outdated', () => expect(has(results.s003!.findings, 'template-outdated'), list(results.s003!)).toBe(true));
  it('reports C.3 and C.4 numbered twice', () => {
    const dups = results.s003!.findings.filter((f) => f.ruleId === 'numbering' && /twice/.test(f.message));
    expect(dups.some((f) => f.message.startsWith('C.3')), list(results.s003!)).toBe(true);
    expect(dups.some((f) => f.message.startsWith('C.4')), list(results.s003!)).toBe(true);
  });
  it('reports "afsnit 10.2., litra b"', () => {
    expect(results.s003!.findings.some((f) => f.ruleId === 'cross-reference' && f.actual === '10.2.b'), list(results.s003!)).toBe(true);
  });
});

describe('seed 004', () => {
  it('reports the optional 7.6 as info', () => expect(has(results.s004!.findings, 'clause-missing', '7.6', 'info'), list(results.s004!)).toBe(true));
});

// Seed 000's defended errors, clause by clause:
// - 2.9: the standard text says Bilag D holds terms on other activities; the document makes Bilag D the parties' main
//   agreement "including instructions" — the very annex that later disapplies clauses 7 and 8.
// - 4.1: the documented instruction is to be specified in "bilag A, C og D", so the main agreement of Bilag D (see
//   2.9) becomes instruction too.
// - 7.3: the sentence allowing a longer notice period for specific processing in Bilag B is deleted.
const DEFENDED_000 = ['clause-modified 2.9', 'clause-modified 4.1', 'clause-modified 7.3'];

describe('seed 000', () => {
  it('has no error-level template-conformance finding beyond the defended ones', () => {
    const errors = results.s000!.findings.filter((f) => TEMPLATE_RULES.has(f.ruleId) && f.severity === 'error');
    expect(errors.map((f) => `${f.ruleId} ${f.clause}`)).toEqual(DEFENDED_000);
  });
});

describe('all seeds', () => {
  it('give byte-identical JSON on a second run', async () => {
    for (const path of Object.values(SEEDS)) {
      const again = await lintFile(path);
      const first = Object.values(results).find((r) => r.path === path)!;
      expect(JSON.stringify(again)).toBe(JSON.stringify(first));
    }
  });
  it('are the project copies of ../shared/seeds when present', () => {
    for (const path of Object.values(SEEDS)) {
      const shared = `../shared/seeds/${path.split('/').pop()}`;
      let original: string | null = null;
      try {
        original = readFileSync(shared, 'utf8');
      } catch {
        continue;
      }
      expect(readFileSync(path, 'utf8')).toBe(original);
    }
  });
});
