import { describe, expect, it } from 'vitest';
import { formatters } from '../../src/report/index.js';
import { renderRedline, keyValues } from '../../src/report/html.js';
import { parseXml, sarifValidator, schemaValidator } from '../helpers/schemas.js';
import { INJECTION, RULES, sampleReport } from './sample-report.js';

const ctx = { cwd: '/work/x', rules: RULES, version: '0.1.0', color: false };

describe('json formatter', () => {
  it('validates against schemas/report.schema.json', () => {
    const out = JSON.parse(formatters.json!(sampleReport(), ctx));
    expect(schemaValidator('schemas/report.schema.json')(out)).toEqual([]);
  });

  it('has the contract shape with a stable key order and suppressed findings', () => {
    const out = JSON.parse(formatters.json!(sampleReport(), ctx));
    expect(Object.keys(out)).toEqual(['schemaVersion', 'files']);
    expect(Object.keys(out.files[0])).toEqual(['path', 'format', 'template', 'error', 'findings', 'suppressed', 'clauses', 'fields']);
    expect(Object.keys(out.files[1])).toEqual(['path', 'format', 'template', 'error', 'findings', 'suppressed', 'clauses']);
    expect(Object.keys(out.files[0].findings[1])).toEqual(['ruleId', 'severity', 'message', 'clause', 'location', 'evidence', 'expected', 'actual', 'redline']);
    expect(out.files[0].suppressed[0].suppression).toEqual({ kind: 'external', justification: 'Categories listed in the master agreement | see §4', approvedBy: 'DPO', expires: '2030-01-01' });
    expect(out.files[2].error).toEqual({ code: 'E_NOT_FOUND', message: 'no such file' });
    expect(out.files[0]).not.toHaveProperty('language');
  });

  it('does not depend on the key order of its input', () => {
    const a = sampleReport();
    const b = sampleReport();
    const f = b.files[0]!.findings[1]!;
    b.files[0]!.findings[1] = { redline: f.redline, actual: f.actual, expected: f.expected, evidence: f.evidence, location: { page: null, column: 3, line: 120 }, clause: f.clause, message: f.message, severity: f.severity, ruleId: f.ruleId };
    expect(formatters.json!(b, ctx)).toBe(formatters.json!(a, ctx));
  });
});

