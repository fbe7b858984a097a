import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseXml, sarifValidator, schemaValidator } from '../helpers/schemas.js';
import { CLEAN, DRAFT, run, workspace } from './helpers.js';

const validateReport = schemaValidator('schemas/report.schema.json');

describe('exit codes', () => {
  it('0 for a clean DPA, with a short confirmation', async () => {
    const cwd = workspace({ 'clean.txt': CLEAN });
    const r = await run(['clean.txt'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('✔ 1 file linted, no problems\n');
    expect(r.stderr).toBe('');
  });

  it('0 with warnings only; 1 when an error is reported', async () => {
    const cwd = workspace({ 'draft.txt': DRAFT });
    const warn = await run(['draft.txt'], { cwd });
    expect(warn.code).toBe(0);
    expect(warn.stdout).toMatch(/1:1\s+warning\s+.*draft-marker/);
    const err = await run(['draft.txt', '--rule', 'draft-marker=error'], { cwd });
    expect(err.code).toBe(1);
    expect(err.stdout).toMatch(/1:1\s+error\s+.*draft-marker/);
  });

  it('--max-warnings: 1 when warnings exceed it, 0 at or under it', async () => {
    const cwd = workspace({ 'draft.txt': DRAFT, 'draft2.txt': DRAFT });
    expect((await run(['draft.txt', 'draft2.txt', '--max-warnings', '2'], { cwd })).code).toBe(0);
    const over = await run(['draft.txt', 'draft2.txt', '--max-warnings', '1'], { cwd });
    expect(over.code).toBe(1);
    expect(over.stdout).toContain('too many warnings (maximum: 1)');
    expect((await run(['draft.txt', '--max-warnings', '-1'], { cwd })).code).toBe(2);
  });

  it('--quiet shows errors only but warnings still count for --max-warnings', async () => {
    const cwd = workspace({ 'draft.txt': DRAFT });
    const quiet = await run(['draft.txt', '--quiet', '--format', 'json'], { cwd });
    expect(JSON.parse(quiet.stdout).files[0].findings).toEqual([]);
    expect(quiet.code).toBe(0);
    expect((await run(['draft.txt', '--quiet', '--max-warnings', '0'], { cwd })).code).toBe(1);
  });

  it('2 for usage errors, with one line on stderr and no stack trace', async () => {
    const cwd = workspace({ 'clean.txt': CLEAN });
    for (const argv of [
      ['--bogus', 'clean.txt'],
      ['clean.txt', '--format', 'xml'],
      ['clean.txt', '--rule', 'no-such-rule=error'],
      ['clean.txt', '--rule', 'draft-marker=warn'],
      ['clean.txt', '--rule', 'draft-marker'],
      ['clean.txt', '--jobs', '0'],
      ['clean.txt', '--template', 'no-such-template'],
      ['clean.txt', '--max-file-size', 'big'],
      ['nothing-*.pdf'],
      ['clean.txt', '-o', 'clean.txt/report.json'],
      ['clean.txt', '--config', 'missing.json'],
      [],
    ]) {
      const r = await run(argv, { cwd });
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr, argv.join(' ')).toMatch(/^dpa-lint: [^\n]+\n$/);
      expect(r.stderr).not.toMatch(/\bat .*\.[jt]s:\d+/);
    }
  });

  it('2 when a file cannot be read; the other files are still linted and reported', async () => {
    const cwd = workspace({ 'draft.txt': DRAFT, 'clean.txt': CLEAN });
    const r = await run(['draft.txt', 'missing.pdf', 'clean.txt', '--format', 'json'], { cwd });
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout);
    expect(validateReport(report)).toEqual([]);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['draft.txt', 'missing.pdf', 'clean.txt']);
    expect(report.files[1].error).toEqual({ code: 'E_NOT_FOUND', message: 'no such file: check the path' });
    expect(report.files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['draft-marker']);
    expect(report.files[2].error).toBeNull();
  });

  it('2 for a file over --max-file-size, the others still reported', async () => {
    const cwd = workspace({ 'a.txt': CLEAN, 'b.txt': 'x' });
    const r = await run(['a.txt', 'b.txt', '--max-file-size', '1kB', '--format', 'json'], { cwd });
    expect(r.code).toBe(2);
    const files = JSON.parse(r.stdout).files;
    expect(files[0].error.code).toBe('E_TOO_LARGE');
    expect(files[1].error).toBeNull();
  });
});

