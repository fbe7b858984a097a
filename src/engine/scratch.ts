// Scratch folders of a lint worker (OCR page images of a contract) must not outlive it. A folder's own clean-up runs in
// a `finally`, which never runs when the calling thread terminates the worker at the time or heap limit; so the worker
// announces each folder to that thread, which removes what is still held when the worker exits.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';

export interface ScratchMessage {
  scratch: string;
  held: boolean;
}

/** Marks the lint worker (src/engine/isolate.ts): other threads (a test runner's) get no messages. */
export const LINT_WORKER_DATA = { dpaLintWorker: true } as const;

function announce(message: ScratchMessage): void {
  if (!isMainThread && (workerData as typeof LINT_WORKER_DATA | undefined)?.dpaLintWorker) parentPort?.postMessage(message);
}

export function holdScratch(dir: string): void {
  announce({ scratch: dir, held: true });
}

export function releaseScratch(dir: string): void {
  announce({ scratch: dir, held: false });
}

export function isScratchMessage(message: unknown): message is ScratchMessage {
  return typeof message === 'object' && message !== null && 'scratch' in message;
}
