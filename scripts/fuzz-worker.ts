// Worker thread of the fuzzer (scripts/fuzz-lib.ts FuzzRunner): lints one input with the built engine, checks the
// FileResult's shape, runs every report formatter over it, and replies with the outcome. Runs from dist/scripts/.
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { lintBuffer } from '../src/engine/lint.js';
import { formatters } from '../src/report/index.js';
import { loadRules } from '../rules/index.js';
import type { FileResult, LintReport } from '../src/model.js';

const KNOWN_CODES = new Set(['E_ENCRYPTED', 'E_NO_TEXT', 'E_CORRUPT', 'E_EMPTY', 'E_UNSUPPORTED', 'E_TOO_LARGE', 'E_NOT_FOUND', 'E_READ', 'E_TIMEOUT', 'E_LANGUAGE']);
// Characters XML 1.0 does not allow, even escaped: a JUnit file holding them is rejected by CI servers.
const XML_ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

interface Task {
  id: number;
  bytes: Uint8Array;
  path: string;
  /** The engine's own per-file limits (below the runner's, which catches the engine not keeping them). */
  timeoutMs: number;
  maxHeapMb: number;
}

function stack(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // pdf.js exceptions carry the stack of their class definition, not of the throw: lead with name and message.
  const head = `${error.name}: ${error.message}`;
  return error.stack?.startsWith(head) ? error.stack : `${head}\n${error.stack ?? ''}`;
}

function checkShape(r: FileResult): string | null {
  if (typeof r !== 'object' || r === null) return 'result is not an object';
  if (!Array.isArray(r.findings) || !Array.isArray(r.clauses)) return 'findings/clauses missing';
  if (r.error && r.findings.length > 0) return 'error result with findings';
  for (const f of r.findings) {
    if (typeof f.ruleId !== 'string' || typeof f.message !== 'string' || !['error', 'warning', 'info'].includes(f.severity)) return `malformed finding ${JSON.stringify(f).slice(0, 200)}`;
    const loc = f.location;
    if (!loc || !Number.isInteger(loc.line) || loc.line < 1 || !Number.isInteger(loc.column) || loc.column < 1) return `bad location ${JSON.stringify(loc)} in ${f.ruleId}`;
  }
  return null;
}

let rulesMeta: Awaited<ReturnType<typeof loadRules>> | null = null;

async function handle(task: Task): Promise<{ outcome: string; detail?: string }> {
  const bytes = new Uint8Array(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength);
  let result: FileResult;
  try {
    result = await lintBuffer(bytes, task.path, { timeoutMs: task.timeoutMs, maxHeapMb: task.maxHeapMb });
  } catch (error) {
    return { outcome: 'crash', detail: stack(error) };
  }
  const bad = checkShape(result);
  if (bad) return { outcome: 'bad-result', detail: bad };
  if (result.error && !KNOWN_CODES.has(result.error.code)) return { outcome: 'unknown-code', detail: `${result.error.code}: ${result.error.message}` };
  rulesMeta ??= await loadRules();
  const report: LintReport = { schemaVersion: 1, files: [result] };
  const ctx = { cwd: '/', rules: rulesMeta.map((r) => r.meta), color: false, version: '0.0.0', enabledRules: { [task.path]: rulesMeta.map((r) => r.meta.id) } };
  for (const [name, format] of Object.entries(formatters)) {
    let out: string;
    try {
      out = format(report, ctx);
    } catch (error) {
      return { outcome: 'bad-output', detail: `--format ${name} threw: ${stack(error)}` };
    }
    if (name === 'json' || name === 'sarif') {
      try {
        JSON.parse(out);
      } catch (error) {
        return { outcome: 'bad-output', detail: `--format ${name} is not JSON: ${String(error)}` };
      }
    }
    if (name === 'junit' && XML_ILLEGAL.test(out)) {
      const i = out.search(XML_ILLEGAL);
      return { outcome: 'bad-output', detail: `--format junit holds a character XML 1.0 forbids (U+${out.codePointAt(i)!.toString(16).padStart(4, '0')}) near ${JSON.stringify(out.slice(Math.max(0, i - 60), i + 20))}` };
    }
  }
  if (result.error) return { outcome: `error:${result.error.code}` };
  return { outcome: result.findings.length > 0 ? 'findings' : 'no-findings' };
}

process.on('unhandledRejection', (reason) => parentPort!.postMessage({ id: 0, unhandled: stack(reason) }));

parentPort!.on('message', (task: Task) => {
  void handle(task).then((r) => {
    const heapMb = Math.round(getHeapStatistics().used_heap_size / 1048576);
    parentPort!.postMessage({ id: task.id, ...r, heapMb });
  });
});
