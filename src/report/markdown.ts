// --format markdown: a summary to paste into a ticket or a pull request (GitHub-flavoured tables).
import type { Finding, LintReport } from '../model.js';
import type { FormatContext } from './types.js';
import { countFile, countReport, displayPath, plural, ruleDocUrl } from './util.js';

/** Contract text in a table cell: one line, Markdown and HTML syntax neutralised. */
export function mdText(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // Only what changes meaning inside a table cell: emphasis, code, links/images, strike-through, cell breaks.
    .replace(/([\\`*_[\]|~])/g, '\\$1');
}

function code(s: string): string {
  const clean = s.replace(/\s+/g, ' ').replace(/`/g, "'");
  return `\`${clean}\``;
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

const ICON = { error: '🔴 error', warning: '🟠 warning', info: '🔵 info' } as const;

function findingRow(f: Finding, ctx: FormatContext): string {
  const meta = ctx.rules?.find((r) => r.id === f.ruleId);
  const where = `${f.location.page !== null ? `p. ${f.location.page}, ` : ''}${f.location.line}:${f.location.column}`;
  const evidence = f.evidence ? `<br>“${mdText(truncate(f.evidence, 200))}”` : '';
  const expected = f.expected !== undefined ? `<br>expected: ${mdText(truncate(f.expected, 120))}` : '';
  return `| ${ICON[f.severity]} | ${where} | ${f.clause ? mdText(f.clause) : ''} | [${f.ruleId}](${ruleDocUrl(f.ruleId, meta)}) | ${mdText(f.message)}${evidence}${expected} |`;
}

export function formatMarkdown(report: LintReport, ctx: FormatContext = {}): string {
  const cwd = ctx.cwd ?? process.cwd();
  const t = countReport(report);
  const out: string[] = ['## dpa-lint report', ''];
  const verdict = t.fileErrors > 0 || t.error > 0 ? '❌' : t.warning > 0 ? '⚠️' : '✅';
  out.push(
    `${verdict} ${plural(report.files.length, 'file')}: **${plural(t.error, 'error')}**, ${plural(t.warning, 'warning')}, ${t.info} info` +
      (t.suppressed ? `, ${t.suppressed} waived` : '') +
      (t.fileErrors ? `, **${plural(t.fileErrors, 'file')} could not be linted**` : '') +
      '.',
    '',
  );
  out.push('| File | Template | Errors | Warnings | Info | Waived |', '| --- | --- | ---: | ---: | ---: | ---: |');
  for (const file of report.files) {
    const c = countFile(file);
    const template = file.error ? `⛔ ${mdText(file.error.message)}` : file.template ? `${code(file.template.id)} (${file.template.confidence})` : 'not recognised';
    out.push(`| ${code(displayPath(file.path, cwd))} | ${template} | ${c.error} | ${c.warning} | ${c.info} | ${c.suppressed} |`);
  }
  for (const file of report.files) {
    if (file.findings.length === 0) continue;
    out.push('', `### ${code(displayPath(file.path, cwd))}`, '');
    const main = file.findings.filter((f) => f.severity !== 'info');
    const infos = file.findings.filter((f) => f.severity === 'info');
    const header = ['| Severity | Line | Clause | Rule | Finding |', '| --- | --- | --- | --- | --- |'];
    if (main.length > 0) out.push(...header, ...main.map((f) => findingRow(f, ctx)));
    if (infos.length > 0) {
      out.push('', `<details><summary>${plural(infos.length, 'info finding')}</summary>`, '', ...header, ...infos.map((f) => findingRow(f, ctx)), '', '</details>');
    }
  }
  return out.join('\n') + '\n';
}
