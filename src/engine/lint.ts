// The pipeline for one file: bytes → extracted → normalised → segmented → template + alignment → fields → rules → result.
import { readFile, stat } from 'node:fs/promises';
import type { ClauseSummary, DocFormat, Finding, FileResult, LintReport, Severity } from '../model.js';
import { extract } from '../extract/index.js';
import { InputError, isInputError, withAdvice } from '../input/errors.js';
import { normalize } from '../normalize/index.js';
import { segment } from '../segment/index.js';
import { detectLanguage } from '../language/index.js';
import { getTemplate, loadTemplates } from '../template/load.js';
import { detectTemplate } from '../template/detect.js';
import { align } from '../align/index.js';
import { extractFields } from '../fields/index.js';
import { loadRules } from '../../rules/index.js';
import { resolveRuleSettings, type ResolvedRule } from './settings.js';
import { compareFindings } from './order.js';
import type { LintDocument, LintOptions, Report, Rule, RuleContext } from './types.js';

export interface LintSourceOptions extends LintOptions {
  /** Largest input accepted, in bytes (E_TOO_LARGE above). Default 50 MB. */
  maxBytes?: number;
  /** DOCX: largest total uncompressed size of the XML parts (zip bomb: E_TOO_LARGE). Default 100 MB. */
  maxUncompressedBytes?: number;
  /** PDF: most pages accepted (E_TOO_LARGE). Default 2000. */
  maxPages?: number;
  /** Per-file deadline in milliseconds (E_TIMEOUT): extraction is interrupted, later stages are checked between stages. */
  timeoutMs?: number;
}

/** Checks the per-file deadline between stages: the stages are synchronous, so this is where a slow file can stop. */
function deadline(timeoutMs: number | undefined): () => void {
  if (!timeoutMs) return () => {};
  const start = performance.now();
  return () => {
    if (performance.now() - start > timeoutMs) throw new InputError('E_TIMEOUT', `linting took longer than ${timeoutMs} ms`);
  };
}

/** Run extraction and analysis without rules. Throws InputError for unreadable input. */
export async function analyze(bytes: Uint8Array, path: string, options: LintSourceOptions = {}): Promise<LintDocument> {
  const { maxBytes, maxUncompressedBytes, maxPages, timeoutMs } = options;
  const check = deadline(timeoutMs);
  const extracted = await extract(bytes, path, { maxBytes, maxUncompressedBytes, maxPages, timeoutMs });
  check();
  const norm = normalize(extracted);
  check();
  const segmented = segment(norm);
  check();
  const language = detectLanguage(norm.text);
  let template = null;
  let templateConfidence = 0;
  if (options.template) {
    template = getTemplate(options.template) ?? null;
    if (!template) throw new UsageError(`unknown template "${options.template}"`);
    templateConfidence = 1;
  } else if (language === 'da' || language === 'en') {
    const detected = detectTemplate(segmented, loadTemplates());
    if (detected) {
      template = detected.template;
      templateConfidence = detected.confidence;
    }
  }
  check();
  const alignment = template ? align(segmented, template) : null;
  check();
  const doc: LintDocument = {
    path,
    format: extracted.format,
    language,
    extracted,
    segmented,
    template,
    templateConfidence,
    alignment,
    fields: null,
  };
  doc.fields = extractFields(doc) as unknown as Record<string, unknown>;
  check();
  return doc;
}

/** A problem with how the tool was called (exit code 2), as opposed to a problem with a file. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const SUPPORTED_LANGUAGES = new Set(['da', 'en']);

/** Run the enabled rules over an analysed document. */
export function runRules(doc: LintDocument, rules: ResolvedRule[], checkDeadline: () => void = () => {}): Finding[] {
  const findings: Finding[] = [];
  const languageSupported = SUPPORTED_LANGUAGES.has(doc.language);
  for (const { rule, severity, options } of rules) {
    // An unsupported language gets only the checks that do not read the contract's wording.
    if (!languageSupported && rule.meta.category !== 'document') continue;
    const ctx = makeContext(doc, rule, severity, options, findings);
    rule.check(ctx);
    checkDeadline();
  }
  return findings.sort(compareFindings);
}

