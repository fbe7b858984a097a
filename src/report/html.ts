// --format html: one self-contained page per run for a compliance officer. A batch opens with a portfolio overview
// (sortable table of key values and counts, inline SVG chart of findings per rule); then per DPA a summary, every
// finding with its quoted evidence, and an inline word-level redline for modified clauses. Printable.
//
// Contract text is untrusted: everything from a document goes through escapeHtml, and a Content-Security-Policy
// allows only the one inline script below (by its hash), so even a missed escape could not run injected script.
import { createHash } from 'node:crypto';
import type { Finding, FileResult, LintReport, Severity, SuppressedFinding } from '../model.js';
import type { FormatContext } from './types.js';
import { escapeHtml as h } from './escape.js';
import { countFile, countReport, displayPath, plural, ruleDocUrl, severityRank } from './util.js';

// Sorting for the portfolio table. Kept tiny and free of contract data; its hash goes into the CSP.
const SORT_SCRIPT = `document.querySelectorAll('table.sortable').forEach(function (table) {
  var heads = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads, function (th, col) {
    var button = th.querySelector('button');
    if (!button) return;
    button.addEventListener('click', function () {
      var asc = th.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(heads, function (o) { o.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[col].getAttribute('data-v'), y = b.cells[col].getAttribute('data-v');
        if (x === '' && y !== '') return 1;
        if (y === '' && x !== '') return -1;
        var nx = Number(x), ny = Number(y);
        var c = (x !== '' && y !== '' && !isNaN(nx) && !isNaN(ny)) ? nx - ny : String(x).localeCompare(String(y));
        return asc ? c : -c;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
});`;
const SORT_SCRIPT_HASH = createHash('sha256').update(SORT_SCRIPT).digest('base64');

const CSS = `
:root { --err: #b42318; --warn: #b54708; --info: #175cd3; --ok: #067647; --muted: #667085; --line: #d0d5dd; --bg: #f9fafb; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #101828; margin: 0; background: #fff; }
main { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2.5rem 0 .5rem; padding-top: 1rem; border-top: 2px solid var(--line); word-break: break-all; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
.muted { color: var(--muted); }
.totals { display: flex; gap: .75rem; flex-wrap: wrap; margin: 1rem 0; }
.totals div { border: 1px solid var(--line); border-radius: 8px; padding: .5rem .9rem; background: var(--bg); }
.totals b { display: block; font-size: 1.3rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .9rem; }
th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
th button { all: unset; cursor: pointer; font-weight: 600; }
th button::after { content: " \\2195"; color: var(--muted); font-weight: normal; }
th[aria-sort=ascending] button::after { content: " \\2191"; }
th[aria-sort=descending] button::after { content: " \\2193"; }
.badge { display: inline-block; border-radius: 999px; padding: 0 .55rem; font-size: .8rem; font-weight: 600; color: #fff; }
.badge.error { background: var(--err); } .badge.warning { background: var(--warn); } .badge.info { background: var(--info); }
.badge.ok { background: var(--ok); } .badge.waived { background: var(--muted); }
dl.summary { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0; }
dl.summary dt { color: var(--muted); }
dl.summary dd { margin: 0; }
.finding { border: 1px solid var(--line); border-left: 5px solid var(--info); border-radius: 6px; padding: .6rem .8rem; margin: .6rem 0; break-inside: avoid; }
.finding.error { border-left-color: var(--err); } .finding.warning { border-left-color: var(--warn); }
.finding header { display: flex; gap: .6rem; flex-wrap: wrap; align-items: baseline; }
.finding .rule { font-family: ui-monospace, monospace; font-size: .85rem; }
.finding .msg { margin: .3rem 0; font-weight: 500; }
blockquote { margin: .4rem 0; padding: .3rem .8rem; border-left: 3px solid var(--line); background: var(--bg); white-space: pre-wrap; }
.redline { margin: .4rem 0; padding: .5rem .8rem; border: 1px dashed var(--line); border-radius: 4px; line-height: 1.7; white-space: pre-wrap; }
.redline del { background: #fee4e2; color: #912018; text-decoration: line-through; }
.redline ins { background: #dcfae6; color: #05603a; text-decoration: underline; }
dl.ea { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .8rem; margin: .3rem 0; font-size: .9rem; }
dl.ea dt { color: var(--muted); } dl.ea dd { margin: 0; white-space: pre-wrap; }
.chart text { font: 12px system-ui, sans-serif; fill: #101828; }
.legend span { display: inline-block; margin-right: 1rem; font-size: .85rem; }
.legend i { display: inline-block; width: .8rem; height: .8rem; margin-right: .3rem; vertical-align: -1px; border-radius: 2px; }
details summary { cursor: pointer; color: var(--muted); }
.clauses span { display: inline-block; margin: 0 .8rem .2rem 0; }
.error-box { border: 1px solid var(--err); background: #fef3f2; border-radius: 6px; padding: .5rem .8rem; }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  .no-print, th button::after { display: none; }
  section.dpa { break-before: page; }
  h2 { border-top: none; }
  a { color: inherit; text-decoration: none; }
  .finding, .badge, .redline del, .redline ins { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  /* Print collapsed sections too: a printed report cannot be clicked open. */
  details > *:not(summary) { display: block; }
  details::details-content { display: block; content-visibility: visible; }
}
`;

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const SEVERITY_COLOR: Record<Severity, string> = { error: '#b42318', warning: '#b54708', info: '#175cd3' };

