// Worker-thread entry for --jobs: lints one file with the built engine (dist/src/cli/worker.js).
import { lintFile, type LintSourceOptions } from '../engine/lint.js';
import type { FileResult } from '../model.js';

export interface WorkerTask {
  path: string;
  options: LintSourceOptions;
}

export default async function lintTask(task: WorkerTask): Promise<FileResult> {
  return lintFile(task.path, task.options);
}
