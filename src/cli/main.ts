// The command line: options → files → config per file → lint (cached, or in worker threads) → waivers →
// formatter → exit code (0 clean, 1 errors or too many warnings, 2 usage/config problems or a file that cannot be linted).
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { glob, isDynamicPattern } from 'tinyglobby';
import { DEFAULT_TIMEOUT_MS, lintBuffer, lintFile, UsageError, type LintSourceOptions } from '../engine/lint.js';
import { isolationAvailable, setIsolatedThreads } from '../engine/isolate.js';
import { RuleConfigError } from '../engine/settings.js';
import type { Rule, RuleSetting } from '../engine/types.js';
import type { FileResult, LintReport, Severity } from '../model.js';
import { loadRules } from '../../rules/index.js';
import { ConfigError, ConfigLoader, type FileConfig } from '../config/index.js';
import { toolVersion } from '../config/package.js';
import { ResultCache, DEFAULT_CACHE_LOCATION } from '../cache/index.js';
import { addWaiversFor, applyWaivers, loadWaivers, serializeWaivers, WAIVERS_FILE_NAME } from '../waivers/index.js';
import { formatters } from '../report/index.js';
import type { FormatContext } from '../report/types.js';
import { countReport, ruleDocUrl } from '../report/util.js';
import { Progress } from './progress.js';
import { portfolioCsv, portfolioJson, type PortfolioTable } from '../fields/portfolio.js';

export interface CliIO {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  /** Input for "-": a stream (process.stdin) or the bytes/text themselves (tests). */
  stdin?: NodeJS.ReadableStream | string | Uint8Array;
  cwd?: string;
  /** stdout is a terminal: colours by default. */
  isTTY?: boolean;
  /** stderr is a terminal: progress bar. */
  stderrIsTTY?: boolean;
  /** Today as YYYY-MM-DD, for waiver expiry (tests inject it; the CLI uses the real date only here). */
  today?: string;
  env?: Record<string, string | undefined>;
}

/** Extensions linted when a folder is given. */
export const LINTABLE_EXTENSIONS = ['pdf', 'docx', 'txt', 'md', 'markdown', 'html', 'htm'];
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**', `**/${DEFAULT_CACHE_LOCATION}/**`];
const SEVERITY_LEVELS = ['off', 'info', 'warning', 'error'];
/** Estimated serial work below which more than one worker thread costs more than it saves. */
const MIN_POOL_WORK_MS = 1500;

/** A usage problem found by the CLI itself (exit 2). */
class CliError extends Error {}

interface Options {
  format: string;
  outputFile?: string;
  config?: string;
  printConfig?: string;
  rule: string[];
  template?: string;
  quiet?: boolean;
  maxWarnings?: number;
  color?: boolean;
  waivers?: string;
  reportUnusedWaivers?: boolean;
  writeWaivers?: boolean;
  jobs?: number;
  cache?: boolean;
  cacheLocation?: string;
  maxFileSize?: number;
  timeout?: number;
  ocr?: boolean;
  ignorePattern: string[];
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseCount(name: string, min: number) {
  return (value: string): number => {
    if (!/^-?\d+$/.test(value) || Number(value) < min) throw new CliError(`${name} must be an integer ≥ ${min} (got "${value}")`);
    return Number(value);
  };
}

/** "50MB", "512k", "1048576" → bytes. */
export function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|m|mb|g|gb)?$/i.exec(value.trim());
  if (!m) throw new CliError(`--max-file-size must be a size such as 20MB, 512kB or 1048576 (got "${value}")`);
  const unit = (m[2] ?? 'b').toLowerCase()[0]!;
  const factor = unit === 'g' ? 1024 ** 3 : unit === 'm' ? 1024 ** 2 : unit === 'k' ? 1024 : 1;
  return Math.round(Number(m[1]) * factor);
}

/** Per-file time limit, for linting and for `extract`. */
const OCR_TIMEOUT_MS = 10 * 60_000;

function timeoutOption(): Option {
  return new Option('--timeout <ms>', `give up on a file after this many milliseconds, with an error (default: ${DEFAULT_TIMEOUT_MS}; 0: no limit)`).argParser(
    parseCount('--timeout', 0),
  );
}

