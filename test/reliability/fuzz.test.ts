// Mutation fuzzing, short bounded CI run (the long run is `npm run fuzz`, scripts/fuzz.ts). fast-check mutates the
// seed texts and the fixture PDFs and DOCX (bit flips, truncation, insertions, shuffled/duplicated/removed/renamed zip
// entries, lying zip headers, huge lines, deep nesting, control characters, mixed encodings, BOMs, odd line ends,
// wrong file extensions); every input must end as a FileResult with findings, without findings, or with a known error
// code, and every report formatter must accept it. Inputs are linted by the built engine in a worker thread
// (dist/scripts/fuzz-worker.js) with a per-input time limit and a heap limit, so a hang or runaway memory is caught
// as such instead of stalling the suite.
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyCase,
  caseArb,
  CI_SCALE,
  describeFailure,
  FAILURES,
  FuzzRunner,
  loadSeeds,
  projectRoot,
  runCases,
  type FuzzCase,
  type FuzzSummary,
} from '../../scripts/fuzz-lib.js';

const root = projectRoot(import.meta.dirname);
const workerFile = join(root, 'dist', 'scripts', 'fuzz-worker.js');
const seeds = loadSeeds(root);
/** Generous for a 30-100 kB text on a loaded CI machine (they take 0.1-1 s); a quadratic pattern takes minutes. */
const TIMEOUT_MS = 5_000;
const RUNS = 40;
const SEED = 20_240_607;

describe('fuzz: mutated seeds, PDFs and DOCX (bounded CI run)', () => {
  let summary: FuzzSummary;

  beforeAll(async () => {
    // Texts are ~5x cheaper to lint than PDFs and DOCX: weight them up so the run stays short.
    const cases = fc.sample(caseArb(seeds, CI_SCALE, { text: 3, pdf: 1, docx: 1 }), { seed: SEED, numRuns: RUNS });
    summary = await runCases(seeds, cases, { workerFile, timeoutMs: TIMEOUT_MS, maxHeapMb: 512 });
  }, 300_000);

  it('uses every kind of seed', () => {
    expect(new Set(seeds.map((s) => s.kind))).toEqual(new Set(['text', 'pdf', 'docx']));
    expect(seeds.length).toBeGreaterThanOrEqual(15);
  });

  it(`lints ${RUNS} inputs with no crash, hang, unknown code, malformed result or formatter failure`, () => {
    expect(summary.total).toBe(RUNS);
    const report = summary.failures.map(describeFailure).join('\n\n');
    expect(summary.failures.length, `outcomes ${JSON.stringify(summary.counts)}\n${report}`).toBe(0);
  });

  it('reaches both findings and clean error codes (the mutations are neither all harmless nor all fatal)', () => {
    const codes = Object.keys(summary.counts).filter((k) => k.startsWith('error:'));
    expect(summary.counts.findings ?? 0).toBeGreaterThan(RUNS / 4);
    expect(codes.length, JSON.stringify(summary.counts)).toBeGreaterThanOrEqual(2);
  });

  it('keeps the worker heap bounded', () => {
    expect(summary.maxHeapMb).toBeLessThan(400);
  });
});

