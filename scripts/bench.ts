// npm run bench: throughput of the CLI on 200 DPAs (the seeds and fixtures copied under different names) with
// --jobs 1 and --jobs 2, a warm --cache run, the in-process time to lint each seed (mean of 5 runs), the latency of
// one CLI call on a 15-page PDF and what linting it in a worker thread costs there, and stress documents (tens of
// thousands of clauses, a 1.2 MB paragraph) against timing goals.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { lintFile, lintText } from '../src/engine/lint.js';
import { packageRoot } from '../src/config/package.js';
import { manyClausesDpa, oneParagraphDpa } from './synthetic.js';

const root = packageRoot();
const BATCH = Number(process.env.BENCH_FILES ?? 200);

function listFiles(dir: string, exts: string[]): string[] {
  let out: string[] = [];
  let entries: string[] = [];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return out;
  }
  for (const name of entries) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = out.concat(listFiles(p, exts));
    else if (exts.includes(extname(name).toLowerCase())) out.push(p);
  }
  return out;
}

let cliRoot = root;

/** Run the CLI from a private copy of the built package, so a rebuild in the work tree during the benchmark
 * (another terminal running tsc) can neither mix code versions nor invalidate the cache between runs. */
function snapshotPackage(dir: string): string {
  const snap = join(dir, 'pkg');
  for (const sub of ['dist', 'bin', 'package.json', 'corpus/templates']) cpSync(join(root, sub), join(snap, sub), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(snap, 'node_modules'), 'dir');
  return snap;
}