function buildProgram(io: Required<Pick<CliIO, 'stdout' | 'stderr'>>): Command {
  const program = new Command();
  program
    .name('dpa-lint')
    .description('Check data processing agreements (databehandleraftaler) against Datatilsynet\'s standard contractual clauses.')
    .version(toolVersion(), '-v, --version')
    .argument('[files...]', 'files, folders (recursing into .pdf .docx .txt .md .html) or globs; "-" reads stdin')
    .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(formatters)).default('stylish'))
    .option('-o, --output-file <path>', 'write the report to a file instead of stdout')
    .option('-c, --config <path>', 'use this config file for every file (no discovery)')
    .option('--print-config <file>', 'print the configuration that applies to <file> and exit')
    .option('--rule <id=severity>', 'set a rule\'s severity: off, info, warning or error (repeatable)', collect, [])
    .option('--template <id>', 'force a template instead of detecting it')
    .option('--quiet', 'report errors only (warnings still count for --max-warnings)')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', parseCount('--max-warnings', 0))
    .option('--color', 'force colours in stylish output')
    .option('--no-color', 'no colours in stylish output')
    .option('--waivers <path>', `waivers file (default: ${WAIVERS_FILE_NAME} in the working directory, if present)`)
    .option('--report-unused-waivers', 'report waivers that match no finding of a linted file')
    .option('--write-waivers', 'record every current finding as a waiver (placeholder reason) and exit like a clean run')
    .option('-j, --jobs <n>', 'worker threads for large batches (default: number of cores)', parseCount('--jobs', 1))
    .option('--cache', 'reuse results for unchanged files')
    .option('--cache-location <dir>', `cache folder (default: ${DEFAULT_CACHE_LOCATION})`)
    .option('--max-file-size <size>', 'skip larger files with an error (default: 50MB)', parseSize)
    .addOption(timeoutOption())
    .option('--ocr', `read scanned PDF pages with the system tesseract (slow: seconds per page; time limit ${OCR_TIMEOUT_MS / 60_000} min unless --timeout; see docs/ocr.md)`)
    .option('--ignore-pattern <glob>', 'skip files matching the glob, relative to the working directory (repeatable)', collect, [])
    .enablePositionalOptions()
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`dpa-lint: ${s.replace(/^error: /, '').trim()}\n`),
    });
  program.addHelpText(
    'after',
    `
Exit codes: 0 no error-level finding (and at most --max-warnings warnings), 1 errors or too many warnings,
            2 usage or configuration problem, or a file that could not be read.

Examples:
  $ dpa-lint contract.pdf                       lint one DPA, readable output
  $ dpa-lint contracts/ --format html -o report.html
                                                portfolio report of a folder
  $ dpa-lint "vendors/**/*.docx" --format sarif -o dpa-lint.sarif
                                                SARIF for code scanning
  $ dpa-lint dpa.txt --rule draft-marker=off --rule clause-added=error
  $ dpa-lint dpa.pdf --format json | jq '.files[0].findings'
  $ cat dpa.txt | dpa-lint -                    read from stdin
  $ dpa-lint contracts/ --write-waivers         accept today's findings, fail only on new ones
  $ dpa-lint --print-config vendors/acme.pdf    show the settings that apply to a file
  $ dpa-lint rules                              list every rule

Configuration: dpa-lint.config.json or .dpa-lintrc.json (schemas/config.schema.json),
waivers: dpa-lint.waivers.json (schemas/waivers.schema.json). See docs/ci.md.
`,
  );
  return program;
}

function parseRuleFlags(flags: string[], rules: Rule[]): Record<string, RuleSetting> {
  const known = new Set(rules.map((r) => r.meta.id));
  const out: Record<string, RuleSetting> = {};
  for (const flag of flags) {
    const m = /^([^=]+)=(.*)$/.exec(flag);
    if (!m) throw new CliError(`--rule ${flag}: expected <id>=<severity>, e.g. --rule draft-marker=off`);
    const id = m[1]!.trim();
    const level = m[2]!.trim();
    if (!known.has(id)) throw new CliError(`--rule ${flag}: unknown rule id "${id}" (run "dpa-lint rules" for the list)`);
    if (!SEVERITY_LEVELS.includes(level)) throw new CliError(`--rule ${flag}: severity must be one of ${SEVERITY_LEVELS.join(', ')}`);
    out[id] = level as Severity | 'off';
  }
  return out;
}

async function readStdin(stdin: CliIO['stdin']): Promise<Uint8Array> {
  if (stdin === undefined) return new Uint8Array();
  if (typeof stdin === 'string') return new TextEncoder().encode(stdin);
  if (stdin instanceof Uint8Array) return stdin;
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array));
  return new Uint8Array(Buffer.concat(chunks));
}

