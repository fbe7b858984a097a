// --format sarif: SARIF 2.1.0 for code scanning (GitHub, Azure DevOps). Rules come from rule metadata with a helpUri
// to the rule's doc page; paths are relative to the working directory; a PDF page goes into the result's property bag;
// waived findings carry suppressions of kind "external" with the waiver's reason as justification.
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { Finding, FileResult, LintReport, Severity, SuppressedFinding } from '../model.js';
import type { RuleMeta } from '../engine/types.js';
import type { FormatContext } from './types.js';
import { displayPath, REPO_URL, ruleDocUrl, sortedUnique } from './util.js';

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', info: 'note' };

function artifactLocation(path: string, cwd: string): Sarif.ArtifactLocation {
  const shown = displayPath(path, cwd);
  // Files outside the working directory get an absolute file: URI; the rest a relative reference from %SRCROOT%.
  if (isAbsolute(shown)) return { uri: pathToFileURL(shown).href };
  return { uri: encodeURI(shown).replace(/[?#]/g, encodeURIComponent), uriBaseId: '%SRCROOT%' };
}

function ruleDescriptor(id: string, meta: RuleMeta | undefined): Sarif.ReportingDescriptor {
  const d: Sarif.ReportingDescriptor = {
    id,
    shortDescription: { text: meta?.description ?? id },
    fullDescription: { text: meta ? `${meta.description} (category: ${meta.category}; default severity: ${meta.defaultSeverity}).` : id },
    helpUri: ruleDocUrl(id, meta),
    help: { text: `See ${ruleDocUrl(id, meta)}` },
  };
  if (meta) {
    d.defaultConfiguration = { level: LEVEL[meta.defaultSeverity] };
    d.properties = { category: meta.category, recommended: meta.recommended, tags: ['dpa', meta.category] };
  }
  return d;
}

function resultFor(f: Finding | SuppressedFinding, file: FileResult, ruleIndex: Map<string, number>, cwd: string): Sarif.Result {
  const region: Sarif.Region = { startLine: Math.max(1, f.location.line), startColumn: Math.max(1, f.location.column) };
  if (f.evidence) region.snippet = { text: f.evidence };
  const location: Sarif.Location = {
    physicalLocation: { artifactLocation: artifactLocation(file.path, cwd), region },
  };
  if (f.clause) location.logicalLocations = [{ name: f.clause, kind: 'clause' }];
  const properties: Record<string, unknown> = {};
  if (f.location.page !== null && f.location.page !== undefined) properties.page = f.location.page;
  if (f.clause) properties.clause = f.clause;
  if (f.expected !== undefined) properties.expected = f.expected;
  if (f.actual !== undefined) properties.actual = f.actual;
  if (f.redline !== undefined) properties.redline = f.redline;
  if (f.suggestion !== undefined) properties.suggestion = f.suggestion;
  const result: Sarif.Result = {
    ruleId: f.ruleId,
    ruleIndex: ruleIndex.get(f.ruleId)!,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [location],
  };
  // Stable across runs so code scanning tracks a finding between commits even when lines move.
  result.partialFingerprints = { 'dpaLint/v1': [f.ruleId, f.clause ?? '', f.message].join('|') };
  if (Object.keys(properties).length > 0) result.properties = properties;
  if ('suppression' in f) {
    const s = f.suppression;
    const suppression: Sarif.Suppression = { kind: 'external', status: 'accepted', justification: s.justification };
    const props: Record<string, unknown> = {};
    if (s.approvedBy !== undefined) props.approvedBy = s.approvedBy;
    if (s.expires !== undefined) props.expires = s.expires;
    if (Object.keys(props).length > 0) suppression.properties = props;
    result.suppressions = [suppression];
  }
  return result;
}

export function toSarif(report: LintReport, ctx: FormatContext = {}): Sarif.Log {
  const cwd = ctx.cwd ?? process.cwd();
  const metas = new Map((ctx.rules ?? []).map((m) => [m.id, m]));
  const ids = sortedUnique([
    ...metas.keys(),
    ...report.files.flatMap((f) => [...f.findings, ...(f.suppressed ?? [])].map((x) => x.ruleId)),
  ]);
  const ruleIndex = new Map(ids.map((id, i) => [id, i]));
  const results: Sarif.Result[] = [];
  const notifications: Sarif.Notification[] = [];
  for (const file of report.files) {
    if (file.error) {
      notifications.push({
        level: 'error',
        message: { text: `${displayPath(file.path, cwd)}: ${file.error.message} (${file.error.code})` },
        locations: [{ physicalLocation: { artifactLocation: artifactLocation(file.path, cwd) } }],
        properties: { code: file.error.code },
      });
    }
    for (const f of file.findings) results.push(resultFor(f, file, ruleIndex, cwd));
    for (const f of file.suppressed ?? []) results.push(resultFor(f, file, ruleIndex, cwd));
  }
  const driver: Sarif.ToolComponent = {
    name: 'dpa-lint',
    informationUri: REPO_URL,
    rules: ids.map((id) => ruleDescriptor(id, metas.get(id))),
  };
  if (ctx.version) {
    driver.version = ctx.version;
    driver.semanticVersion = ctx.version;
  }
  const run: Sarif.Run = {
    tool: { driver },
    invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
    columnKind: 'utf16CodeUnits',
    results,
  };
  return { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
}

export function formatSarif(report: LintReport, ctx: FormatContext = {}): string {
  return JSON.stringify(toSarif(report, ctx), null, 2) + '\n';
}
