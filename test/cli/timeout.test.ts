// --timeout <ms>: the per-file time limit of the CLI. In-process (the .ts sources) for the option itself; through the
// built binary for what only the worker threads can do: stop a file stuck in synchronous code, alone and in the
// --jobs pool, while the rest of the batch is linted and reported.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyCase, loadSeeds } from '../../scripts/fuzz-lib.js';
import { DEFAULT_TIMEOUT_MS } from '../../src/engine/lint.js';
import { CLEAN, ROOT, run, workspace } from './helpers.js';

const built = existsSync(join(ROOT, 'dist/src/cli/main.js')) && existsSync(join(ROOT, 'dist/src/engine/lint-worker.js'));

function cli(args: string[], cwd: string, env: Record<string, string> = {}) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/dpa-lint.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - t0 };
}

/** A 15 kB DOCX (169,672 nested, malformed <w:hyperlink>) on which @xmldom runs for hours (found by the fuzzer). */
function nestedDocx(): Uint8Array {
  const seeds = loadSeeds(ROOT);
  const seed = seeds.findIndex((s) => s.name === 'fixtures/docx/table-subprocessors.docx');
  return applyCase(seeds, {
    seed,
    ext: '.docx',
    mutations: [
      { op: 'zip-deep-xml', element: 'w:hyperlink', depth: 169672 },
      { op: 'flip', bits: [{ at: 827232, bit: 5 }, { at: 252081, bit: 3 }] },
    ],
  }).bytes;
}

/** A short DPA: linted in well under a second even cold on a loaded machine, so the time limits below can be tight. */
const SHORT = 'Databehandleraftale\n\n1. Formål\n\n1.1. Databehandleren behandler personoplysninger på vegne af den dataansvarlige.\n';

interface JsonFile {
  path: string;
  error: { code: string; message: string } | null;
  findings: unknown[];
}

describe('--timeout (in-process)', () => {
  it('rejects a value that is not a whole number of milliseconds (exit 2, one line naming the option)', async () => {
    const cwd = workspace({ 'a.txt': CLEAN });
    for (const bad of ['abc', '-5', '1.5', '10s']) {
      const r = await run(['a.txt', '--timeout', bad], { cwd });
      expect(r.code, bad).toBe(2);
      expect(r.stderr.trim().split('\n'), bad).toHaveLength(1);
      expect(r.stderr, bad).toMatch(/--timeout/);
    }
  });

  it('gives up on a file that takes longer, with E_TIMEOUT and what to do (exit 2)', async () => {
    const cwd = workspace({ 'a.txt': CLEAN });
    const r = await run(['a.txt', '--timeout', '1', '--format', 'json'], { cwd });
    expect(r.code).toBe(2);
    const [file] = JSON.parse(r.stdout).files as JsonFile[];
    expect(file!.error).toEqual({ code: 'E_TIMEOUT', message: 'linting took longer than 1 ms: raise the limit (--timeout) or split the document' });
    expect(file!.findings).toEqual([]);
  });

  it('0 turns the limit off; a generous limit changes nothing', async () => {
    const cwd = workspace({ 'a.txt': CLEAN });
    const plain = await run(['a.txt', '--format', 'json'], { cwd });
    for (const ms of ['0', '600000']) {
      const r = await run(['a.txt', '--timeout', ms, '--format', 'json'], { cwd });
      expect(r.code, ms).toBe(0);
      expect(r.stdout, ms).toBe(plain.stdout);
    }
  });

  it('applies to `extract` too: the file keeps its row, with the error', async () => {
    const cwd = workspace({ 'a.txt': CLEAN });
    const r = await run(['extract', 'a.txt', '--timeout', '1'], { cwd });
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as { dpas: Array<{ error: string }>; files: Array<{ error: { code: string } | null }> };
    expect(out.dpas[0]!.error).toMatch(/^E_TIMEOUT: /);
    expect(out.files[0]!.error?.code).toBe('E_TIMEOUT');
    expect((await run(['extract', 'a.txt', '--timeout', 'x'], { cwd })).code).toBe(2);
  });

  it('is listed in --help with its default', async () => {
    const r = await run(['--help'], { cwd: workspace() });
    // commander wraps long descriptions: compare with the blanks collapsed.
    expect(r.stdout.replace(/\s+/g, ' ')).toContain(`--timeout <ms> give up on a file after this many milliseconds, with an error (default: ${DEFAULT_TIMEOUT_MS}; 0: no limit)`);
  });
});

describe.skipIf(!built)('--timeout (built binary, files linted in worker threads)', () => {
  it('stops a DOCX that hangs the XML parser; the other files of the batch are reported; one line, no stack trace', () => {
    const cwd = workspace({ 'a-nested.docx': nestedDocx(), 'b-short.txt': SHORT });
    const r = cli(['a-nested.docx', 'b-short.txt', '--timeout', '4000'], cwd);
    expect(r.signal, 'killed: the CLI hung').toBeNull();
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('a-nested.docx\n  error  cannot lint: linting took longer than 4000 ms: raise the limit (--timeout) or split the document (E_TIMEOUT)');
    expect(r.stdout).toContain('b-short.txt\n');
    expect(r.stdout).toMatch(/, 1 file could not be linted/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    // 4 s for the DOCX plus start-up and the text file; before, the run never ended.
    expect(r.ms).toBeLessThan(30_000);
  }, 60_000);

  it('does the same with --jobs (a pool of such threads)', () => {
    // Four files (two per thread) of PDF/DOCX size make the CLI use the pool; one-page ones keep it quick.
    const page = readFileSync(join(ROOT, 'fixtures/pdf/table-subprocessors.pdf'));
    const cwd = workspace({ 'dpas/nested.docx': nestedDocx(), 'dpas/a.pdf': page, 'dpas/b.pdf': page, 'dpas/c.pdf': page });
    // Generous for the first file of a cold pool thread on a loaded machine; the DOCX alone would run for hours.
    const r = cli(['dpas', '--jobs', '2', '--timeout', '5000', '--format', 'json'], cwd, { DPA_LINT_DEBUG: 'pool' });
    expect(r.signal, 'killed: the CLI hung').toBeNull();
    expect(r.stderr).toContain('4 to lint, worker pool of 2 threads');
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout) as { files: JsonFile[] };
    const byPath = Object.fromEntries(report.files.map((f) => [f.path, f]));
    expect(byPath['dpas/nested.docx']!.error?.code).toBe('E_TIMEOUT');
    for (const f of report.files.filter((x) => x.path !== 'dpas/nested.docx')) {
      expect(f.error, f.path).toBeNull();
      expect(f.findings.length, f.path).toBeGreaterThan(0);
    }
  }, 120_000);
});
