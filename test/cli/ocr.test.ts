// --ocr on the command line: a scanned PDF is read by tesseract when it is installed, and without it the user gets
// one line saying how to install it; without --ocr the scan stays E_NO_TEXT with advice that names the flag.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testTempDir } from '../helpers/temp.js';
import { ROOT } from './helpers.js';

const SCAN = join(ROOT, 'fixtures/bad/scanned-dpa-da.pdf');
const built = existsSync(join(ROOT, 'dist/src/cli/main.js'));
const hasTesseract = spawnSync('tesseract', ['--version'], { encoding: 'utf8' }).status === 0;

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/dpa-lint.js'), ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 240_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!built)('dpa-lint --ocr', () => {
  it('without --ocr: exit 2, E_NO_TEXT, and the advice names --ocr', () => {
    const r = cli([SCAN, '--format', 'json']);
    expect(r.code).toBe(2);
    const file = JSON.parse(r.stdout).files[0];
    expect(file.error.code).toBe('E_NO_TEXT');
    expect(file.error.message).toMatch(/OCR it first, or run with --ocr/);
  });

  it('with --ocr but no tesseract on the PATH: exit 2 and one line saying how to install it', () => {
    // An empty folder as the PATH (node itself is started by its absolute path).
    const r = cli([SCAN, '--ocr'], { PATH: testTempDir('nopath') });
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/scanned-dpa-da\.pdf.*tesseract.*not found.*apt-get install tesseract-ocr/s);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it.skipIf(!hasTesseract)('with --ocr and tesseract installed: the scan is linted, its findings on pages of the PDF', () => {
    const r = cli([SCAN, '--ocr', '--format', 'json']);
    expect(r.code).not.toBe(2);
    const file = JSON.parse(r.stdout).files[0];
    expect(file.error ?? null).toBeNull();
    expect(file.findings.length).toBeGreaterThan(0);
    expect(file.findings.some((f: { location: { page: number | null } }) => (f.location.page ?? 0) >= 1)).toBe(true);
  }, 240_000);
});

describe.skipIf(!built || !hasTesseract)('dpa-lint --ocr stopped at the time limit', () => {
  it('leaves no page images behind: the OCR scratch folder goes with the stopped worker', () => {
    // TMPDIR: the OCR folder is made in a folder of this test's own, so other runs cannot disturb the count.
    const tmp = testTempDir('ocr-timeout');
    const r = cli([SCAN, '--ocr', '--timeout', '1500', '--format', 'json'], { TMPDIR: tmp });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).files[0].error.code).toBe('E_TIMEOUT');
    expect(readdirSync(tmp).filter((f) => f.startsWith('dpa-lint-ocr-'))).toEqual([]);
  }, 120_000);
});
