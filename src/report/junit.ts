// --format junit: one <testsuite> per file, one <testcase> per rule that ran on it. Errors and warnings fail the
// testcase (as ESLint's junit formatter does); info findings are listed in <system-out>; a file that could not be
// linted is one testcase with an <error>.
import type { Finding, FileResult, LintReport } from '../model.js';
import type { FormatContext } from './types.js';
import { escapeXml } from './escape.js';
import { displayPath, sortedUnique } from './util.js';

function findingLine(f: Finding): string {
  const page = f.location.page !== null ? `page ${f.location.page}, ` : '';
  const clause = f.clause ? ` [clause ${f.clause}]` : '';
  const evidence = f.evidence ? `\n    "${f.evidence.replace(/\s+/g, ' ').slice(0, 300)}"` : '';
  return `${page}line ${f.location.line}, column ${f.location.column}: ${f.severity}: ${f.message}${clause}${evidence}`;
}

function suite(file: FileResult, ctx: FormatContext, cwd: string): { xml: string; tests: number; failures: number; errors: number } {
  const name = displayPath(file.path, cwd);
  const classname = name.replace(/\.[^./]+$/, '').replace(/[\\/]/g, '.');
  if (file.error) {
    const body = `    <testcase name="read" classname="${escapeXml(classname)}" time="0">\n      <error type="${escapeXml(file.error.code)}" message="${escapeXml(file.error.message)}">${escapeXml(`${file.error.code}: ${file.error.message}`)}</error>\n    </testcase>\n`;
    return { xml: `  <testsuite name="${escapeXml(name)}" tests="1" failures="0" errors="1" skipped="0" time="0">\n${body}  </testsuite>\n`, tests: 1, failures: 0, errors: 1 };
  }
  const byRule = new Map<string, Finding[]>();
  for (const f of file.findings) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
  const ran = ctx.enabledRules?.[file.path] ?? (ctx.rules ?? []).map((r) => r.id);
  const ids = sortedUnique([...ran, ...byRule.keys()]);
  let failures = 0;
  let body = '';
  for (const id of ids) {
    const findings = byRule.get(id) ?? [];
    const failing = findings.filter((f) => f.severity !== 'info');
    const infos = findings.filter((f) => f.severity === 'info');
    let inner = '';
    if (failing.length > 0) {
      failures++;
      const type = failing.some((f) => f.severity === 'error') ? 'error' : 'warning';
      const message = `${failing.length} ${type === 'error' ? 'problem' : 'warning'}${failing.length === 1 ? '' : 's'}: ${failing[0]!.message}`;
      inner += `      <failure type="${type}" message="${escapeXml(message)}">${escapeXml(failing.map(findingLine).join('\n'))}</failure>\n`;
    }
    if (infos.length > 0) inner += `      <system-out>${escapeXml(infos.map(findingLine).join('\n'))}</system-out>\n`;
    const open = `    <testcase name="${escapeXml(id)}" classname="${escapeXml(classname)}" time="0"`;
    body += inner ? `${open}>\n${inner}    </testcase>\n` : `${open}/>\n`;
  }
  return {
    xml: `  <testsuite name="${escapeXml(name)}" tests="${ids.length}" failures="${failures}" errors="0" skipped="0" time="0">\n${body}  </testsuite>\n`,
    tests: ids.length,
    failures,
    errors: 0,
  };
}

export function formatJunit(report: LintReport, ctx: FormatContext = {}): string {
  const cwd = ctx.cwd ?? process.cwd();
  const suites = report.files.map((f) => suite(f, ctx, cwd));
  const sum = (k: 'tests' | 'failures' | 'errors') => suites.reduce((n, s) => n + s[k], 0);
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="dpa-lint" tests="${sum('tests')}" failures="${sum('failures')}" errors="${sum('errors')}" time="0">\n` +
    suites.map((s) => s.xml).join('') +
    '</testsuites>\n'
  );
}
