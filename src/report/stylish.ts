// Default terminal output, in the style of ESLint's "stylish": one block per file, one aligned row per finding.
import pc from 'picocolors';
import type { Finding, LintReport } from '../model.js';
import type { FormatContext } from './types.js';
import { countReport, displayPath, plural } from './util.js';

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - s.length));
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function formatStylish(report: LintReport, ctx: FormatContext = {}): string {
  const c = pc.createColors(ctx.color ?? false);
  const cwd = ctx.cwd ?? process.cwd();
  const out: string[] = [];
  for (const file of report.files) {
    const suppressed = file.suppressed?.length ?? 0;
    if (!file.error && file.findings.length === 0) continue;
    out.push(c.underline(displayPath(file.path, cwd)));
    if (file.error) out.push(`  ${c.red('error')}  cannot lint: ${file.error.message} (${file.error.code})`);
    const rows = file.findings.map((f: Finding) => {
      const where = `${f.location.page !== null ? `p${f.location.page} ` : ''}${f.location.line}:${f.location.column}`;
      return { where, severity: f.severity, message: oneLine(f.message), rule: f.ruleId, clause: f.clause ?? '' };
    });
    const w = (k: 'where' | 'severity' | 'message' | 'rule') => Math.max(0, ...rows.map((r) => r[k].length));
    const [ww, sw, mw, rw] = [w('where'), w('severity'), Math.min(w('message'), 100), w('rule')];
    for (const r of rows) {
      const sev = pad(r.severity, sw);
      const sevColored = r.severity === 'error' ? c.red(sev) : r.severity === 'warning' ? c.yellow(sev) : c.blue(sev);
      const clause = r.clause ? `  ${c.dim('clause ' + r.clause)}` : '';
      out.push(`  ${c.dim(pad(r.where, ww))}  ${sevColored}  ${pad(r.message, mw)}  ${c.dim(pad(r.rule, rw))}${clause}`.trimEnd());
    }
    if (suppressed > 0) out.push(c.dim(`  (${plural(suppressed, 'finding')} waived)`));
    out.push('');
  }
  const t = countReport(report);
  const problems = t.error + t.warning + t.info;
  if (problems === 0 && t.fileErrors === 0) {
    const waived = t.suppressed ? ` (${plural(t.suppressed, 'finding')} waived)` : '';
    return report.files.length === 0 ? '' : `${c.green('✔')} ${plural(report.files.length, 'file')} linted, no problems${waived}\n`;
  }
  const summary =
    `${plural(problems, 'problem')} (${plural(t.error, 'error')}, ${plural(t.warning, 'warning')}, ${t.info} info)` +
    (t.fileErrors ? `, ${plural(t.fileErrors, 'file')} could not be linted` : '') +
    (t.suppressed ? `, ${t.suppressed} waived` : '');
  const mark = t.error > 0 || t.fileErrors > 0 ? c.red(c.bold(`✖ ${summary}`)) : t.warning > 0 ? c.yellow(c.bold(`⚠ ${summary}`)) : c.bold(`ℹ ${summary}`);
  out.push(mark);
  if (ctx.maxWarnings !== undefined && ctx.maxWarnings >= 0 && t.warning > ctx.maxWarnings) {
    out.push(c.red(`dpa-lint found too many warnings (maximum: ${ctx.maxWarnings}).`));
  }
  return out.join('\n') + '\n';
}