describe('--rule', () => {
  it('turns a rule off or changes its severity', async () => {
    const cwd = workspace({ 'draft.txt': DRAFT });
    const off = JSON.parse((await run(['draft.txt', '--format', 'json', '--rule', 'draft-marker=off'], { cwd })).stdout);
    expect(off.files[0].findings).toEqual([]);
    const info = JSON.parse((await run(['draft.txt', '--format', 'json', '--rule', 'draft-marker=info'], { cwd })).stdout);
    expect(info.files[0].findings[0].severity).toBe('info');
  });
});

describe('inputs', () => {
  it('reads stdin for "-"', async () => {
    const cwd = workspace({ 'draft.txt': DRAFT });
    const r = await run(['-', '--format', 'json'], { cwd, stdin: DRAFT });
    const viaStdin = JSON.parse(r.stdout).files[0];
    expect(viaStdin.path).toBe('<stdin>');
    const viaFile = JSON.parse((await run(['draft.txt', '--format', 'json'], { cwd })).stdout).files[0];
    expect(viaStdin.findings).toEqual(viaFile.findings);
    expect(viaStdin.clauses).toEqual(viaFile.clauses);
  });

  it('recurses into folders for .pdf/.docx/.txt/.md/.markdown/.html, sorted, skipping node_modules', async () => {
    const cwd = workspace({
      'dpas/b.txt': CLEAN,
      'dpas/a/z.md': CLEAN,
      'dpas/a/y.markdown': CLEAN,
      'dpas/c.json': '{}',
      'dpas/notes.csv': 'x',
      'dpas/node_modules/x.txt': CLEAN,
      'dpas/A.TXT': CLEAN,
    });
    const r = await run(['dpas', '--format', 'json'], { cwd });
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(['dpas/A.TXT', 'dpas/a/y.markdown', 'dpas/a/z.md', 'dpas/b.txt']);
  });

  it('expands globs and drops duplicates', async () => {
    const cwd = workspace({ 'v/a.txt': CLEAN, 'v/sub/b.txt': CLEAN, 'v/c.md': CLEAN });
    const r = await run(['v/**/*.txt', 'v/a.txt', '--format', 'json'], { cwd });
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(['v/a.txt', 'v/sub/b.txt']);
  });

  it('--ignore-pattern skips files', async () => {
    const cwd = workspace({ 'v/a.txt': CLEAN, 'v/old/b.txt': CLEAN });
    const r = await run(['v', '--ignore-pattern', 'v/old/**', '--format', 'json'], { cwd });
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(['v/a.txt']);
  });
});

describe('output', () => {
  it('JSON validates against the schema and is byte-identical across runs', async () => {
    const cwd = workspace({ 'draft.txt': DRAFT, 'clean.txt': CLEAN, 'seed.txt': readFileSync(new URL('../../corpus/seeds/002_61eff82c15df988c.txt', import.meta.url)) });
    const a = await run(['seed.txt', 'draft.txt', 'clean.txt', '--format', 'json'], { cwd });
    const b = await run(['seed.txt', 'draft.txt', 'clean.txt', '--format', 'json'], { cwd });
    expect(a.stdout).toBe(b.stdout);
    expect(validateReport(JSON.parse(a.stdout))).toEqual([]);
    expect(a.stdout.endsWith('}\n')).toBe(true);
  });

  it('-o writes the report to a file (creating folders) and nothing to stdout', async () => {
    const cwd = workspace({ 'draft.txt': DRAFT });
    const r = await run(['draft.txt', '-f', 'sarif', '-o', 'out/report.sarif'], { cwd });
    expect(r.stdout).toBe('');
    const log = JSON.parse(readFileSync(join(cwd, 'out/report.sarif'), 'utf8'));
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('draft.txt');
  });

  it('every format renders a real run; SARIF, JSON and JUnit validate', async () => {
    const seed = readFileSync(new URL('../../corpus/seeds/001_e00652af3ed1b9bc.txt', import.meta.url));
    const cwd = workspace({ 'draft.txt': DRAFT, 'clean.txt': CLEAN, 'seed.txt': seed });
    const out: Record<string, string> = {};
    for (const format of ['stylish', 'json', 'sarif', 'junit', 'markdown', 'html']) {
      const r = await run(['draft.txt', 'clean.txt', 'seed.txt', 'gone.pdf', '--format', format], { cwd });
      expect(r.code, format).toBe(2);
      expect(r.stdout.length, format).toBeGreaterThan(20);
      expect(r.stderr, format).toBe('');
      out[format] = r.stdout;
    }
    expect(validateReport(JSON.parse(out.json!))).toEqual([]);
    const sarif = JSON.parse(out.sarif!);
    expect(sarifValidator()(sarif)).toEqual([]);
    expect(sarif.runs[0].results.length).toBe(JSON.parse(out.json!).files.reduce((n: number, f: { findings: unknown[] }) => n + f.findings.length, 0));
    expect(sarif.runs[0].tool.driver.rules.length).toBeGreaterThanOrEqual(10);
    const junit = parseXml(out.junit!);
    expect(junit.getElementsByTagName('testsuite').length).toBe(4);
  });

  it('colours stylish output only when asked or on a terminal', async () => {
    const cwd = workspace({ 'draft.txt': DRAFT });
    expect((await run(['draft.txt'], { cwd })).stdout).not.toContain('\x1b[');
    expect((await run(['draft.txt', '--color'], { cwd })).stdout).toContain('\x1b[');
    expect((await run(['draft.txt', '--no-color'], { cwd })).stdout).not.toContain('\x1b[');
  });
});