describe('sarif formatter', () => {
  const log = JSON.parse(formatters.sarif!(sampleReport(), ctx));

  it('validates against the SARIF 2.1.0 schema', () => {
    expect(sarifValidator()(log)).toEqual([]);
  });

  it('describes rules with helpUri and fullDescription', () => {
    const rules = log.runs[0].tool.driver.rules;
    expect(rules.map((r: { id: string }) => r.id)).toEqual(['annex-section-empty', 'clause-missing', 'clause-modified', 'draft-marker']);
    const cm = rules.find((r: { id: string }) => r.id === 'clause-modified');
    expect(cm.helpUri).toMatch(/\/docs\/rules\/clause-modified\.md$/);
    expect(cm.fullDescription.text).toContain('fixed text changed');
    expect(cm.defaultConfiguration.level).toBe('error');
  });

  it('gives relative, encoded paths, regions, page property and external suppressions', () => {
    const results = log.runs[0].results;
    const modified = results.find((r: { ruleId: string }) => r.ruleId === 'clause-modified');
    expect(modified.locations[0].physicalLocation.artifactLocation.uri).toBe('contracts/acme%20&%20co.txt');
    expect(modified.locations[0].physicalLocation.region).toMatchObject({ startLine: 120, startColumn: 3 });
    expect(modified.level).toBe('error');
    const pdf = results.find((r: { ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0]!.physicalLocation.artifactLocation.uri === 'contracts/scan.pdf');
    expect(pdf.properties.page).toBe(3);
    const info = results.find((r: { ruleId: string }) => r.ruleId === 'clause-missing');
    expect(info.level).toBe('note');
    const waived = results.find((r: { ruleId: string }) => r.ruleId === 'annex-section-empty');
    expect(waived.suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: 'Categories listed in the master agreement | see §4', properties: { approvedBy: 'DPO', expires: '2030-01-01' } },
    ]);
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(log.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toContain('contracts/missing.docx');
  });

  it('makes absolute paths under cwd relative', () => {
    const r = sampleReport();
    r.files[0]!.path = '/work/x/a/b.txt';
    const out = JSON.parse(formatters.sarif!(r, ctx));
    expect(out.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('a/b.txt');
  });
});

describe('junit formatter', () => {
  const xml = formatters.junit!(sampleReport(), { ...ctx, enabledRules: { 'contracts/acme & co.txt': ['clause-missing', 'clause-modified', 'draft-marker'] } });

  it('is well-formed XML with one testsuite per file and one testcase per rule', () => {
    const doc = parseXml(xml);
    const suites = Array.from(doc.getElementsByTagName('testsuite'));
    expect(suites.map((s) => s.getAttribute('name'))).toEqual(['contracts/acme & co.txt', 'contracts/scan.pdf', 'contracts/missing.docx']);
    const cases = Array.from(suites[0]!.getElementsByTagName('testcase')).map((c) => c.getAttribute('name'));
    expect(cases).toEqual(['clause-missing', 'clause-modified', 'draft-marker']);
    expect(suites[0]!.getAttribute('failures')).toBe('2');
    // info findings do not fail the testcase
    const missing = suites[0]!.getElementsByTagName('testcase')[0]!;
    expect(missing.getElementsByTagName('failure').length).toBe(0);
    expect(missing.getElementsByTagName('system-out').length).toBe(1);
    expect(suites[2]!.getElementsByTagName('error').length).toBe(1);
    expect(doc.documentElement.getAttribute('tests')).toBe(String(3 + 4 + 1));
  });

  it('escapes contract text and drops characters XML cannot carry', () => {
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('\u0001');
    expect(xml).toContain('&lt;script&gt;');
  });
});

describe('markdown formatter', () => {
  const md = formatters.markdown!(sampleReport(), ctx);
  it('summarises files in a table and lists findings', () => {
    expect(md).toContain('## dpa-lint report');
    expect(md).toContain('| `contracts/acme & co.txt` | `datatilsynet-2020-da` (0.97) | 1 | 1 | 1 | 1 |');
    expect(md).toContain('[clause-modified](https://github.com/dpa-lint/dpa-lint/blob/main/docs/rules/clause-modified.md)');
    expect(md).toContain('no such file');
    expect(md).toMatch(/<details><summary>1 info finding<\/summary>/);
  });
  it('neutralises HTML and table syntax in contract text', () => {
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;');
    for (const line of md.split('\n').filter((l) => l.startsWith('| 🔴'))) {
      // exactly 6 unescaped pipes → 5 cells
      expect(line.replace(/\\\|/g, '').split('|').length).toBe(7);
    }
  });
});

describe('html formatter', () => {
  const html = formatters.html!(sampleReport(), ctx);
  it('escapes contract text: no injected element survives', () => {
    expect(html).not.toContain(INJECTION);
    expect(html).not.toMatch(/<script>window/);
    expect(html).not.toMatch(/<img src=x/);
    expect(html).toContain('&lt;script&gt;window.__pwned = 1;');
    // Only our own sorting script, allowed by hash in the CSP.
    expect(html.match(/<script>/g)?.length).toBe(1);
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'; [^"]*script-src 'sha256-[A-Za-z0-9+/=]+'/);
  });
  it('has a portfolio overview with key values, a chart and per-DPA sections', () => {
    expect(html).toContain('<table class="sortable" id="portfolio">');
    expect(html).toMatch(/<td class="n" data-v="50">50<\/td>/);
    expect(html).toMatch(/<svg class="chart"/);
    expect(html).toContain('id="dpa-3"');
    expect(html).toContain('Could not be linted');
    expect(html).toContain('Waived findings (1)');
  });
  it('renders the redline as <del>/<ins>', () => {
    expect(html).toContain('<del>uden unødig forsinkelse</del> <ins>inden for 50 timer</ins>');
    expect(renderRedline('a [-<b>-] {+c & d+} e')).toBe('a <del>&lt;b&gt;</del> <ins>c &amp; d</ins> e');
  });
  it('is deterministic and has no portfolio for a single file', () => {
    const one = sampleReport();
    one.files = one.files.slice(0, 1);
    const a = formatters.html!(one, ctx);
    expect(a).toBe(formatters.html!(one, ctx));
    expect(a).not.toContain('id="portfolio"');
    expect(a).not.toContain('<script>');
  });
  it('reads key values tolerantly', () => {
    expect(keyValues(undefined)).toEqual({ breachHours: null, subprocessorNoticeDays: null, subprocessorCount: null, transfers: null });
    expect(keyValues({ breachNotice: { deadline: { hours: 24 } }, transfers: { instruction: 'none' } })).toMatchObject({ breachHours: 24, transfers: 'none' });
  });
});

describe('stylish formatter', () => {
  it('lists findings per file with position, severity, message, rule and clause', () => {
    const out = formatters.stylish!(sampleReport(), ctx);
    expect(out).toContain('contracts/acme & co.txt');
    expect(out).toMatch(/120:3\s+error\s+Clause 10\.2 changed.*clause-modified\s+clause 10\.2/);
    expect(out).toMatch(/p3 4:2\s+error/);
    expect(out).toContain('cannot lint: no such file (E_NOT_FOUND)');
    expect(out).toContain('(1 finding waived)');
    expect(out).toContain('4 problems (2 errors, 1 warning, 1 info), 1 file could not be linted, 1 waived');
    expect(out).not.toContain('\x1b[');
  });
  it('colours only when asked', () => {
    expect(formatters.stylish!(sampleReport(), { ...ctx, color: true })).toContain('\x1b[');
  });
  it('says when there is nothing to report', () => {
    const r = sampleReport();
    r.files = [{ ...r.files[0]!, findings: [], suppressed: [] }];
    expect(formatters.stylish!(r, ctx)).toBe('✔ 1 file linted, no problems\n');
  });
});
