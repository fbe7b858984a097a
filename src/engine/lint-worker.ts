// Worker-thread entry of isolated linting (src/engine/isolate.ts): lints one file at a time with lintBuffer, here,
// where a stage stuck in synchronous code or exhausting memory can be stopped from outside, and where pdf.js's stray
// promise rejections cannot reach the caller. Runs from dist/ only.
import { parentPort } from 'node:worker_threads';
import { lintBuffer } from './lint.js';
import { loadRules } from '../../rules/index.js';
import { loadTemplates } from '../template/load.js';
import { detectFormat } from '../input/detect-format.js';
import type { LintReply, LintRequest, ParserKind, WarmRequest } from './isolate.js';

// pdf.js rejects promises of its own on damaged files, sometimes after the document was given up on. The rejection
// belongs to a file whose result is already decided (or the calling thread's timer decides it): it must neither end
// this thread, whose next file would then fail, nor be reported as the caller's.
process.on('unhandledRejection', () => undefined);

// Anything a parser prints goes to stderr: it must not end up inside a report written to stdout. (Capturing the
// worker's stdout in the parent instead would keep the parent's process alive.)
process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;

/** What every file needs, loaded once; and the parser of a format, loaded on its first file. */
let engine: Promise<unknown> | null = null;
async function load(kind: ParserKind | null): Promise<void> {
  engine ??= loadRules().then(() => loadTemplates());
  await engine;
  if (kind === 'pdf') await (await import('../extract/pdf.js')).loadPdfjs();
  else if (kind === 'docx') await import('../extract/docx.js');
}

function kindOf(bytes: Uint8Array, path: string): ParserKind | null {
  try {
    const format = detectFormat(bytes, path);
    return format === 'pdf' || format === 'docx' || format === 'html' ? format : null;
  } catch {
    return null;
  }
}

async function handle(req: LintRequest): Promise<Exclude<LintReply, { started: true }>> {
  const bytes = new Uint8Array(req.bytes.buffer, req.bytes.byteOffset, req.bytes.byteLength);
  try {
    // Loading the engine and the parser is start-up, not the file's work: its time limit starts after it.
    await load(kindOf(bytes, req.path));
    parentPort!.postMessage({ id: req.id, started: true } satisfies LintReply);
    return { id: req.id, ok: true, result: await lintBuffer(bytes, req.path, req.options) };
  } catch (error) {
    // lintBuffer turns unreadable input into a result: what arrives here is a bug.
    const e = error instanceof Error ? error : new Error(String(error));
    return { id: req.id, ok: false, message: e.message, stack: e.stack ?? '' };
  }
}

parentPort!.on('message', (msg: LintRequest | WarmRequest) => {
  if ('warm' in msg) {
    // While the calling thread loads the rest of the CLI (bin/dpa-lint.js): best effort.
    void load(msg.warm).catch(() => undefined);
    return;
  }
  void handle(msg).then((reply) => parentPort!.postMessage(reply));
});
