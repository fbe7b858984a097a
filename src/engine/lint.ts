// The pipeline for one file: bytes → extracted → normalised → segmented → template + alignment → fields → rules → result.
import { readFile, stat } from 'node:fs/promises';
import type { ClauseSummary, DocFormat, Finding, FileResult, LintReport, Severity } from '../model.js';
import { extract, type ExtractOptions } from '../extract/index.js';
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
import { DEFAULT_MAX_HEAP_MB, isolationAvailable, lintIsolated, timeoutError, warmIsolated } from './isolate.js';

export interface LintSourceOptions extends LintOptions {
  /** Largest input accepted, in bytes (E_TOO_LARGE above). Default 50 MB. */
  maxBytes?: number;
  /** DOCX: largest total uncompressed size of the XML parts (zip bomb: E_TOO_LARGE). Default 16 MB. */
  maxUncompressedBytes?: number;
  /** PDF: most pages accepted (E_TOO_LARGE). Default 2000. */
  maxPages?: number;
  /** PDF: read pages without a text layer with the system tesseract (docs/ocr.md). Default off: a scan is E_NO_TEXT. */
  ocr?: ExtractOptions['ocr'];
  /**
   * Per-file time limit in milliseconds (E_TIMEOUT); 0 turns it off. Default 60,000. An isolated file (see `isolate`)
   * is stopped when it is reached; in-process, the stages and the rules check it as they finish.
   */
  timeoutMs?: number;
  /**
   * lintBuffer, lintFile, lintText, lintFiles: lint in a worker thread that is terminated at the time limit and has a
   * heap limit, so a stage stuck in synchronous code or exhausting memory gives E_TIMEOUT or E_TOO_LARGE instead of a
   * hang or a crash, and pdf.js's stray promise rejections stay in the worker. Default: on when running from the
   * built package. (analyze() always runs in-process.)
   */
  isolate?: boolean;
  /** Heap limit of the lint worker in MB (E_TOO_LARGE above). Default 1024. */
  maxHeapMb?: number;
}

/** Per-file time limit when none is given: ~8 times what a 300-page PDF takes on a loaded 2-core machine. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * A file's time limit as checked in the thread that lints it. The stages are synchronous, so they can only stop between
 * stages and rules (an isolated file is also stopped from outside). The clock starts when the file's work starts.
 */
export class Deadline {
  private start = performance.now();
  readonly ms: number;

  constructor(timeoutMs: number | undefined) {
    this.ms = timeoutMs === undefined ? DEFAULT_TIMEOUT_MS : Math.max(0, timeoutMs);
  }

  restart(): void {
    this.start = performance.now();
  }

  readonly check = (): void => {
    if (this.ms > 0 && performance.now() - this.start > this.ms) throw timeoutError(this.ms);
  };
}

// setTimeout fires at once for delays above 2^31 - 1 ms: "no limit" reaches the extractors' own deadlines as this.
const NO_LIMIT_MS = 2 ** 31 - 1;

/** Run extraction and analysis without rules. Throws InputError for unreadable input. */
export async function analyze(
  bytes: Uint8Array,
  path: string,
  options: LintSourceOptions = {},
  deadline = new Deadline(options.timeoutMs),
): Promise<LintDocument> {
  const { maxBytes, maxUncompressedBytes, maxPages, ocr } = options;
  const check = deadline.check;
  const extracted = await extract(bytes, path, { maxBytes, maxUncompressedBytes, maxPages, ocr, timeoutMs: deadline.ms > 0 ? deadline.ms : NO_LIMIT_MS });
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
    const sink = new FindingSink(severity);
    rule.check(makeContext(doc, rule, severity, options, sink));
    sink.drainInto(findings);
    checkDeadline();
  }
  return findings.sort(compareFindings);
}

/**
 * Most findings one rule lists for one file (the corpus needs at most 21). A document repeating a heading 200,000
 * times drew a finding for each: a 55 MB JSON report, and more for SARIF and HTML. The rest are counted in one
 * closing finding of the rule, so the exit code and the totals per rule stay meaningful.
 */
export const MAX_FINDINGS_PER_RULE = 1_000;

class FindingSink {
  private readonly kept: Finding[] = [];
  private dropped = 0;
  private firstDropped: Finding | null = null;

  constructor(private readonly severity: Severity) {}

  push(finding: Finding): void {
    if (this.kept.length < MAX_FINDINGS_PER_RULE) this.kept.push(finding);
    else {
      this.dropped++;
      this.firstDropped ??= finding;
    }
  }

  drainInto(out: Finding[]): void {
    for (const f of this.kept) out.push(f);
    const first = this.firstDropped;
    if (!first) return;
    out.push({
      ruleId: first.ruleId,
      severity: this.severity,
      message: `${this.dropped} more finding${this.dropped === 1 ? '' : 's'} of this rule in this file ${this.dropped === 1 ? 'is' : 'are'} not listed (only the first ${MAX_FINDINGS_PER_RULE} are)`,
      clause: null,
      location: first.location,
      evidence: '',
    });
  }
}

function makeContext(
  doc: LintDocument,
  rule: Rule,
  severity: Severity,
  options: Record<string, unknown>,
  sink: FindingSink,
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
        evidence: quote(report.evidence ?? ''),
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

/**
 * Evidence is a quote, at most this long. The rules quote a sentence or a clause, ~300 characters at most in the
 * corpus; a clause that is one 2 MB paragraph made every report of a file hundreds of megabytes (HTML: 17 s).
 */
export const MAX_EVIDENCE_CHARS = 1_000;

function quote(s: string): string {
  if (s.length <= MAX_EVIDENCE_CHARS) return s;
  // Not between the two halves of a surrogate pair: a lone one is not even valid XML (JUnit).
  const cut = /[\ud800-\udbff]/.test(s[MAX_EVIDENCE_CHARS - 2]!) ? MAX_EVIDENCE_CHARS - 2 : MAX_EVIDENCE_CHARS - 1;
  return `${s.slice(0, cut)}…`;
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
  const isolate = options.isolate !== false && isolationAvailable();
  // The first call starts a worker, which loads the engine while this thread loads the rules.
  if (isolate) warmIsolated(null, options.maxHeapMb ?? DEFAULT_MAX_HEAP_MB);
  // Settings are checked here, so that a mistake in them is thrown to the caller wherever the file is linted.
  const rules = resolveRuleSettings(await loadRules(), options.rules ?? {});
  if (options.template && !getTemplate(options.template)) throw new UsageError(`unknown template "${options.template}"`);
  const deadline = new Deadline(options.timeoutMs);
  if (isolate) {
    try {
      return await lintIsolated(bytes, path, options, deadline.ms, options.maxHeapMb ?? DEFAULT_MAX_HEAP_MB);
    } catch (error) {
      if (isInputError(error)) return errorResult(path, null, error.code, error.message);
      throw error;
    }
  }
  let doc: LintDocument;
  let findings: Finding[];
  try {
    doc = await analyze(bytes, path, options, deadline);
    findings = runRules(doc, rules, deadline.check);
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
