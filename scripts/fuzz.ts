// npm run fuzz — the long mutation-fuzzing run (scripts/fuzz-lib.ts): by default 10,000 inputs from a fixed seed,
// linted on one worker thread per core with a per-input time limit and heap limit. The engine itself is given half the
// time limit and the same heap limit (its timeoutMs and maxHeapMb): an input it cannot finish must end as E_TIMEOUT or
// E_TOO_LARGE, so a hang here is the engine (or a report formatter) not keeping its limits. Prints the count of every
// outcome and each failure with the case that replays it; exits 1 when there was any failure.
//
//   node dist/scripts/fuzz.js [--runs 10000] [--seed 7] [--parallel N] [--timeout-ms 30000] [--max-heap-mb 1024]
//                             [--scale long|ci] [--out failures.json] [--replay '<case json>']
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { applyCase, caseArb, CI_SCALE, describeFailure, FAILURES, FuzzRunner, LONG_SCALE, loadSeeds, projectRoot, runCases, type FuzzCase } from './fuzz-lib.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

const here = dirname(fileURLToPath(import.meta.url));
const root = projectRoot(here);
const runs = Number(arg('runs', '10000'));
const seed = Number(arg('seed', '7'));
const parallel = Number(arg('parallel', String(availableParallelism())));
const timeoutMs = Number(arg('timeout-ms', '30000'));
const maxHeapMb = Number(arg('max-heap-mb', '1024'));
const scale = arg('scale', 'long') === 'ci' ? CI_SCALE : LONG_SCALE;
const out = arg('out', '');
const replay = arg('replay', '');
const workerFile = join(here, 'fuzz-worker.js');

const seeds = loadSeeds(root);

if (replay) {
  // Replay one case, e.g. from a failure report: prints its outcome and detail.
  const c = JSON.parse(replay) as FuzzCase;
  const runner = new FuzzRunner({ workerFile, timeoutMs, maxHeapMb });
  const input = applyCase(seeds, c);
  const result = await runner.run(input);
  await runner.close();
  console.log(`${input.path} (${input.bytes.length} bytes): ${result.outcome} in ${result.ms.toFixed(0)} ms\n${result.detail ?? ''}`);
  process.exit(FAILURES.has(result.outcome) ? 1 : 0);
}

console.log(`dpa-lint fuzz: ${runs} inputs from ${seeds.length} seeds, fast-check seed ${seed}, ${parallel} worker(s), ${timeoutMs} ms per input, heap limit ${maxHeapMb} MB`);
const cases = fc.sample(caseArb(seeds, scale), { seed, numRuns: runs });
const every = Math.max(1, Math.round(runs / 20));
const summary = await runCases(seeds, cases, {
  workerFile,
  timeoutMs,
  maxHeapMb,
  parallel,
  onProgress(done, s) {
    if (done % every === 0) {
      const bad = s.failures.length;
      console.log(`  ${done}/${runs}  ${((performance.now() / 1000) | 0)} s  failures: ${bad}`);
    }
  },
});

const lines = [
  '',
  `inputs: ${summary.total} in ${(summary.totalMs / 1000).toFixed(0)} s (${(summary.totalMs / summary.total).toFixed(0)} ms per input per worker ÷ ${parallel})`,
  'outcomes:',
  ...Object.entries(summary.counts)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `  ${k.padEnd(22)} ${String(v).padStart(6)}${FAILURES.has(k) ? '   ← failure' : ''}`),
  `peak worker heap after an input: ${summary.maxHeapMb} MB`,
  'slowest inputs that finished:',
  ...summary.slowest.map((s) => `  ${s.ms.toFixed(0)} ms, ${s.outcome}, ${s.size} bytes from ${s.seedName}: ${JSON.stringify(s.case)}`),
  `failures: ${summary.failures.length}`,
  ...summary.failures.slice(0, 50).map(describeFailure),
];
console.log(lines.join('\n'));
if (out) writeFileSync(out, JSON.stringify({ seed, runs, counts: summary.counts, failures: summary.failures }, null, 2) + '\n');
process.exit(summary.failures.length > 0 ? 1 : 0);
