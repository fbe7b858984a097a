// Seed documents for the value rules' tests: the findings issue 4 lists per seed must be reported.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { Rule } from '../../src/engine/types.js';
import { runRule } from '../helpers/rule-tester.js';

const FILES: Record<string, string> = {
  '000': '000_0dd348189ab538c3',
  '001': '001_e00652af3ed1b9bc',
  '002': '002_61eff82c15df988c',
  '003': '003_aa1192a22fa85dad',
  '004': '004_918041a7c424c53a',
};

export function seedText(seed: string): string {
  return readFileSync(`corpus/seeds/${FILES[seed]}.txt`, 'utf8');
}

export interface SeedExpectation {
  seed: string;
  /** Findings that must be among the rule's findings on the seed. */
  includes: Array<{ clause?: string | null; messageIncludes?: string; evidenceIncludes?: string; severity?: string }>;
  /** Exact number of findings, when it is part of the expectation. */
  count?: number;
}

export function seedCases(rule: Rule, cases: SeedExpectation[]): void {
  for (const c of cases) {
    it(`seed ${c.seed}`, async () => {
      const findings = await runRule(rule, { text: seedText(c.seed), path: `${FILES[c.seed]}.txt` });
      const shown = findings.map((f) => `${f.severity} ${f.clause} ${f.message} «${f.evidence}»`).join('\n');
      if (c.count !== undefined) expect(findings.length, shown).toBe(c.count);
      for (const want of c.includes) {
        const hit = findings.find(
          (f) =>
            (want.clause === undefined || f.clause === want.clause) &&
            (!want.messageIncludes || f.message.includes(want.messageIncludes)) &&
            (!want.evidenceIncludes || f.evidence.includes(want.evidenceIncludes)) &&
            (!want.severity || f.severity === want.severity),
        );
        expect(hit, `${JSON.stringify(want)} among:\n${shown}`).toBeDefined();
      }
    });
  }
}
