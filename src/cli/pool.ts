// A tinypool of worker threads for --jobs. Workers need compiled JavaScript, so the pool is only available when
// running from dist/ (not under vitest, which runs the .ts sources in-process).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Tinypool } from 'tinypool';
import type { FileResult } from '../model.js';
import type { WorkerTask } from './worker.js';

const workerUrl = new URL('./worker.js', import.meta.url);

export function poolAvailable(): boolean {
  return import.meta.url.endsWith('.js') && existsSync(fileURLToPath(workerUrl));
}

export class LintPool {
  private readonly pool: Tinypool;

  constructor(threads: number) {
    this.pool = new Tinypool({ filename: workerUrl.href, minThreads: threads, maxThreads: threads, isolateWorkers: false });
  }

  run(task: WorkerTask): Promise<FileResult> {
    return this.pool.run(task) as Promise<FileResult>;
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}
