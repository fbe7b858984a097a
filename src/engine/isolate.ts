// Isolated linting: each file is linted in a worker thread with a heap limit, which the calling thread terminates when
// the file's time limit passes. Checks between stages cannot do that: one stage stuck in synchronous code (@xmldom
// inside mammoth on deeply nested XML, a super-linear pattern on a 2 MB line) never reaches the next check, and a
// runaway stage exhausts the whole process's memory. pdf.js's stray promise rejections stay in the worker too.
//
// Workers are kept and reused from file to file (each loads the engine once, ~0.4 s); one is replaced after a
// timeout, a heap exhaustion or a crash. Idle workers never keep the process alive. The CLI's --jobs runs a batch on
// several of them (setIsolatedThreads).
//
// Workers need compiled JavaScript: isolation is available when running from dist/ (not under vitest, which runs the
// .ts sources; src/engine/lint.ts then lints in-process, as it does with `isolate: false`).
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileResult } from '../model.js';
import { InputError } from '../input/errors.js';
import type { LintSourceOptions } from './lint.js';
import { isScratchMessage, LINT_WORKER_DATA, type ScratchMessage } from './scratch.js';

export type ParserKind = 'pdf' | 'docx' | 'html';

export interface LintRequest {
  id: number;
  bytes: Uint8Array;
  path: string;
  /** Options for lintBuffer in the worker (which lints in-process there). */
  options: LintSourceOptions;
}

export interface WarmRequest {
  warm: ParserKind | null;
}

export type LintReply = { id: number; started: true } | { id: number; ok: true; result: FileResult } | { id: number; ok: false; message: string; stack: string };

/** Heap limit of a lint worker: a 300-page DOCX needs ~300 MB; mammoth on 16 MB of XML (the default zip limit) ~600 MB. */
export const DEFAULT_MAX_HEAP_MB = 1024;

/**
 * Starting a worker, loading the engine and the file's parser is not the file's work and is not charged to its time
 * limit; this bounds it, in case a thread starved by a loaded machine never gets round to it.
 */
const STARTUP_ALLOWANCE_MS = 30_000;

const workerUrl = new URL('./lint-worker.js', import.meta.url);

/** Scratch folders each worker holds (OCR page images): removed when the worker is stopped or exits. */
const scratchOf = new WeakMap<Worker, Set<string>>();
function removeScratch(worker: Worker): void {
  const held = scratchOf.get(worker);
  if (!held) return;
  for (const dir of held) rmSync(dir, { recursive: true, force: true });
  held.clear();
}
let available: boolean | null = null;

export function isolationAvailable(): boolean {
  available ??= import.meta.url.endsWith('.js') && existsSync(fileURLToPath(workerUrl));
  return available;
}

export function timeoutError(ms: number): InputError {
  return new InputError('E_TIMEOUT', `linting took longer than ${ms} ms: raise the limit (--timeout) or split the document`);
}

// Flags of the calling process that load code or change how it is loaded, with their values.
const LOADER_FLAGS = new Set(['-r', '--require', '--import', '--loader', '--experimental-loader', '-C', '--conditions']);
const PLAIN_FLAGS = new Set(['--enable-source-maps', '--no-warnings', '--no-deprecation', '--preserve-symlinks']);

/**
 * A worker inherits the calling process's flags, preloaded modules included (a sandbox or an audit hook then covers it
 * too). Except in a script run as `node --input-type=module -e …`: with --input-type a worker refuses to load a file
 * at all, so it gets only the flags that load code.
 */
function workerExecArgv(): string[] | undefined {
  const argv = process.execArgv;
  if (!argv.some((a) => a.startsWith('--input-type'))) return undefined;
  const kept: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const name = a.split('=')[0]!;
    if (LOADER_FLAGS.has(name)) {
      kept.push(a);
      if (!a.includes('=') && i + 1 < argv.length) kept.push(argv[++i]!);
    } else if (PLAIN_FLAGS.has(a)) kept.push(a);
  }
  return kept;
}

interface Job {
  bytes: Uint8Array;
  path: string;
  options: LintSourceOptions;
  timeoutMs: number;
  maxHeapMb: number;
  resolve: (result: FileResult) => void;
  reject: (error: Error) => void;
}

/** One worker, one file at a time. */
class LintThread {
  private worker: Worker | null = null;
  private heapMb = 0;
  private current: { job: Job; id: number; worker: Worker; timer: NodeJS.Timeout | undefined } | null = null;
  private nextId = 1;

  constructor(private readonly onIdle: () => void) {}

  get busy(): boolean {
    return this.current !== null;
  }

  /** Start the worker (and load a parser) ahead of the first file, unless it is running: best effort. */
  warm(kind: ParserKind | null, maxHeapMb: number): void {
    if (!this.worker) this.ensure(maxHeapMb).postMessage({ warm: kind } satisfies WarmRequest);
  }

  run(job: Job): void {
    const worker = this.ensure(job.maxHeapMb);
    const id = this.nextId++;
    // Until the worker says the file's work started: its start-up, bounded generously.
    const timer = job.timeoutMs > 0 ? setTimeout(() => this.timedOut(worker), job.timeoutMs + STARTUP_ALLOWANCE_MS) : undefined;
    this.current = { job, id, worker, timer };
    worker.ref();
    // A copy the worker owns (transferred, not cloned): the caller's bytes stay intact, and a view into a larger
    // buffer does not drag the whole buffer along.
    const bytes = job.bytes.slice();
    worker.postMessage({ id, bytes, path: job.path, options: job.options } satisfies LintRequest, [bytes.buffer]);
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
    if (w) removeScratch(w);
  }