describe('help and rules', () => {
  it('--help shows usage and examples, exit 0', async () => {
    const r = await run(['--help'], { cwd: workspace() });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: dpa-lint');
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('--max-warnings');
  });

  it('dpa-lint rules lists every rule with severity, category, description and doc link', async () => {
    const r = await run(['rules'], { cwd: workspace() });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/draft-marker\s+warning\s+\w+/);
    expect(r.stdout).toContain('https://github.com/dpa-lint/dpa-lint/blob/main/docs/rules/draft-marker.md');
    const json = JSON.parse((await run(['rules', '--format', 'json'], { cwd: workspace() })).stdout);
    expect(json.find((x: { id: string }) => x.id === 'clause-missing')).toMatchObject({ severity: 'error', docs: expect.stringMatching(/clause-missing\.md$/) });
    const ids = json.map((x: { id: string }) => x.id);
    expect(ids).toEqual([...ids].sort());
  });
});

describe('cache', () => {
  it('a cache hit gives the same output, and a changed setting or file is not served stale', async () => {
    const cwd = workspace({ 'draft.txt': DRAFT, 'clean.txt': CLEAN });
    const args = ['draft.txt', 'clean.txt', '--format', 'json', '--cache'];
    const cold = await run(args, { cwd });
    const cacheDir = join(cwd, '.dpa-lint-cache');
    expect(existsSync(cacheDir)).toBe(true);
    const entries = readdirSync(cacheDir, { recursive: true }).filter((f) => String(f).endsWith('.json'));
    expect(entries).toHaveLength(2);
    const warm = await run(args, { cwd });
    expect(warm.stdout).toBe(cold.stdout);
    // Changed settings: a new key, not the old result.
    const off = await run([...args, '--rule', 'draft-marker=off'], { cwd });
    expect(JSON.parse(off.stdout).files[0].findings).toEqual([]);
    // Changed content under the same name.
    writeFileSync(join(cwd, 'draft.txt'), CLEAN);
    expect(JSON.parse((await run(args, { cwd })).stdout).files[0].findings).toEqual([]);
    // The same content under another name (here another format) is its own entry.
    writeFileSync(join(cwd, 'draft.md'), CLEAN);
    const copy = JSON.parse((await run(['draft.md', '--format', 'json', '--cache'], { cwd })).stdout).files[0];
    expect(copy.path).toBe('draft.md');
    expect(copy.format).toBe('markdown');
  });

  it('--cache-location chooses the folder', async () => {
    const cwd = workspace({ 'clean.txt': CLEAN });
    await run(['clean.txt', '--cache', '--cache-location', 'tmp/c'], { cwd });
    expect(existsSync(join(cwd, 'tmp/c'))).toBe(true);
    expect(existsSync(join(cwd, '.dpa-lint-cache'))).toBe(false);
  });
});
