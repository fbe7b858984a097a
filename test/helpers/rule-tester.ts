// RuleTester in the manner of ESLint's: each rule is run alone over small documents, valid cases must give no finding,
// invalid cases exactly the findings listed (in document order).
import { describe, expect, it } from 'vitest';
import { analyze, runRules } from '../../src/engine/lint.js';
import { resolveRuleSettings } from '../../src/engine/settings.js';
import type { Rule } from '../../src/engine/types.js';
import type { Finding, Severity } from '../../src/model.js';

export interface TestCase {
  /** Name shown by vitest; defaults to the first words of the text. */
  name?: string;
  text: string;
  /** File name the text is linted as ("x.md" for Markdown). */
  path?: string;
  options?: Record<string, unknown>;
  /** Force a template id (as --template does). */
  template?: string;
}

export interface ExpectedFinding {
  clause?: string | null;
  messageIncludes?: string;
  severity?: Severity;
  element?: string;
  evidenceIncludes?: string;
  line?: number;
}

export interface InvalidCase extends TestCase {
  errors: ExpectedFinding[];
}

export async function runRule(rule: Rule, test: TestCase): Promise<Finding[]> {
  const doc = await analyze(new TextEncoder().encode(test.text), test.path ?? 'case.txt', { template: test.template });
  const setting = test.options ? [rule.meta.defaultSeverity, test.options] : rule.meta.defaultSeverity;
  const [resolved] = resolveRuleSettings([rule], { [rule.meta.id]: setting as never });
  return resolved ? runRules(doc, [resolved]) : [];
}

function caseName(kind: string, test: TestCase, k: number): string {
  return `${kind} #${k + 1}: ${test.name ?? test.text.replace(/\s+/g, ' ').slice(0, 60)}`;
}

function describeFindings(findings: Finding[]): string {
  return findings.map((f) => `${f.severity} ${f.clause ?? '-'} ${f.message}`).join('\n');
}

export function ruleTester(rule: Rule) {
  return {
    run({ valid, invalid }: { valid: TestCase[]; invalid: InvalidCase[] }) {
      describe(rule.meta.id, () => {
        valid.forEach((test, k) => {
          it(caseName('valid', test, k), async () => {
            const findings = await runRule(rule, test);
            expect(findings, describeFindings(findings)).toEqual([]);
          });
        });
        invalid.forEach((test, k) => {
          it(caseName('invalid', test, k), async () => {
            const findings = await runRule(rule, test);
            expect(findings.length, describeFindings(findings)).toBe(test.errors.length);
            test.errors.forEach((want, n) => {
              const got = findings[n]!;
              expect(got.ruleId).toBe(rule.meta.id);
              if (want.clause !== undefined) expect(got.clause, got.message).toBe(want.clause);
              if (want.messageIncludes) expect(got.message).toContain(want.messageIncludes);
              if (want.severity) expect(got.severity, got.message).toBe(want.severity);
              if (want.element) expect(got.element).toBe(want.element);
              if (want.evidenceIncludes) expect(got.evidence).toContain(want.evidenceIncludes);
              if (want.line !== undefined) expect(got.location.line).toBe(want.line);
            });
          });
        });
      });
    },
  };
}
