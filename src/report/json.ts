// --format json: the public contract of issue 2 (schemas/report.schema.json) plus suppressed findings.
// Objects are rebuilt key by key so the output's key order never depends on how a result was assembled
// (in a worker, from the cache, or in-process).
import type { Finding, FileResult, LintReport, SuppressedFinding } from '../model.js';
import type { FormatContext } from './types.js';

export function findingToJson(f: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    clause: f.clause ?? null,
    location: { line: f.location.line, column: f.location.column, page: f.location.page ?? null },
    evidence: f.evidence ?? '',
  };
  if (f.expected !== undefined) out.expected = f.expected;
  if (f.actual !== undefined) out.actual = f.actual;
  if (f.suggestion !== undefined) out.suggestion = f.suggestion;
  if (f.element !== undefined) out.element = f.element;
  if (f.redline !== undefined) out.redline = f.redline;
  return out;
}

function suppressedToJson(f: SuppressedFinding): Record<string, unknown> {
  const s = f.suppression;
  const suppression: Record<string, unknown> = { kind: s.kind, justification: s.justification };
  if (s.approvedBy !== undefined) suppression.approvedBy = s.approvedBy;
  if (s.expires !== undefined) suppression.expires = s.expires;
  return { ...findingToJson(f), suppression };
}

export function fileToJson(file: FileResult): Record<string, unknown> {
  const out: Record<string, unknown> = {
    path: file.path,
    format: file.format ?? null,
    template: file.template ? { id: file.template.id, confidence: file.template.confidence } : null,
    error: file.error ? { code: file.error.code, message: file.error.message } : null,
    findings: file.findings.map(findingToJson),
    suppressed: (file.suppressed ?? []).map(suppressedToJson),
    clauses: file.clauses.map((c) => ({ id: c.id, status: c.status, similarity: c.similarity, line: c.line ?? null })),
  };
  // Structured values (issue 4) travel with the result when the pipeline extracted them; their schema is src/fields'.
  if (file.fields !== undefined && file.fields !== null) out.fields = file.fields;
  return out;
}

export function toJsonReport(report: LintReport): Record<string, unknown> {
  return { schemaVersion: 1, files: report.files.map(fileToJson) };
}

export function formatJson(report: LintReport, _ctx?: FormatContext): string {
  return JSON.stringify(toJsonReport(report)) + '\n';
}
