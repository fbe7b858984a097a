// Hand-built reports for formatter tests (independent of the pipeline).
import type { LintReport } from '../../src/model.js';
import type { RuleMeta } from '../../src/engine/types.js';

export const RULES: RuleMeta[] = [
  meta('clause-modified', 'error', 'A clause\'s fixed text changed substantively.'),
  meta('annex-section-empty', 'error', 'An annex section is present with no content.'),
  meta('clause-missing', 'error', 'A template clause or litra is absent.'),
  meta('draft-marker', 'warning', 'Watermarks and draft marks.'),
];

function meta(id: string, defaultSeverity: RuleMeta['defaultSeverity'], description: string): RuleMeta {
  return {
    id,
    description,
    defaultSeverity,
    category: 'template',
    schema: { type: 'object', additionalProperties: false },
    defaultOptions: {},
    docs: `docs/rules/${id}.md`,
    recommended: true,
  };
}

export const INJECTION = '<script>window.__pwned = 1; document.title = "PWNED"</script><img src=x onerror="window.__pwned=2">';

export function sampleReport(): LintReport {
  return {
    schemaVersion: 1,
    files: [
      {
        path: 'contracts/acme & co.txt',
        format: 'text',
        template: { id: 'datatilsynet-2020-da', confidence: 0.97 },
        language: 'da',
        error: null,
        findings: [
          {
            ruleId: 'draft-marker',
            severity: 'warning',
            message: 'Draft mark "UDKAST" in the contract',
            clause: null,
            location: { line: 1, column: 1, page: null },
            evidence: 'UDKAST',
          },
          {
            ruleId: 'clause-modified',
            severity: 'error',
            message: 'Clause 10.2 changed: "uden unødig forsinkelse" became "inden for 50 timer"',
            clause: '10.2',
            location: { line: 120, column: 3, page: null },
            evidence: `Databehandleren underretter ${INJECTION} inden for 50 timer`,
            expected: 'uden unødig forsinkelse',
            actual: 'inden for 50 timer',
            redline: 'Databehandleren underretter [-uden unødig forsinkelse-]{+inden for 50 timer+} efter at være blevet opmærksom på bruddet',
          },
          {
            ruleId: 'clause-missing',
            severity: 'info',
            message: 'Optional clause 7.6 is missing',
            clause: '7.6',
            location: { line: 80, column: 1, page: null },
            evidence: '',
          },
        ],
        suppressed: [
          {
            ruleId: 'annex-section-empty',
            severity: 'error',
            message: 'Annex section A.3 has no content',
            clause: 'A.3',
            location: { line: 200, column: 1, page: null },
            evidence: 'A.3. Behandlingen omfatter følgende typer af personoplysninger',
            suppression: { kind: 'external', justification: 'Categories listed in the master agreement | see §4', approvedBy: 'DPO', expires: '2030-01-01' },
          },
        ],
        clauses: [
          { id: '7.6', status: 'missing', similarity: 0, line: null },
          { id: '10.2', status: 'modified', similarity: 0.71, line: 120 },
          { id: '2.1', status: 'identical', similarity: 1, line: 20 },
        ],
        fields: { schemaVersion: 1, breachNotice: { deadline: { kind: 'hours', hours: 50 } }, subprocessorTerms: { noticeDays: 30 }, subprocessors: { status: 'listed', entries: [{ name: 'A' }, { name: 'B' }] }, transfers: { instruction: 'scc' } },
      },
      {
        path: 'contracts/scan.pdf',
        format: 'pdf',
        template: null,
        error: null,
        findings: [
          {
            ruleId: 'clause-missing',
            severity: 'error',
            message: 'Clause 9.2.a is missing',
            clause: '9.2.a',
            location: { line: 4, column: 2, page: 3 },
            evidence: 'a) "quoted" \u0001 text',
          },
        ],
        clauses: [],
      },
      {
        path: 'contracts/missing.docx',
        format: null,
        template: null,
        error: { code: 'E_NOT_FOUND', message: 'no such file' },
        findings: [],
        clauses: [],
      },
    ],
  };
}
