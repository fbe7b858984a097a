// Files are linted in worker threads (one, or --jobs of them for a large batch), which need the compiled dist/ (npm test
// builds it first): these tests spawn bin/dpa-lint.js. The progress bar is tested in-process.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN, DRAFT, ROOT, run, workspace } from './helpers.js';

const built = existsSync(join(ROOT, 'dist/src/cli/main.js')) && existsSync(join(ROOT, 'dist/src/engine/lint-worker.js'));
if (!built) console.warn('pool tests skipped: dist/ is not built (run "npm run build")');

function cli(args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/dpa-lint.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** 30 DPAs: enough estimated work for the pool to be used. */
function batch(): string {
  const seed = (n: string) => readFileSync(join(ROOT, 'corpus/seeds', n), 'utf8');
  const sources = [seed('002_61eff82c15df988c.txt'), CLEAN, DRAFT, seed('004_918041a7c424c53a.txt'), seed('000_0dd348189ab538c3.txt'), seed('003_aa1192a22fa85dad.txt')];
  const files: Record<string, string> = {};
  for (let i = 0; i < 30; i++) files[`dpas/${String(i).padStart(2, '0')}.${i === 6 ? 'md' : 'txt'}`] = sources[i % sources.length]!;
  return workspace(files);
}

describe.skipIf(!built)('worker pool (--jobs)', () => {
  it('gives byte-identical JSON with --jobs 1 and --jobs 2, in input order', () => {
    const cwd = batch();
    const one = cli(['dpas', 'missing.txt', '--format', 'json', '--jobs', '1'], cwd, { DPA_LINT_DEBUG: 'pool' });
    const two = cli(['dpas', 'missing.txt', '--format', 'json', '--jobs', '2'], cwd, { DPA_LINT_DEBUG: 'pool' });
    expect(one.stderr).toContain('one worker thread');
    expect(two.stderr).toContain('worker pool of 2 threads');
    expect(two.code).toBe(2); // missing.txt
    expect(two.stdout).toBe(one.stdout);
    const paths = JSON.parse(two.stdout).files.map((f: { path: string }) => f.path);
    expect(paths).toHaveLength(31);
    expect(paths.slice(0, 8)).toEqual(['dpas/00.txt', 'dpas/01.txt', 'dpas/02.txt', 'dpas/03.txt', 'dpas/04.txt', 'dpas/05.txt', 'dpas/06.md', 'dpas/07.txt']);
    expect(paths.at(-1)).toBe('missing.txt');
  });

  it('uses one thread when the batch is too small for more to pay off', () => {
    const cwd = workspace({ 'a.txt': CLEAN, 'b.txt': CLEAN, 'c.txt': CLEAN, 'd.txt': CLEAN, 'e.txt': CLEAN });
    expect(cli(['.', '--jobs', '2'], cwd, { DPA_LINT_DEBUG: 'pool' }).stderr).toContain('5 to lint, one worker thread');
  });

  it('a warm cache gives the same output as a pooled cold run', () => {
    const cwd = batch();
    const cold = cli(['dpas', '--format', 'json', '--jobs', '2', '--cache'], cwd);
    const warm = cli(['dpas', '--format', 'json', '--jobs', '2', '--cache'], cwd, { DPA_LINT_DEBUG: 'pool' });
    expect(warm.stderr).toContain('0 to lint, one worker thread');
    expect(warm.stdout).toBe(cold.stdout);
  });

  it('prints one line and no stack trace for a usage error from the built binary', () => {
    const r = cli(['--format', 'nope', 'x.txt'], workspace());
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('progress bar', () => {
  it('is drawn on stderr only when stderr is a terminal and there are more than 5 files', async () => {
    const cwd = workspace(Object.fromEntries([1, 2, 3, 4, 5, 6].map((i) => [`d/${i}.txt`, CLEAN])));
    let stderr = '';
    const io = { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, cwd, stderrIsTTY: true };
    const { main } = await import('../../src/cli/main.js');
    expect(await main(['d', '--format', 'json'], io)).toBe(0);
    expect(stderr).toContain('6/6');
    expect(stderr.endsWith('\r\x1b[K')).toBe(true);
    const quiet = await run(['d', '--format', 'json'], { cwd });
    expect(quiet.stderr).toBe('');
  });
});