function runCli(args: string[]): { seconds: number; status: number | null; stderr: string } {
  const start = performance.now();
  const r = spawnSync(process.execPath, [join(cliRoot, 'bin', 'dpa-lint.js'), ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  return { seconds: (performance.now() - start) / 1000, status: r.status, stderr: r.stderr };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/**
 * One file linted by a fresh process through the library, in a worker thread and in-process, alternated so both see
 * the same load: the median wall time of each, which is what the isolation costs a single CLI call.
 */
function isolationOverhead(file: string, runs: number): { isolated: number; inProcess: number } {
  const lint = JSON.stringify(pathToFileURL(join(cliRoot, 'dist/src/engine/lint.js')).href);
  const times: Record<'isolated' | 'inProcess', number[]> = { isolated: [], inProcess: [] };
  for (let i = 0; i < runs; i++) {
    for (const mode of ['isolated', 'inProcess'] as const) {
      const code = `const { lintFile } = await import(${lint}); const r = await lintFile(process.argv[1], { isolate: ${mode === 'isolated'} }); if (r.error) process.exit(3);`;
      const start = performance.now();
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', code, file], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`lint of ${file} failed: ${r.stderr}`);
      times[mode].push((performance.now() - start) / 1000);
    }
  }
  return { isolated: median(times.isolated), inProcess: median(times.inProcess) };
}

function goal(label: string, seconds: number, limit: number): string[] {
  return [label, fmt(seconds), `< ${fmt(limit, 0)}`, seconds < limit ? 'yes' : 'NO'];
}

function fmt(n: number, digits = 2): string {
  return n.toFixed(digits);
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r, j) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ') + (j === 0 ? '\n' + widths.map((w) => '-'.repeat(w)).join('  ') : '')).join('\n');
}

async function main(): Promise<void> {
  const seeds = listFiles(join(root, 'corpus', 'seeds'), ['.txt']);
  // fixtures/bad holds unreadable inputs (error tests), not DPAs.
  const fixtures = listFiles(join(root, 'fixtures'), ['.txt', '.pdf', '.docx']).filter((f) => !f.includes('/fixtures/bad/'));
  const sources = [...seeds, ...fixtures];
  if (sources.length === 0) throw new Error('no seeds or fixtures found');
  const dir = mkdtempSync(join(tmpdir(), 'dpa-lint-bench-'));
  const files = join(dir, 'dpas');
  const cache = join(dir, 'cache');
  try {
    cliRoot = snapshotPackage(dir);
    mkdirSync(files, { recursive: true });
    for (let i = 0; i < BATCH; i++) {
      const src = sources[i % sources.length]!;
      copyFileSync(src, join(files, `${String(i).padStart(3, '0')}-${basename(src)}`));
    }
    console.log(`dpa-lint benchmark: ${BATCH} files (${sources.length} distinct: ${seeds.length} seeds + ${sources.length - seeds.length} fixtures), Node ${process.version}`);
    // Wall-clock figures on a shared machine mean little without the load they were measured under.
    console.log(`${availableParallelism()} cores, load average before: ${loadavg().map((n) => n.toFixed(2)).join(' ')}\n`);

    const rows: string[][] = [['run', 'seconds', 'files/s', 'speed-up']];
    const j1 = runCli([files, '--format', 'json', '-o', join(dir, 'j1.json'), '--jobs', '1']);
    const j2 = runCli([files, '--format', 'json', '-o', join(dir, 'j2.json'), '--jobs', '2']);
    for (const r of [j1, j2]) if (r.status === 2 || r.status === null) throw new Error(`dpa-lint exited ${r.status}: ${r.stderr.trim() || 'a file could not be linted (see the JSON)'}`);
    rows.push(['--jobs 1', fmt(j1.seconds), fmt(BATCH / j1.seconds, 1), '1.00']);
    rows.push(['--jobs 2', fmt(j2.seconds), fmt(BATCH / j2.seconds, 1), fmt(j1.seconds / j2.seconds)]);
    const cold = runCli([files, '--format', 'json', '-o', join(dir, 'c1.json'), '--cache', '--cache-location', cache]);
    const warm = runCli([files, '--format', 'json', '-o', join(dir, 'c2.json'), '--cache', '--cache-location', cache]);
    rows.push(['--cache (cold, default jobs)', fmt(cold.seconds), fmt(BATCH / cold.seconds, 1), fmt(j1.seconds / cold.seconds)]);
    rows.push(['--cache (warm)', fmt(warm.seconds), fmt(BATCH / warm.seconds, 1), fmt(j1.seconds / warm.seconds)]);
    console.log(table(rows));
    console.log(`load average after: ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
    const same = spawnSync('cmp', ['-s', join(dir, 'j1.json'), join(dir, 'j2.json')]).status === 0;
    const sameCache = spawnSync('cmp', ['-s', join(dir, 'j1.json'), join(dir, 'c2.json')]).status === 0;
    console.log(`\nJSON identical for --jobs 1 and --jobs 2: ${same ? 'yes' : 'NO'}; warm cache identical to --jobs 1: ${sameCache ? 'yes' : 'NO'}`);

    console.log('\nIn-process time per seed (after one warm-up run, mean of 5):\n');
    const seedRows: string[][] = [['seed', 'ms', 'findings']];
    for (const seed of seeds) {
      const first = await lintFile(seed, { isolate: false });
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        await lintFile(seed, { isolate: false });
        times.push(performance.now() - t);
      }
      seedRows.push([basename(seed), fmt(times.reduce((a, b) => a + b, 0) / times.length, 1), String(first.findings.length)]);
    }
    console.log(table(seedRows));

    // Latency of one call: the goal is under a second for a 15-page PDF (on an idle machine; see the load average).
    const pdf = join(root, 'fixtures/pdf/001-comasystem.pdf');
    const calls: number[] = [];
    for (let i = 0; i < 7; i++) calls.push(runCli([pdf, '--format', 'json', '-o', join(dir, 'one.json')]).seconds);
    const overhead = isolationOverhead(pdf, 7);
    console.log(`\nOne CLI call on a 15-page PDF (median of 7): ${fmt(median(calls))} s`);
    console.log(
      `Linting it in a worker thread (library API, fresh process, median of 7): ${fmt(overhead.isolated)} s against ${fmt(overhead.inProcess)} s in-process: ` +
        `${Math.round((overhead.isolated - overhead.inProcess) * 1000)} ms`,
    );

    // Stress documents: the stages must stay near-linear (tests in test/align/ hold generous deadlines).
    const stress: Array<[string, () => Promise<unknown>, number]> = [
      ['DPA + 10,000 clauses', () => lintText(manyClausesDpa(root, 10_000), { path: 'big.txt', timeoutMs: 0, isolate: false }), 5],
      ['DPA + 33,600 clauses', () => lintText(manyClausesDpa(root, 33_600), { path: 'big.txt', timeoutMs: 0, isolate: false }), 15],
      ['DPA in one 1.2 MB paragraph', () => lintText(oneParagraphDpa(root, 1.2 * 1024 * 1024), { path: 'one.txt', timeoutMs: 0, isolate: false }), 5],
    ];
    const goalRows: string[][] = [['document', 'seconds', 'goal', 'met'], goal('one CLI call, 15-page PDF', median(calls), 1)];
    for (const [label, run, limit] of stress) {
      const start = performance.now();
      await run();
      goalRows.push(goal(label, (performance.now() - start) / 1000, limit));
    }
    console.log('\nTiming goals:\n');
    console.log(table(goalRows));
    console.log(`load average after: ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
