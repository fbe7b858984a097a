// Isolated linting (src/engine/isolate.ts) through the library API of the built engine, each case in a fresh Node
// process with a hard time limit: every file is linted in a worker thread that is terminated at the per-file time limit
// and has a heap limit, so a stage stuck in synchronous code or exhausting memory ends as a clean error for that file,
// the other files are still linted, and pdf.js's stray promise rejections never reach the caller. (Under vitest the
// .ts sources lint in-process: workers need the compiled JavaScript.)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyCase, loadSeeds, projectRoot, unzip, zip, type FuzzCase, type ZipItem } from '../../scripts/fuzz-lib.js';
import { distUrl, runNodeSnippet } from './helpers/child.js';

const root = projectRoot(import.meta.dirname);
const lintUrl = JSON.stringify(distUrl(root, 'src/engine/lint.js'));
let dir: string;
const file = (name: string) => join(dir, name);

/** A fuzz case's bytes (scripts/fuzz-lib.ts), written to the temp folder. */
function fromCase(name: string, seedName: string, c: Omit<FuzzCase, 'seed'>): void {
  const seeds = loadSeeds(root);
  writeFileSync(file(name), applyCase(seeds, { ...c, seed: seeds.findIndex((s) => s.name === seedName) }).bytes);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dpa-lint-isolate-'));
  // 169,672 nested <w:hyperlink> and two flipped bits: @xmldom spends hours in synchronous code on it.
  fromCase('nested.docx', 'fixtures/docx/table-subprocessors.docx', {
    ext: '.docx',
    mutations: [
      { op: 'zip-deep-xml', element: 'w:hyperlink', depth: 169672 },
      { op: 'flip', bits: [{ at: 827232, bit: 5 }, { at: 252081, bit: 3 }] },
    ],
  });
  // A damaged cross-reference table: pdf.js rejects a promise of its own that nobody can handle.
  fromCase('xref.pdf', 'fixtures/pdf/001-comasystem.pdf', { ext: '.pdf', mutations: [{ op: 'encode', from: 947524, to: 672332, encoding: 'invalid-utf8' }] });
  // 4 MB of XML in 28 kB: mammoth needs ~300 MB of heap for it.
  const para = '<w:p><w:r><w:t>Databehandleren behandler personoplysninger efter instruks fra den dataansvarlige.</w:t></w:r></w:p>';
  const items = unzip(new Uint8Array(readFileSync(join(root, 'fixtures/docx/000-connectus.docx')))).map((e): ZipItem => {
    if (e.name !== 'word/document.xml') return e;
    const xml = new TextDecoder().decode(e.data);
    const i = xml.indexOf('</w:body>');
    return { ...e, data: new TextEncoder().encode(xml.slice(0, i) + para.repeat(Math.floor((4 * 1024 * 1024) / para.length)) + xml.slice(i)) };
  });
  writeFileSync(file('dense.docx'), zip(items));
  writeFileSync(file('clean.txt'), readFileSync(join(root, 'fixtures/clean/clean-dpa.txt')));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('isolated linting (built engine, library API)', () => {
  it('a DOCX that hangs the XML parser ends as E_TIMEOUT at the time limit; the next file is linted; the process exits', () => {
    const r = runNodeSnippet(
      `const { lintFiles } = await import(${lintUrl});
       const t0 = performance.now();
       const report = await lintFiles([process.argv[1], process.argv[2]], { timeoutMs: 2000 });
       console.log(JSON.stringify({ ms: Math.round(performance.now() - t0), files: report.files.map((f) => ({ code: f.error?.code ?? null, message: f.error?.message ?? null, findings: f.findings.length })) }));`,
      [file('nested.docx'), file('clean.txt')],
      30_000,
    );
    // Killed (signal) means a hang: before, this ran for hours. status 0 also shows the idle worker let the process exit.
    expect(r.signal, r.stderr).toBeNull();
    expect(r.status, r.stderr).toBe(0);
    const [nested, clean] = (r.json as { files: Array<{ code: string | null; message: string | null; findings: number }> }).files;
    expect(nested!.code).toBe('E_TIMEOUT');
    expect(nested!.message).toBe('linting took longer than 2000 ms: raise the limit (--timeout) or split the document');
    expect(clean!.code).toBeNull();
    expect(clean!.findings).toBeGreaterThanOrEqual(0);
    expect(r.json!.ms as number).toBeLessThan(15_000);
  }, 40_000);

  it("a PDF on which pdf.js rejects a promise of its own: linted, and the rejection never reaches the caller's process", () => {
    const r = runNodeSnippet(
      `const seen = [];
       process.on('unhandledRejection', (reason) => seen.push(String(reason?.name ?? reason)));
       const { lintFile } = await import(${lintUrl});
       const result = await lintFile(process.argv[1]);
       // The rejection comes a moment after the result, if at all.
       await new Promise((resolve) => setTimeout(resolve, 500));
       console.log(JSON.stringify({ error: result.error, findings: result.findings.length, rejections: seen }));`,
      [file('xref.pdf')],
      30_000,
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.json!.error).toBeNull();
    expect(r.json!.rejections).toEqual([]);
  }, 40_000);

  it('a DOCX that needs more memory than the worker may have: E_TOO_LARGE naming the limit; the next file is linted', () => {
    const r = runNodeSnippet(
      `const { lintFile } = await import(${lintUrl});
       const files = [await lintFile(process.argv[1], { maxHeapMb: 96 }), await lintFile(process.argv[2])];
       console.log(JSON.stringify({ files: files.map((f) => ({ code: f.error?.code ?? null, message: f.error?.message ?? null })) }));`,
      [file('dense.docx'), file('clean.txt')],
      60_000,
    );
    expect(r.signal, r.stderr).toBeNull();
    expect(r.status, r.stderr).toBe(0);
    const files = r.json!.files as Array<{ code: string | null; message: string | null }>;
    expect(files[0]).toEqual({ code: 'E_TOO_LARGE', message: 'linting needed more than 96 MB of memory: split the document' });
    expect(files[1]!.code).toBeNull();
  }, 70_000);

  it('gives the same results as in-process linting, also for files linted at once, and leaves the caller’s bytes intact', () => {
    const r = runNodeSnippet(
      `import { readFileSync } from 'node:fs';
       const { lintBuffer } = await import(${lintUrl});
       const files = process.argv.slice(1);
       const buffers = files.map((f) => new Uint8Array(readFileSync(f)));
       const copies = buffers.map((b) => b.slice());
       const inProcess = [];
       for (let i = 0; i < files.length; i++) inProcess.push(JSON.stringify(await lintBuffer(buffers[i], files[i], { isolate: false })));
       const isolated = await Promise.all(files.map((f, i) => lintBuffer(buffers[i], f)));
       console.log(JSON.stringify({
         same: isolated.map((r, i) => JSON.stringify(r) === inProcess[i]),
         errors: isolated.map((r) => r.error?.code ?? null),
         intact: buffers.map((b, i) => b.length === copies[i].length && b.every((x, k) => x === copies[i][k])),
       }));`,
      [join(root, 'fixtures/pdf/002-consile.pdf'), join(root, 'fixtures/docx/003-supbine.docx'), join(root, 'fixtures/pdf/table-subprocessors.pdf'), join(root, 'fixtures/bad/truncated.pdf')],
      60_000,
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.json).toEqual({ same: [true, true, true, true], errors: [null, null, null, 'E_CORRUPT'], intact: [true, true, true, true] });
  }, 70_000);

  it('closeIsolation stops the worker, which starts again for the next file', () => {
    const r = runNodeSnippet(
      `const api = await import(${JSON.stringify(distUrl(root, 'src/index.js'))});
       const { threadId } = await import('node:worker_threads');
       const first = await api.lintFile(process.argv[1]);
       await api.closeIsolation();
       const second = await api.lintFile(process.argv[1]);
       console.log(JSON.stringify({ same: JSON.stringify(first) === JSON.stringify(second), error: second.error, main: threadId }));`,
      [file('clean.txt')],
      30_000,
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.json).toEqual({ same: true, error: null, main: 0 });
  }, 40_000);

  it('a worker started ahead of use never keeps the process alive', () => {
    // bin/dpa-lint.js starts one before it knows whether there is anything to lint (a usage error, say).
    const r = runNodeSnippet(`(await import(${JSON.stringify(distUrl(root, 'src/engine/isolate.js'))})).warmIsolated('pdf');`, [], 20_000);
    expect(r.signal, 'killed: the idle worker kept the process alive').toBeNull();
    expect(r.status).toBe(0);
    expect(r.ms).toBeLessThan(10_000);
  }, 30_000);

  it('works when the caller was started as `node --input-type=module -e …` (the worker keeps only its loader flags)', () => {
    // runNodeSnippet starts every snippet that way; this case only checks the file went through a worker.
    const r = runNodeSnippet(
      `const { lintFile } = await import(${lintUrl});
       const { isolationAvailable } = await import(${JSON.stringify(distUrl(root, 'src/engine/isolate.js'))});
       const result = await lintFile(process.argv[1]);
       console.log(JSON.stringify({ isolated: isolationAvailable(), error: result.error }));`,
      [join(root, 'fixtures/pdf/table-subprocessors.pdf')],
      30_000,
    );
    expect(r.json, r.stderr).toEqual({ isolated: true, error: null });
  }, 40_000);
});