function makeContext(
  doc: LintDocument,
  rule: Rule,
  severity: Severity,
  options: Record<string, unknown>,
  sink: Finding[],
): RuleContext {
  const norm = doc.segmented.norm;
  return {
    doc,
    options,
    clauseAt(templateId: string) {
      const docId = doc.alignment?.templateToDoc.get(templateId) ?? templateId;
      return doc.segmented.clauses.find((c) => c.id === docId) ?? null;
    },
    report(report: Report) {
      const position =
        report.position ?? (report.offset !== undefined ? norm.positionAt(report.offset) : { line: 1, column: 1, page: null });
      const finding: Finding = {
        ruleId: rule.meta.id,
        severity: report.severity ?? severity,
        message: report.message,
        clause: report.clause ?? null,
        location: { line: position.line, column: position.column, page: position.page },
        evidence: report.evidence ?? '',
      };
      if (report.expected !== undefined) finding.expected = report.expected;
      if (report.actual !== undefined) finding.actual = report.actual;
      if (report.suggestion !== undefined) finding.suggestion = report.suggestion;
      if (report.element !== undefined) finding.element = report.element;
      if (report.redline !== undefined) finding.redline = report.redline;
      // A per-finding severity from the rule may only lower the configured level when the user turned it down.
      if (report.severity && severity !== rule.meta.defaultSeverity) finding.severity = severity;
      sink.push(finding);
    },
  };
}

export function summarizeClauses(doc: LintDocument): ClauseSummary[] {
  if (!doc.alignment) return [];
  const norm = doc.segmented.norm;
  const summaries: ClauseSummary[] = doc.alignment.matches
    .filter((m) => m.template.kind !== 'section' && m.template.kind !== 'annex')
    .map((m) => ({
      id: m.template.id,
      status: m.status,
      similarity: round(m.similarity),
      line: m.clauses[0] ? norm.positionAt(m.clauses[0].start).line : null,
    }));
  for (const extra of doc.alignment.extras) {
    if (!extra.id) continue;
    summaries.push({ id: extra.id, status: 'added', similarity: 0, line: norm.positionAt(extra.start).line });
  }
  return summaries;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function errorResult(path: string, format: DocFormat | null, code: string, message: string): FileResult {
  return { path, format, template: null, error: { code, message: withAdvice(code, message) }, findings: [], clauses: [] };
}

/** Lint bytes already in memory. Never throws for bad input: the result carries `error` instead. */
export async function lintBuffer(bytes: Uint8Array, path: string, options: LintSourceOptions = {}): Promise<FileResult> {
  const rules = resolveRuleSettings(await loadRules(), options.rules ?? {});
  const check = deadline(options.timeoutMs);
  let doc: LintDocument;
  let findings: Finding[];
  try {
    doc = await analyze(bytes, path, options);
    findings = runRules(doc, rules, check);
  } catch (error) {
    if (isInputError(error)) return errorResult(path, null, error.code, error.message);
    throw error;
  }
  const result: FileResult = {
    path,
    format: doc.format,
    template: doc.template ? { id: doc.template.id, confidence: round(doc.templateConfidence) } : null,
    language: doc.language,
    error: null,
    findings,
    clauses: summarizeClauses(doc),
  };
  if (doc.fields) result.fields = doc.fields;
  return result;
}

/** Lint a string as if it were a text (or Markdown) file. */
export async function lintText(text: string, options: LintSourceOptions & { path?: string } = {}): Promise<FileResult> {
  return lintBuffer(new TextEncoder().encode(text), options.path ?? '<text>', options);
}

/** Read and lint one file. Unreadable files give a result with `error`. */
export async function lintFile(path: string, options: LintSourceOptions = {}): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return errorResult(path, null, 'E_READ', 'is a directory');
    const maxBytes = options.maxBytes ?? 50 * 1024 * 1024;
    if (info.size > maxBytes) {
      const err = new InputError('E_TOO_LARGE', `file is ${info.size} bytes, above the limit of ${maxBytes} (raise it with --max-file-size)`);
      return errorResult(path, null, err.code, err.message);
    }
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'E_NOT_FOUND' : 'E_READ';
    const message = code === 'E_NOT_FOUND' ? 'no such file' : `cannot read file (${(error as Error).message})`;
    return errorResult(path, null, code, message);
  }
  return lintBuffer(bytes, path, options);
}

/** Lint many files, in the order given. */
export async function lintFiles(paths: string[], options: LintSourceOptions = {}): Promise<LintReport> {
  const files: FileResult[] = [];
  for (const path of paths) files.push(await lintFile(path, options));
  return { schemaVersion: 1, files };
}
