// Run a snippet of ES module code against the built engine in a fresh Node process, with a hard time limit (a hang
// in the engine must fail the test, not stall the suite). The snippet prints JSON lines; the last one is returned.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface ChildResult {
  json: Record<string, unknown> | null;
  /** Every JSON line printed, in order (partial progress when the process was killed). */
  lines: Array<Record<string, unknown>>;
  status: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  ms: number;
}

/** file: URL of a built module, for `await import(...)` inside a snippet. */
export function distUrl(root: string, rel: string): string {
  return pathToFileURL(join(root, 'dist', rel)).href;
}

export function runNodeSnippet(code: string, args: string[], timeoutMs: number, nodeArgs: string[] = []): ChildResult {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [...nodeArgs, '--input-type=module', '-e', code, ...args], {
    encoding: 'utf8',
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
  });
  const lines: Array<Record<string, unknown>> = [];
  for (const line of (r.stdout ?? '').split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      lines.push(JSON.parse(line) as Record<string, unknown>);
    } catch {
      // a partial line from a killed process
    }
  }
  return { json: lines[lines.length - 1] ?? null, lines, status: r.status, signal: r.signal, stderr: r.stderr ?? '', ms: performance.now() - t0 };
}
