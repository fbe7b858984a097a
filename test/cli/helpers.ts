import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { testTempDir } from '../helpers/temp.js';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const CLEAN = readFileSync(join(ROOT, 'fixtures/clean/clean-dpa.txt'), 'utf8');
/** The clean DPA with a draft mark: exactly one draft-marker finding (a warning by default). */
export const DRAFT = `UDKAST\n${CLEAN}`;

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process with captured output. */
export async function run(argv: string[], opts: { cwd: string; stdin?: string | Uint8Array; today?: string }): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: opts.stdin,
    cwd: opts.cwd,
    today: opts.today ?? '2026-06-01',
    isTTY: false,
    stderrIsTTY: false,
  });
  return { code, stdout, stderr };
}

/** A temp folder that is its own repository root (config discovery stops here), removed when the test ends. */
export function workspace(files: Record<string, string | Uint8Array> = {}): string {
  const dir = testTempDir('cli');
  mkdirSync(join(dir, '.git'));
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
  return dir;
}

export function copyInto(dir: string, src: string, rel: string): void {
  mkdirSync(dirname(join(dir, rel)), { recursive: true });
  copyFileSync(join(ROOT, src), join(dir, rel));
}