  private ensure(maxHeapMb: number): Worker {
    if (this.worker && this.heapMb === maxHeapMb) return this.worker;
    if (this.worker) void this.worker.terminate();
    const worker = new Worker(workerUrl, { resourceLimits: { maxOldGenerationSizeMb: maxHeapMb }, execArgv: workerExecArgv(), workerData: LINT_WORKER_DATA });
    // Scratch folders the worker still holds when it is stopped or exits are removed here (see scratch.ts).
    const scratch = new Set<string>();
    scratchOf.set(worker, scratch);
    worker.on('message', (reply: LintReply | ScratchMessage) => {
      if (isScratchMessage(reply)) {
        if (reply.held) scratch.add(reply.scratch);
        else scratch.delete(reply.scratch);
        return;
      }
      const cur = this.current;
      if (!cur || cur.worker !== worker || reply.id !== cur.id) return;
      if ('started' in reply) {
        clearTimeout(cur.timer);
        cur.timer = cur.job.timeoutMs > 0 ? setTimeout(() => this.timedOut(worker), cur.job.timeoutMs) : undefined;
      } else if (reply.ok) this.settle(worker, null, reply.result);
      else {
        const error = new Error(reply.message);
        error.stack = reply.stack;
        this.settle(worker, error);
      }
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (this.worker === worker) this.worker = null;
      const mb = this.current?.job.maxHeapMb;
      this.settle(
        worker,
        error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new InputError('E_TOO_LARGE', `linting needed more than ${mb} MB of memory: split the document`) : error,
      );
    });
    worker.on('exit', (code) => {
      removeScratch(worker);
      if (this.worker === worker) this.worker = null;
      this.settle(worker, new Error(`the lint worker stopped (exit code ${code})`));
    });
    // After the listeners: adding a 'message' listener refs the worker again.
    worker.unref();
    this.worker = worker;
    this.heapMb = maxHeapMb;
    return worker;
  }

  private timedOut(worker: Worker): void {
    const cur = this.current;
    if (!cur || cur.worker !== worker) return;
    // The file may be stuck in synchronous code: only terminating its thread stops it.
    if (this.worker === worker) this.worker = null;
    void worker.terminate();
    // Now, not on 'exit': the caller may end the process before the terminated thread reports its exit.
    removeScratch(worker);
    this.settle(worker, timeoutError(cur.job.timeoutMs));
  }

  /** Ends the current file if it belongs to `worker` (late events of a replaced worker are ignored). */
  private settle(worker: Worker, error: Error | null, result?: FileResult): void {
    const cur = this.current;
    if (!cur || cur.worker !== worker) return;
    clearTimeout(cur.timer);
    this.current = null;
    worker.unref();
    if (error) cur.job.reject(error);
    else cur.job.resolve(result!);
    this.onIdle();
  }
}

/** Files wait in one queue for the first free thread; a file's time limit starts when its work starts. */
class LintThreads {
  private readonly threads: LintThread[] = [];
  private readonly queue: Job[] = [];
  private size = 1;

  resize(n: number): void {
    this.size = Math.max(1, n);
    this.pump();
  }

  run(bytes: Uint8Array, path: string, options: LintSourceOptions, timeoutMs: number, maxHeapMb: number): Promise<FileResult> {
    return new Promise<FileResult>((resolve, reject) => {
      this.queue.push({ bytes, path, options, timeoutMs, maxHeapMb, resolve, reject });
      this.pump();
    });
  }

  warm(kind: ParserKind | null, maxHeapMb: number): void {
    (this.threads[0] ?? this.add()).warm(kind, maxHeapMb);
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.close()));
  }

  private add(): LintThread {
    const thread = new LintThread(() => this.pump());
    this.threads.push(thread);
    return thread;
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const free = this.threads.find((t) => !t.busy) ?? (this.threads.length < this.size ? this.add() : null);
      if (!free) return;
      free.run(this.queue.shift()!);
    }
  }
}

let shared: LintThreads | null = null;

function threads(): LintThreads {
  shared ??= new LintThreads();
  return shared;
}

/** Lint one file in a worker. Rejects with InputError (E_TIMEOUT, E_TOO_LARGE) or Error (a bug). */
export function lintIsolated(bytes: Uint8Array, path: string, options: LintSourceOptions, timeoutMs: number, maxHeapMb = DEFAULT_MAX_HEAP_MB): Promise<FileResult> {
  return threads().run(bytes, path, { ...options, isolate: false }, timeoutMs, maxHeapMb);
}

/** How many files are linted at once (worker threads); 1 unless set (the CLI sets --jobs for large batches). */
export function setIsolatedThreads(n: number): void {
  threads().resize(n);
}

/** Start a worker and load the engine (and a parser) now, while the caller does other work. */
export function warmIsolated(kind: ParserKind | null, maxHeapMb = DEFAULT_MAX_HEAP_MB): void {
  if (isolationAvailable()) threads().warm(kind, maxHeapMb);
}

/** Stop the workers (they are started again on demand). Not needed before exit: idle workers never keep a process alive. */
export async function closeIsolation(): Promise<void> {
  await shared?.close();
}
