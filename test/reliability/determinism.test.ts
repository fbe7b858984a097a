// Determinism: the built CLI gives byte-identical JSON and SARIF for the seeds and every fixture across separate
// runs, with --jobs 1 (one worker thread) and --jobs 2 (worker pool), and with and without --cache (cold and warm).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/fuzz-lib.js';

const root = projectRoot(import.meta.dirname);
const bin = join(root, 'bin', 'dpa-lint.js');
// Every text seed and fixture, two PDFs and two DOCX (a seed rendering and a small fixture of each): just enough work
// for the worker pool to start with --jobs 2, at a third of the cost of every rendering (no-network.test.ts lints them all).
const TARGETS = [
  'corpus/seeds',
  'corpus/examples',
  'fixtures/clean',
  'fixtures/bad',
  'fixtures/pdf/000-connectus.pdf',
  'fixtures/pdf/table-subprocessors.pdf',
  'fixtures/docx/001-comasystem.docx',
  'fixtures/docx/numbered-docxlib.docx',
];

let dir: string;
let cache: string;

function cli(args: string[]): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, [bin, ...TARGETS, ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 90_000,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, DPA_LINT_DEBUG: 'pool', NO_COLOR: '1' },
  });
  if (r.error) throw r.error;
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

function cacheFiles(): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else out.set(p, st.mtimeMs);
    }
  };
  walk(cache);
  return out;
}

const runs: Record<string, { stdout: string; stderr: string; status: number | null }> = {};
let cacheAfterCold: Map<string, number>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dpa-lint-determinism-'));
  cache = join(dir, 'cache');
  const withCache = ['--cache', '--cache-location', cache];
  runs.jsonJobs1 = cli(['--format', 'json', '--jobs', '1']);
  runs.jsonJobs2Cold = cli(['--format', 'json', '--jobs', '2', ...withCache]);
  cacheAfterCold = cacheFiles();
  runs.jsonJobs1Warm = cli(['--format', 'json', '--jobs', '1', ...withCache]);
  runs.sarifJobs2Warm = cli(['--format', 'sarif', '--jobs', '2', ...withCache]);
  runs.sarifJobs1 = cli(['--format', 'sarif', '--jobs', '1']);
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('determinism over the seeds and fixtures', () => {
  it('lints them (exit 2 for the unreadable bad fixtures) and the pool is really used with --jobs 2', () => {
    for (const [name, r] of Object.entries(runs)) expect(r.status, `${name}: ${r.stderr}`).toBe(2);
    const report = JSON.parse(runs.jsonJobs1!.stdout) as { files: Array<{ path: string; format: string | null }> };
    expect(report.files.length).toBeGreaterThanOrEqual(18);
    expect(report.files.some((f) => f.format === 'pdf') && report.files.some((f) => f.format === 'docx')).toBe(true);
    expect(runs.jsonJobs1!.stderr).toMatch(/one worker thread/);
    expect(runs.jsonJobs2Cold!.stderr).toMatch(/worker pool of 2 threads/);
  });

  it('JSON: --jobs 1 and --jobs 2 (two separate runs) are byte-identical', () => {
    expect(runs.jsonJobs2Cold!.stdout).toBe(runs.jsonJobs1!.stdout);
  });

  it('JSON: a warm --cache run is byte-identical to an uncached one, and serves every file from the cache', () => {
    expect(runs.jsonJobs1Warm!.stdout).toBe(runs.jsonJobs1!.stdout);
    // Nothing linted again: no cache entry was added or rewritten.
    expect(cacheFiles()).toEqual(cacheAfterCold);
    expect(cacheAfterCold.size).toBeGreaterThanOrEqual(10);
    expect(runs.jsonJobs1Warm!.stderr).toMatch(/0 to lint|one worker thread/);
  });

  it('SARIF: --jobs 2 from the cache and --jobs 1 uncached are byte-identical', () => {
    expect(runs.sarifJobs2Warm!.stdout).toBe(runs.sarifJobs1!.stdout);
    const sarif = JSON.parse(runs.sarifJobs1!.stdout) as { runs: Array<{ results: unknown[] }> };
    expect(sarif.runs[0]!.results.length).toBeGreaterThan(20);
  });
});