/** Key values a compliance officer compares across DPAs, read tolerantly from `fields` (its shape belongs to src/fields). */
export interface KeyValues {
  breachHours: number | null;
  subprocessorNoticeDays: number | null;
  subprocessorCount: number | null;
  transfers: string | null;
}

function get(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

function firstNumber(obj: unknown, paths: string[]): number | null {
  for (const p of paths) {
    const v = get(obj, p);
    if (typeof v === 'number' && Number.isFinite(v)) return v;
  }
  return null;
}

export function keyValues(fields: unknown): KeyValues {
  const list = [get(fields, 'subprocessors.entries'), get(fields, 'subprocessors')].find(Array.isArray);
  const transfer = [get(fields, 'transfers.instruction'), get(fields, 'transfers.basis'), get(fields, 'transfers')].find((v) => typeof v === 'string');
  return {
    breachHours: firstNumber(fields, ['breachNotice.deadline.hours', 'breachNotice.hours']),
    subprocessorNoticeDays: firstNumber(fields, ['subprocessorTerms.noticeDays', 'subprocessorNotice.days']),
    subprocessorCount: list ? (list as unknown[]).length : null,
    transfers: (transfer as string | undefined) ?? null,
  };
}

/** "[-removed-]{+added+}" marks → <del>/<ins>, every piece escaped. */
export function renderRedline(redline: string): string {
  const re = /\[-([\s\S]*?)-\]|\{\+([\s\S]*?)\+\}/g;
  let out = '';
  let last = 0;
  for (let m = re.exec(redline); m; m = re.exec(redline)) {
    const between = redline.slice(last, m.index);
    // A replacement is written "[-old-]{+new+}" with nothing between: show a space so the two do not run together.
    if (between === '' && m[2] !== undefined && out.endsWith('</del>')) out += ' ';
    out += h(between);
    out += m[1] !== undefined ? `<del>${h(m[1])}</del>` : `<ins>${h(m[2] ?? '')}</ins>`;
    last = m.index + m[0].length;
  }
  return out + h(redline.slice(last));
}

function fileId(i: number): string {
  return `dpa-${i + 1}`;
}

function location(f: Finding): string {
  const page = f.location.page !== null ? `page ${f.location.page}, ` : '';
  return `${page}line ${f.location.line}, column ${f.location.column}`;
}

function findingHtml(f: Finding | SuppressedFinding, ctx: FormatContext): string {
  const meta = ctx.rules?.find((r) => r.id === f.ruleId);
  const parts: string[] = [];
  parts.push(
    `<header><span class="badge ${f.severity}">${f.severity}</span>` +
      `<a class="rule" href="${h(ruleDocUrl(f.ruleId, meta))}">${h(f.ruleId)}</a>` +
      (f.clause ? `<span>clause <b>${h(f.clause)}</b></span>` : '') +
      `<span class="muted">${location(f)}</span></header>`,
  );
  parts.push(`<p class="msg">${h(f.message)}</p>`);
  if (f.evidence) parts.push(`<blockquote class="evidence">${h(f.evidence)}</blockquote>`);
  if (f.redline) parts.push(`<div class="redline" aria-label="redline against the standard text">${renderRedline(f.redline)}</div>`);
  const ea: string[] = [];
  if (f.expected !== undefined) ea.push(`<dt>Expected</dt><dd>${h(f.expected)}</dd>`);
  if (f.actual !== undefined) ea.push(`<dt>Actual</dt><dd>${h(f.actual)}</dd>`);
  if (f.suggestion !== undefined) ea.push(`<dt>Suggestion</dt><dd>${h(f.suggestion)}</dd>`);
  if (ea.length) parts.push(`<dl class="ea">${ea.join('')}</dl>`);
  if ('suppression' in f) {
    const s = f.suppression;
    parts.push(
      `<p class="muted">Waived: ${h(s.justification)}${s.approvedBy ? ` (approved by ${h(s.approvedBy)})` : ''}${s.expires ? `, until ${h(s.expires)}` : ''}</p>`,
    );
  }
  return `<article class="finding ${f.severity}">${parts.join('')}</article>`;
}

function chart(report: LintReport): string {
  const perRule = new Map<string, Record<Severity, number>>();
  for (const file of report.files) {
    for (const f of file.findings) {
      const c = perRule.get(f.ruleId) ?? { error: 0, warning: 0, info: 0 };
      c[f.severity]++;
      perRule.set(f.ruleId, c);
    }
  }
  if (perRule.size === 0) return '<p class="muted">No findings.</p>';
  const total = (c: Record<Severity, number>) => c.error + c.warning + c.info;
  const rows = [...perRule.entries()].sort((a, b) => total(b[1]) - total(a[1]) || (a[0] < b[0] ? -1 : 1));
  const max = Math.max(...rows.map(([, c]) => total(c)));
  const labelW = 220;
  const barW = 420;
  const rowH = 22;
  const height = rows.length * rowH + 4;
  const bars = rows
    .map(([id, c], i) => {
      const y = i * rowH + 2;
      let x = labelW;
      let rects = '';
      for (const s of SEVERITIES) {
        if (!c[s]) continue;
        const w = Math.max(2, (c[s] / max) * barW);
        rects += `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${rowH - 6}" fill="${SEVERITY_COLOR[s]}"><title>${h(id)}: ${c[s]} ${s}</title></rect>`;
        x += w;
      }
      return (
        `<text x="${labelW - 8}" y="${y + rowH / 2 + 1}" text-anchor="end">${h(id)}</text>${rects}` +
        `<text x="${(x + 6).toFixed(1)}" y="${y + rowH / 2 + 1}">${total(c)}</text>`
      );
    })
    .join('');
  const legend = SEVERITIES.map((s) => `<span><i style="background:${SEVERITY_COLOR[s]}"></i>${s}</span>`).join('');
  return (
    `<svg class="chart" role="img" aria-label="Findings per rule" width="${labelW + barW + 50}" height="${height}" viewBox="0 0 ${labelW + barW + 50} ${height}" xmlns="http://www.w3.org/2000/svg" dominant-baseline="middle">${bars}</svg>` +
    `<p class="legend">${legend}</p>`
  );
}

function cell(value: string | number | null, opts: { numeric?: boolean; html?: string } = {}): string {
  const v = value === null ? '' : String(value);
  const shown = opts.html ?? (value === null ? '<span class="muted">—</span>' : h(v));
  return `<td${opts.numeric ? ' class="n"' : ''} data-v="${h(v)}">${shown}</td>`;
}

function portfolio(report: LintReport, cwd: string): string {
  const head = ['DPA', 'Template', 'Breach notice (h)', 'Sub-processor notice (days)', 'Sub-processors', 'Transfers', 'Errors', 'Warnings', 'Info', 'Waived'];
  const numeric = new Set([2, 3, 4, 6, 7, 8, 9]);
  const rows = report.files.map((file, i) => {
    const c = countFile(file);
    const kv = keyValues(file.fields);
    const name = displayPath(file.path, cwd);
    const template = file.error ? null : file.template ? `${file.template.id}` : 'not recognised';
    return (
      '<tr>' +
      cell(name, { html: `<a href="#${fileId(i)}">${h(name)}</a>${file.error ? ' <span class="badge error">not linted</span>' : ''}` }) +
      cell(template) +
      cell(kv.breachHours, { numeric: true }) +
      cell(kv.subprocessorNoticeDays, { numeric: true }) +
      cell(kv.subprocessorCount, { numeric: true }) +
      cell(kv.transfers) +
      cell(c.error, { numeric: true }) +
      cell(c.warning, { numeric: true }) +
      cell(c.info, { numeric: true }) +
      cell(c.suppressed, { numeric: true }) +
      '</tr>'
    );
  });
  const ths = head.map((t, i) => `<th scope="col"${numeric.has(i) ? ' class="n"' : ''}><button type="button">${t}</button></th>`).join('');
  return `<table class="sortable" id="portfolio"><thead><tr>${ths}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function fileSection(file: FileResult, i: number, ctx: FormatContext, cwd: string, standalone: boolean): string {
  const c = countFile(file);
  const name = displayPath(file.path, cwd);
  const out: string[] = [];
  out.push(`<section class="dpa" id="${fileId(i)}">`);
  out.push(`<h2>${h(name)}</h2>`);
  if (file.error) {
    out.push(`<p class="error-box"><b>Could not be linted</b>: ${h(file.error.message)} <span class="muted">(${h(file.error.code)})</span></p></section>`);
    return out.join('');
  }
  const verdict =
    c.error > 0 ? `<span class="badge error">${plural(c.error, 'error')}</span>` : c.warning > 0 ? `<span class="badge warning">${plural(c.warning, 'warning')}</span>` : '<span class="badge ok">no errors</span>';
  const kv = keyValues(file.fields);
  const dl: string[] = [];
  dl.push(`<dt>Result</dt><dd>${verdict} ${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info${c.suppressed ? `, ${c.suppressed} waived` : ''}</dd>`);
  dl.push(`<dt>Format</dt><dd>${h(file.format ?? '—')}${file.language ? `, language ${h(file.language)}` : ''}</dd>`);
  dl.push(`<dt>Template</dt><dd>${file.template ? `${h(file.template.id)} <span class="muted">(confidence ${file.template.confidence})</span>` : 'not recognised: only generic checks apply'}</dd>`);
  if (kv.breachHours !== null) dl.push(`<dt>Breach notice</dt><dd>${kv.breachHours} hours</dd>`);
  if (kv.subprocessorNoticeDays !== null) dl.push(`<dt>Sub-processor notice</dt><dd>${kv.subprocessorNoticeDays} days</dd>`);
  if (kv.subprocessorCount !== null) dl.push(`<dt>Sub-processors</dt><dd>${kv.subprocessorCount}</dd>`);
  if (kv.transfers !== null) dl.push(`<dt>Transfers</dt><dd>${h(kv.transfers)}</dd>`);
  out.push(`<dl class="summary">${dl.join('')}</dl>`);
  if (file.clauses.length > 0) {
    const byStatus = new Map<string, string[]>();
    // Appended in place: copying the list per clause was quadratic on a document of 200,000 clauses (fuzz finding).
    for (const cl of file.clauses) {
      const list = byStatus.get(cl.status);
      if (list) list.push(cl.id);
      else byStatus.set(cl.status, [cl.id]);
    }
    const spans = ['identical', 'equivalent', 'modified', 'missing', 'added']
      .filter((s) => byStatus.has(s))
      .map((s) => {
        const ids = byStatus.get(s)!;
        const list = s === 'identical' || s === 'equivalent' ? '' : `: ${h(ids.join(', '))}`;
        return `<span><b>${ids.length}</b> ${s}${list}</span>`;
      });
    out.push(`<p class="clauses"><span class="muted">Clauses against the standard text:</span> ${spans.join('')}</p>`);
  }
  const ordered = [...file.findings].sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
  if (ordered.length === 0) out.push('<p>No findings.</p>');
  for (const s of SEVERITIES) {
    const group = ordered.filter((f) => f.severity === s);
    if (group.length === 0) continue;
    const title = s === 'error' ? 'Errors' : s === 'warning' ? 'Warnings' : 'Information';
    const body = group.map((f) => findingHtml(f, ctx)).join('');
    out.push(s === 'info' && !standalone ? `<details><summary>${title} (${group.length})</summary>${body}</details>` : `<h3>${title} (${group.length})</h3>${body}`);
  }
  if (file.suppressed?.length) {
    out.push(`<details><summary>Waived findings (${file.suppressed.length})</summary>${file.suppressed.map((f) => findingHtml(f, ctx)).join('')}</details>`);
  }
  out.push('</section>');
  return out.join('');
}

export function formatHtml(report: LintReport, ctx: FormatContext = {}): string {
  const cwd = ctx.cwd ?? process.cwd();
  const t = countReport(report);
  const title = ctx.title ?? 'dpa-lint report';
  const batch = report.files.length > 1;
  const body: string[] = [];
  body.push(`<header><h1>${h(title)}</h1><p class="muted">${plural(report.files.length, 'DPA')} checked against Datatilsynet's standard contractual clauses by dpa-lint${ctx.version ? ` ${h(ctx.version)}` : ''}.</p>`);
  body.push(
    '<div class="totals">' +
      `<div><b>${report.files.length}</b>${report.files.length === 1 ? 'DPA' : 'DPAs'}</div>` +
      `<div><b style="color:var(--err)">${t.error}</b>errors</div>` +
      `<div><b style="color:var(--warn)">${t.warning}</b>warnings</div>` +
      `<div><b style="color:var(--info)">${t.info}</b>info</div>` +
      (t.suppressed ? `<div><b>${t.suppressed}</b>waived</div>` : '') +
      (t.fileErrors ? `<div><b style="color:var(--err)">${t.fileErrors}</b>not linted</div>` : '') +
      '</div></header>',
  );
  if (batch) {
    body.push('<section class="overview"><h2>Portfolio overview</h2><p class="muted no-print">Click a column heading to sort.</p>');
    body.push(portfolio(report, cwd));
    body.push('<h3>Findings per rule</h3>', chart(report), '</section>');
  }
  report.files.forEach((file, i) => body.push(fileSection(file, i, ctx, cwd, !batch)));
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${SORT_SCRIPT_HASH}'; base-uri 'none'; form-action 'none'`;
  return (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    `<meta http-equiv="Content-Security-Policy" content="${csp}">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<meta name="generator" content="dpa-lint${ctx.version ? ` ${h(ctx.version)}` : ''}">\n` +
    `<title>${h(title)}</title>\n<style>${CSS}</style>\n</head>\n<body>\n<main>\n${body.join('\n')}\n</main>\n` +
    (batch ? `<script>${SORT_SCRIPT}</script>\n` : '') +
    '</body>\n</html>\n'
  );
}