// Inputs the fuzzer found; each must lint within the time limit. Replay any of them with
// `node dist/scripts/fuzz.js --replay '<case>'`.
const REGRESSIONS: Array<{ name: string; seed: string; case: Omit<FuzzCase, 'seed'>; knownIssue?: boolean }> = [
  {
    // 19,733 × "..." (a 59 kB line of dots) inserted near the end of seed 003: art28-element-missing ran for minutes in
    // src/checklist/sentences.ts endsWithAbbreviation, /([\p{L}./]+)\.$/u, which is quadratic on a long run of
    // letters, dots or slashes.
    name: 'a 59 kB line of dots',
    seed: 'corpus/seeds/003_aa1192a22fa85dad.txt',
    case: { ext: '.txt', mutations: [{ op: 'text', at: 919504, kind: 'near-match', unit: '...', times: 19733 }] },
  },
  {
    // A 63 kB word ("xxxx…", e.g. a base64 image or a long token pasted into the contract): same pattern.
    name: 'a 63 kB word',
    seed: 'corpus/examples/example-dpa.txt',
    case: { ext: '.txt', mutations: [{ op: 'text', at: 570314, kind: 'huge-line', unit: 'x', times: 63217 }] },
  },
  {
    // A byte range of the PDF re-encoded with invalid UTF-8 sequences (a damaged cross-reference table): the file is
    // linted, but pdf.js rejects a promise nobody handles ("XRefEntryException: Bad (uncompressed) XRef entry"). In
    // the CLI, Node then exits with code 1 and a stack trace, and the other files of the batch are never reported.
    name: 'a PDF with a damaged xref entry',
    // Fixed by linting in a worker thread of the engine's own (src/engine/isolate.ts), which absorbs pdf.js's
    // rejections: the library API no longer lets them through (before, only bin/dpa-lint.js ignored them).
    seed: 'fixtures/pdf/001-comasystem.pdf',
    case: { ext: '.pdf', mutations: [{ op: 'encode', from: 947524, to: 672332, encoding: 'invalid-utf8' }] },
  },
  {
    // A 15 kB DOCX: 169,672 nested <w:hyperlink> in one paragraph, and two flipped bits that make the XML malformed.
    // @xmldom/xmldom (through mammoth) then spends its time in _insertBefore, quadratic in the nesting depth: the CLI
    // runs for hours at 100 % CPU, and no timer (the DOCX deadline) can interrupt it.
    name: 'a 15 kB DOCX with deeply nested, malformed XML',
    // Fixed by linting in a worker thread that is terminated at the per-file limit (here half the runner's 5 s): the
    // result is E_TIMEOUT.
    seed: 'fixtures/docx/table-subprocessors.docx',
    case: {
      ext: '.docx',
      mutations: [
        { op: 'zip-deep-xml', element: 'w:hyperlink', depth: 169672 },
        { op: 'flip', bits: [{ at: 827232, bit: 5 }, { at: 252081, bit: 3 }] },
      ],
    },
  },
  {
    // 962,212 × "[" in a Markdown file: src/extract/text.ts matchLink looks for the closing "]" from every "[".
    name: 'a Markdown line of 1 MB of "["',
    seed: 'corpus/seeds/003_aa1192a22fa85dad.txt',
    case: { ext: '.md', mutations: [{ op: 'text', at: 440512, kind: 'huge-line', unit: '[', times: 962212 }] },
  },
  // Found by the long run of `npm run fuzz` (10,000 inputs, seed 7) once PDF and DOCX were isolated: text files,
  // still linted in-process then, where no check between stages could stop one slow stage. Every file is now linted in
  // a worker thread that is terminated at the limit (E_TIMEOUT) or runs out of heap (E_TOO_LARGE).
  {
    // 1.8 MB of "FORHÅNDSVISNING " (a draft watermark) in one paragraph: the draft-marker rule alone ran 32 s.
    name: 'a 1.9 MB run of a draft watermark',
    seed: 'fixtures/clean/clean-dpa-nested.txt',
    case: {
      ext: '.txt',
      mutations: [
        { op: 'delete', at: 110975, length: 4162 },
        { op: 'text', at: 223752, kind: 'near-match', unit: 'FORHÅNDSVISNING ', times: 112955 },
      ],
    },
  },
  {
    // 326,867 lines "Bilag " (2.3 MB) after a Latin-1 stretch: segmenting took 42 s.
    name: 'a 2.3 MB run of "Bilag" lines',
    seed: 'fixtures/clean/clean-dpa-nested.txt',
    case: {
      ext: '.txt',
      mutations: [
        { op: 'encode', from: 257636, to: 62781, encoding: 'latin1' },
        { op: 'text', at: 864885, kind: 'near-match', unit: '\nBilag ', times: 326867 },
      ],
    },
  },
  {
    // 207,891 lines "A.3. " (1.3 MB): the numbering rule reported each one, a 55 MB JSON report; parsing the reports
    // crashed the fuzzer itself (heap exhausted in a way no worker limit catches). Findings per rule are now capped
    // (src/engine/lint.ts MAX_FINDINGS_PER_RULE).
    name: 'a 1.3 MB run of "A.3." headings',
    seed: 'corpus/seeds/002_61eff82c15df988c.txt',
    case: {
      ext: '.txt',
      mutations: [
        { op: 'insert', at: 782146, data: [10, 187, 107, 106, 187, 244] },
        { op: 'duplicate', at: 222462, length: 3249, times: 15 },
        { op: 'delete', at: 656893, length: 935 },
        { op: 'text', at: 886628, kind: 'near-match', unit: '\nA.3. ', times: 207891 },
      ],
    },
  },
  {
    // 339,148 lines "A.3. " (2.5 MB) and a UTF-16BE stretch: the fuzz worker ran out of its 1 GB heap after 23 s.
    name: 'a 2.5 MB run of "A.3." headings',
    seed: 'fixtures/clean/clean-dpa-nested.txt',
    case: {
      ext: '.txt',
      mutations: [
        { op: 'text', at: 313762, kind: 'near-match', unit: '\nA.3. ', times: 339148 },
        { op: 'encode', from: 525428, to: 727916, encoding: 'utf16be' },
      ],
    },
  },
  {
    // 204,989 lines "A.3. " (0.7 MB): linted in ~7 s, with 205,000 added clauses in the result. The HTML formatter then
    // took ~90 s: its clause summary copied the list of ids for every clause, quadratic; now appended in place.
    name: 'a 0.7 MB run of "A.3." headings, formatted as HTML',
    seed: 'corpus/seeds/004_918041a7c424c53a.txt',
    case: {
      ext: '.txt',
      mutations: [
        { op: 'text', at: 532493, kind: 'near-match', unit: '\nA.3. ', times: 204989 },
        { op: 'truncate', at: 541078 },
      ],
    },
  },
  {
    // A 2 MB file of one line (NEL line ends, 87,338 nested "<table><tr><td>"): clause-modified quoted the whole line
    // as evidence of 60 findings, so the JSON report was 127 MB and the HTML one 269 MB (17 s). Evidence is now
    // capped (src/engine/lint.ts MAX_EVIDENCE_CHARS).
    name: 'a 2 MB one-line file with 87,338 nested tables',
    seed: 'corpus/seeds/003_aa1192a22fa85dad.txt',
    case: {
      ext: '.txt',
      mutations: [
        { op: 'truncate', at: 599970 },
        { op: 'eol', style: 'nel' },
        { op: 'flip', bits: [{ at: 821150, bit: 1 }, { at: 994043, bit: 6 }] },
        { op: 'text', at: 267378, kind: 'nesting', unit: '<table><tr><td>', times: 87338 },
      ],
    },
  },
];

describe('fuzz: inputs found by the fuzzer', () => {
  let runner: FuzzRunner;
  beforeAll(() => {
    runner = new FuzzRunner({ workerFile, timeoutMs: TIMEOUT_MS, maxHeapMb: 512 });
  });
  afterAll(() => runner.close());

  for (const r of REGRESSIONS) {
    (r.knownIssue ? it.skip : it)(`${r.name}: a clean result within ${TIMEOUT_MS / 1000} s, no crash, no stray rejection`, async () => {
      const seed = seeds.findIndex((s) => s.name === r.seed);
      expect(seed, r.seed).toBeGreaterThanOrEqual(0);
      const seedName = r.seed;
      const input = applyCase(seeds, { ...r.case, seed });
      const result = await runner.run(input);
      // A rejection can surface a moment after the result: wait, and count it against this input.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const late = runner.takeLate();
      if (late !== null) Object.assign(result, { outcome: 'unhandled-rejection', detail: late });
      expect(FAILURES.has(result.outcome), `${result.outcome} on ${input.bytes.length} bytes from ${seedName}: ${result.detail ?? ''}`).toBe(false);
    }, 30_000);
  }
});