interface Target {
  /** As given / as found, shown in reports. */
  path: string;
  /** Absolute path, or null for stdin. */
  abs: string | null;
  /** Named on the command line (not found through a folder or glob). */
  explicit: boolean;
}

function toPosix(p: string): string {
  return p.split(sep).join('/');
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Files, folders and globs → a deterministic list of files (arguments in order, each expansion sorted, no duplicates). */
async function expandTargets(args: string[], cwd: string): Promise<Target[]> {
  const out: Target[] = [];
  const seen = new Set<string>();
  const add = (t: Target) => {
    const key = t.abs ?? t.path;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(t);
  };
  for (const arg of args) {
    if (arg === '-') {
      add({ path: '<stdin>', abs: null, explicit: true });
      continue;
    }
    const abs = resolve(cwd, arg);
    const info = await stat(abs).catch(() => null);
    if (info?.isDirectory()) {
      const found = await glob(`**/*.{${LINTABLE_EXTENSIONS.join(',')}}`, {
        cwd: abs,
        onlyFiles: true,
        dot: false,
        caseSensitiveMatch: false,
        ignore: ALWAYS_IGNORED,
      });
      for (const rel of found.sort(byCodeUnits)) add({ path: toPosix(join(arg, rel)), abs: join(abs, rel), explicit: false });
    } else if (!info && isDynamicPattern(arg)) {
      const found = await glob(arg, { cwd, onlyFiles: true, dot: false, ignore: ALWAYS_IGNORED, expandDirectories: false });
      if (found.length === 0) throw new CliError(`no files match the pattern "${arg}"`);
      for (const rel of found.sort(byCodeUnits)) add({ path: rel, abs: resolve(cwd, rel), explicit: false });
    } else {
      // Missing files are linted too: they get an E_NOT_FOUND result (exit 2) while the others are still reported.
      add({ path: arg, abs, explicit: true });
    }
  }
  return out;
}

/**
 * What determines a file's result besides its bytes (cache key). The path is part of it: the engine reads the format
 * from the extension and the path reaches the rules, so a copy under another name is linted on its own.
 */
function settingsKey(path: string, config: FileConfig, options: LintSourceOptions): unknown {
  return { path, rules: config.rules, template: config.template, maxBytes: options.maxBytes ?? null, ocr: options.ocr ?? false };
}

async function printRules(rules: Rule[], format: string, io: CliIO): Promise<number> {
  if (format === 'json') {
    const list = rules.map((r) => ({
      id: r.meta.id,
      severity: r.meta.defaultSeverity,
      category: r.meta.category,
      recommended: r.meta.recommended,
      description: r.meta.description,
      docs: ruleDocUrl(r.meta.id, r.meta),
    }));
    io.stdout.write(JSON.stringify(list, null, 2) + '\n');
    return 0;
  }
  const w = (f: (r: Rule) => string) => Math.max(...rules.map((r) => f(r).length), 0);
  const idW = Math.max(w((r) => r.meta.id), 2);
  const sevW = Math.max(w((r) => r.meta.defaultSeverity), 8);
  const catW = Math.max(w((r) => r.meta.category), 8);
  const lines = [`${'id'.padEnd(idW)}  ${'severity'.padEnd(sevW)}  ${'category'.padEnd(catW)}  rec  description`];
  for (const r of rules) {
    lines.push(
      `${r.meta.id.padEnd(idW)}  ${r.meta.defaultSeverity.padEnd(sevW)}  ${r.meta.category.padEnd(catW)}  ${r.meta.recommended ? ' ✓ ' : '   '}  ${r.meta.description}`,
    );
    lines.push(`${' '.repeat(idW + sevW + catW + 11)}  ${ruleDocUrl(r.meta.id, r.meta)}`);
  }
  lines.push('', `${rules.length} rules; rec = in dpa-lint:recommended.`);
  io.stdout.write(lines.join('\n') + '\n');
  return 0;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export async function main(argv: string[], ioIn: Partial<CliIO> = {}): Promise<number> {
  const io: CliIO = {
    stdout: ioIn.stdout ?? process.stdout,
    stderr: ioIn.stderr ?? process.stderr,
    stdin: ioIn.stdin ?? (ioIn.stdout ? undefined : process.stdin),
    cwd: ioIn.cwd ?? process.cwd(),
    isTTY: ioIn.isTTY ?? (ioIn.stdout ? false : !!process.stdout.isTTY),
    stderrIsTTY: ioIn.stderrIsTTY ?? (ioIn.stderr ? false : !!process.stderr.isTTY),
    today: ioIn.today,
    env: ioIn.env ?? (ioIn.stdout ? {} : process.env),
  };
  if (!ioIn.stdout) {
    // "dpa-lint … | head": the reader went away; stop quietly instead of crashing with a stack trace.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  const fail = (message: string): number => {
    io.stderr.write(`dpa-lint: ${message}\n`);
    return 2;
  };
  try {
    const program = buildProgram({ stdout: io.stdout, stderr: io.stderr });
    let code = 0;
    program
      .command('rules')
      .description('list every rule with its default severity, category, description and doc link')
      .addOption(new Option('-f, --format <name>', 'text or json').choices(['text', 'json']).default('text'))
      .action(async (opts: { format: string }) => {
        code = await printRules(await loadRules(), opts.format, io);
      });
    program
      .command('extract')
      .description("write the agreed values of many DPAs (parties, deadlines, sub-processors, transfers, audits) as JSON or CSV: the controller's register of processors and sub-processors")
      .argument('<files...>', 'files, folders or globs')
      .addOption(new Option('-f, --format <name>', 'json or csv').choices(['json', 'csv']).default('json'))
      .addOption(new Option('--table <name>', 'csv: one row per sub-processor or per DPA').choices(['subprocessors', 'dpas']).default('subprocessors'))
      .option('-o, --output-file <path>', 'write to a file instead of stdout')
      .option('--template <id>', 'force a template id')
      .addOption(timeoutOption())
      .action(async (files: string[], opts: ExtractOpts) => {
        code = await runExtract(files, opts, io);
      });
    program.action(async (files: string[], opts: Options) => {
      code = await run(files, opts, io);
    });
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      // commander already printed its one-line message through outputError.
      return 2;
    }
    if (error instanceof CliError || error instanceof ConfigError || error instanceof RuleConfigError || error instanceof UsageError) {
      return fail(error.message);
    }
    const e = error as NodeJS.ErrnoException;
    return fail(`internal error: ${e?.message ?? String(error)}`);
  }
}

/** `dpa-lint extract`: fields only, no findings; unreadable files keep a row with their error. */
interface ExtractOpts {
  format: string;
  table: PortfolioTable;
  outputFile?: string;
  template?: string;
  timeout?: number;
}

async function runExtract(args: string[], opts: ExtractOpts, io: CliIO): Promise<number> {
  const cwd = io.cwd!;
  const rules = await loadRules();
  if (opts.template) await checkTemplate(opts.template);
  const allOff = Object.fromEntries(rules.map((r) => [r.meta.id, 'off' as const]));
  const files: FileResult[] = [];
  for (const target of await expandTargets(args, cwd)) {
    if (!target.abs) throw new CliError('extract reads files, not stdin');
    const abs = target.abs;
    const result = await guarded(abs, () => lintFile(abs, { rules: allOff, template: opts.template, timeoutMs: opts.timeout }));
    files.push({ ...result, path: target.path });
  }
  const out = opts.format === 'csv' ? portfolioCsv(files, opts.table) : portfolioJson(files);
  if (opts.outputFile) {
    const dest = resolve(cwd, opts.outputFile);
    await mkdir(dirname(dest), { recursive: true });
    await writeFile(dest, out);
  } else io.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
  return files.some((f) => f.error) ? 2 : 0;
}

async function run(args: string[], opts: Options, io: CliIO): Promise<number> {
  const cwd = io.cwd!;
  const rules = await loadRules();
  const cliRules = parseRuleFlags(opts.rule, rules);
  if (opts.template) await checkTemplate(opts.template);
  const loader = new ConfigLoader(rules, cwd, opts.config);
  const cliSettings = { rules: cliRules, template: opts.template, ignorePatterns: opts.ignorePattern };

  if (opts.printConfig) {
    const resolved = loader.resolveFor(opts.printConfig, cliSettings);
    const shown = { configFile: loader.displayPath(resolved.configPath), template: resolved.template, ignored: resolved.ignored, rules: resolved.rules };
    io.stdout.write(JSON.stringify(shown, null, 2) + '\n');
    return 0;
  }
  if (args.length === 0) throw new CliError('no files given (try "dpa-lint --help")');
  if (opts.outputFile === '-') opts.outputFile = undefined;

  const targets = await expandTargets(args, cwd);
  const options: LintSourceOptions = {};
  if (opts.maxFileSize !== undefined) options.maxBytes = opts.maxFileSize;
  if (opts.timeout !== undefined) options.timeoutMs = opts.timeout;
  if (opts.ocr) {
    options.ocr = true;
    // OCR takes seconds per page: the default limit would stop a scan of more than a few pages.
    if (opts.timeout === undefined) options.timeoutMs = OCR_TIMEOUT_MS;
  }

  // Resolve settings for every file first: a config error stops the run before any work (exit 2).
  const jobs: Array<{ target: Target; config: FileConfig }> = [];
  for (const target of targets) {
    const config = loader.resolveFor(target.abs ?? target.path, cliSettings);
    if (config.ignored) {
      if (target.explicit) io.stderr.write(`dpa-lint: ${target.path}: ignored by an ignore pattern\n`);
      continue;
    }
    if (config.template) await checkTemplate(config.template);
    jobs.push({ target, config });
  }
  if (jobs.length === 0 && targets.length > 0) {
    io.stderr.write('dpa-lint: every file given is ignored\n');
  }

  // Waivers (read before the slow part, so a bad file fails fast): --waivers names a file that must exist;
  // otherwise dpa-lint.waivers.json in the working directory, if present.
  const waiversPath = resolve(cwd, opts.waivers ?? WAIVERS_FILE_NAME);
  const waiversShown = toPosix(relative(cwd, waiversPath)) || waiversPath;
  const waivers = loadWaivers(waiversPath, waiversShown, { mustExist: !!opts.waivers && !opts.writeWaivers });

  const cache = opts.cache ? new ResultCache(resolve(cwd, opts.cacheLocation ?? DEFAULT_CACHE_LOCATION)) : null;
  const threads = opts.jobs ?? availableParallelism();
  const stdinBytes = jobs.some((j) => j.target.abs === null) ? await readStdin(io.stdin) : null;
  const results = await lintAll(jobs, options, cache, threads, io, stdinBytes);
  let report: LintReport = { schemaVersion: 1, files: results };

  const date = io.today ?? today();
  if (opts.writeWaivers) {
    const first = applyWaivers(report, waivers, { today: date, cwd, shownAs: waiversShown });
    const { waivers: all, added } = addWaiversFor(first.report, waivers, cwd);
    try {
      await mkdir(dirname(waiversPath), { recursive: true });
      await writeFile(waiversPath, serializeWaivers(all));
    } catch (error) {
      throw new CliError(`cannot write ${waiversShown}: ${(error as Error).message}`);
    }
    io.stderr.write(`dpa-lint: wrote ${added} new waiver${added === 1 ? '' : 's'} to ${waiversShown} (replace the placeholder reasons)\n`);
    waivers.waivers = all;
  }
  if (waivers.waivers.length > 0) {
    const applied = applyWaivers(report, waivers, { today: date, cwd, shownAs: waiversShown });
    report = applied.report;
    for (const n of applied.notices) {
      if (n.kind === 'expired' || opts.reportUnusedWaivers) io.stderr.write(`dpa-lint: ${n.kind === 'unused' ? 'unused waiver: ' : ''}${n.message}\n`);
    }
  }

  // Exit code from the full report; --quiet only changes what is shown.
  const totals = countReport(report);
  const shown: LintReport = opts.quiet
    ? { ...report, files: report.files.map((f) => ({ ...f, findings: f.findings.filter((x) => x.severity === 'error') })) }
    : report;

  const toFile = !!opts.outputFile;
  const color = opts.color ?? (!toFile && !!io.isTTY && !io.env?.NO_COLOR);
  const enabledRules: Record<string, string[]> = {};
  for (const { target, config } of jobs) enabledRules[target.path] = Object.keys(config.rules).filter((id) => config.rules[id]![0] !== 'off');
  const ctx: FormatContext = { cwd, rules: rules.map((r) => r.meta), color, version: toolVersion(), enabledRules, maxWarnings: opts.maxWarnings };
  const text = formatters[opts.format]!(shown, ctx);
  if (opts.outputFile) {
    const out = resolve(cwd, opts.outputFile);
    try {
      await mkdir(dirname(out), { recursive: true });
      await writeFile(out, text);
    } catch (error) {
      throw new CliError(`cannot write ${opts.outputFile}: ${(error as Error).message}`);
    }
  } else if (text) {
    io.stdout.write(text);
  }

  if (totals.fileErrors > 0) return 2;
  if (totals.error > 0) return 1;
  if (opts.maxWarnings !== undefined && totals.warning > opts.maxWarnings) return 1;
  return 0;
}

async function checkTemplate(id: string): Promise<void> {
  const { getTemplate } = await import('../template/load.js');
  if (!getTemplate(id)) throw new CliError(`unknown template "${id}"`);
}

/** Lint every job; results in input order whatever ran where, so output is identical for any --jobs. */
async function lintAll(
  jobs: Array<{ target: Target; config: FileConfig }>,
  base: LintSourceOptions,
  cache: ResultCache | null,
  threads: number,
  io: CliIO,
  stdinBytes: Uint8Array | null,
): Promise<FileResult[]> {
  const results: Array<FileResult | undefined> = new Array(jobs.length);
  const progress = io.stderrIsTTY && jobs.length > 5 ? new Progress(io.stderr, jobs.length) : null;
  const pending: Array<{ index: number; options: LintSourceOptions; key: string | null }> = [];

  const optionsFor = (config: FileConfig): LintSourceOptions => {
    const o: LintSourceOptions = { ...base, rules: config.rules as Record<string, RuleSetting> };
    if (config.template) o.template = config.template;
    return o;
  };

  for (let i = 0; i < jobs.length; i++) {
    const { target, config } = jobs[i]!;
    const options = optionsFor(config);
    if (target.abs === null) {
      results[i] = await guarded(target.path, () => lintBuffer(stdinBytes ?? new Uint8Array(), '<stdin>', options));
      progress?.tick(target.path);
      continue;
    }
    let key: string | null = null;
    if (cache) {
      const bytes = await readIfSmall(target.abs, base.maxBytes);
      if (bytes) {
        key = cache.key(bytes, settingsKey(target.path, config, options));
        const hit = cache.get(key, target.path);
        if (hit) {
          results[i] = hit;
          progress?.tick(target.path);
          continue;
        }
      }
    }
    pending.push({ index: i, options, key });
  }

  const finish = (index: number, key: string | null, result: FileResult) => {
    const r = { ...result, path: jobs[index]!.target.path };
    results[index] = r;
    if (key && cache && !r.error) cache.set(key, r);
    progress?.tick(r.path);
  };

  // Every file is linted in a worker thread (src/engine/isolate.ts) when running from dist/; a batch may use several.
  // Threads pay off only when each gets a few files and the work outweighs starting them (each worker loads the
  // whole pipeline, pdf.js included: ~0.4 s of CPU). Rough cost per file: a text DPA ~60 ms, a PDF/DOCX ~400 ms.
  const estimatedMs = pending.reduce((ms, p) => ms + (/\.(pdf|docx)$/i.test(jobs[p.index]!.target.path) ? 400 : 60), 0);
  const isolated = isolationAvailable();
  const usePool = threads > 1 && pending.length >= 2 * threads && estimatedMs >= MIN_POOL_WORK_MS && isolated;
  if (io.env?.DPA_LINT_DEBUG?.includes('pool')) {
    const how = usePool ? `worker pool of ${threads} threads` : isolated ? 'one worker thread' : 'in-process';
    io.stderr.write(`dpa-lint: ${pending.length} to lint, ${how}\n`);
  }
  const width = usePool ? threads : 1;
  setIsolatedThreads(width);
  // As many files in flight as threads: each is read only when a thread is ready for it.
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      for (let k = next++; k < pending.length; k = next++) {
        const { index, options, key } = pending[k]!;
        const abs = jobs[index]!.target.abs!;
        finish(index, key, await guarded(abs, () => lintFile(abs, options)));
      }
    }),
  );
  progress?.done();
  return results as FileResult[];
}

/** Read a file for hashing; null when it cannot be read or is too large (lintFile then produces the error result). */
async function readIfSmall(abs: string, maxBytes = 50 * 1024 * 1024): Promise<Uint8Array | null> {
  try {
    const info = await stat(abs);
    if (!info.isFile() || info.size > maxBytes) return null;
    return new Uint8Array(await readFile(abs));
  } catch {
    return null;
  }
}

function internalError(path: string, error: unknown): FileResult {
  const message = error instanceof Error ? error.message : String(error);
  return { path, format: null, template: null, error: { code: 'E_INTERNAL', message: `internal error: ${message}` }, findings: [], clauses: [] };
}

/** A crash while linting one file becomes that file's error (exit 2); the other files are still linted. */
async function guarded(path: string, fn: () => Promise<FileResult>): Promise<FileResult> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof UsageError) throw error;
    return internalError(path, error);
  }
}
