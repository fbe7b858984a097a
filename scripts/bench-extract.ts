// Extraction benchmark (npm run bench): for each PDF and DOCX, the raw extraction alone (pdfjs getTextContent over
// every page, or mammoth's convertToHtml alone) against the whole lint of the same file in the same process, pages
// per second and peak memory; then one CLI call per document, start-up included. Each document is measured in a
// child process of its own, so one file's heap does not inflate the next one's peak RSS.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { lintFile } from '../src/engine/lint.js';
import { loadPdfjs, pdfjsParams } from '../src/extract/pdf.js';

const here = dirname(fileURLToPath(import.meta.url));
// Compiled to dist/scripts/: the project root is two levels up.
const root = join(here, '..', '..');
// Several warm-ups: the ratio is about one long-running process (a batch), where the JIT has warmed up.
const WARMUPS = 3;
const RUNS = 5;

interface Measure {
  file: string;
  pages: number | null;
  rawMs: number;
  lintMs: number;
  peakRssMb: number;
}

async function rawExtraction(path: string, bytes: Uint8Array): Promise<{ ms: number; pages: number | null }> {
  const start = performance.now();
  if (path.endsWith('.pdf')) {
    const pdfjs = await loadPdfjs();
    const doc = await pdfjs.getDocument(pdfjsParams(bytes) as Parameters<typeof pdfjs.getDocument>[0]).promise;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      await page.getTextContent();
      page.cleanup();
    }
    const pages = doc.numPages;
    await doc.destroy();
    return { ms: performance.now() - start, pages };
  }
  await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return { ms: performance.now() - start, pages: null };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Child mode: measure one file, print one JSON line. Warm-up runs load the modules and warm the JIT first. */
async function measureOne(path: string): Promise<void> {
  const bytes = new Uint8Array(readFileSync(path));
  for (let i = 0; i < WARMUPS; i++) {
    await rawExtraction(path, bytes);
    await lintFile(path);
  }
  const raw: number[] = [];
  const lint: number[] = [];
  let pages: number | null = null;
  for (let i = 0; i < RUNS; i++) {
    const r = await rawExtraction(path, bytes);
    raw.push(r.ms);
    pages = r.pages;
    const t = performance.now();
    await lintFile(path);
    lint.push(performance.now() - t);
  }
  const m: Measure = { file: path, pages, rawMs: mean(raw), lintMs: mean(lint), peakRssMb: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(JSON.stringify(m) + '\n');
}

function documents(): string[] {
  const out: string[] = [];
  for (const dir of [join(root, 'fixtures', 'pdf'), join(root, 'fixtures', 'docx'), join(root, '..', 'shared', 'corpus-real')]) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.pdf') || f.endsWith('.docx')) out.push(join(dir, f));
  }
  return out;
}

function cliSeconds(path: string): number {
  const start = performance.now();
  spawnSync(process.execPath, [join(root, 'bin', 'dpa-lint.js'), path, '--format', 'json'], { stdio: 'ignore' });
  return (performance.now() - start) / 1000;
}

function fmt(n: number, digits = 0): string {
  return n.toFixed(digits);
}

async function main(): Promise<void> {
  const one = process.argv.indexOf('--one');
  if (one >= 0) return measureOne(process.argv[one + 1]!);
  console.log(`\nExtraction benchmark (mean of ${RUNS} after ${WARMUPS} warm-ups, one child process per document; load average ${loadavg().map((n) => n.toFixed(2)).join(' ')})\n`);
  const rows: string[][] = [['document', 'pages', 'raw ms', 'lint ms', 'lint/raw', 'pages/s', 'peak RSS MB', 'CLI s']];
  let worstPdfRatio = 0;
  let slowestCli = 0;
  for (const path of documents()) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--one', path], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const line = child.stdout.trim().split('\n').pop() ?? '';
    if (child.status !== 0 || !line.startsWith('{')) {
      rows.push([basename(path), '-', '-', '-', '-', '-', '-', `failed: ${(child.stderr || '').trim().split('\n')[0] ?? ''}`]);
      continue;
    }
    const m = JSON.parse(line) as Measure;
    const ratio = m.lintMs / m.rawMs;
    const cli = cliSeconds(path);
    if (path.endsWith('.pdf')) worstPdfRatio = Math.max(worstPdfRatio, ratio);
    slowestCli = Math.max(slowestCli, m.pages !== null && m.pages <= 15 ? cli : 0);
    const pagesPerSecond = m.pages ? fmt(m.pages / (m.lintMs / 1000), 1) : '-';
    rows.push([basename(path), m.pages === null ? '-' : String(m.pages), fmt(m.rawMs), fmt(m.lintMs), fmt(ratio, 2), pagesPerSecond, fmt(m.peakRssMb), fmt(cli, 2)]);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
  console.log(`\nworst PDF lint/raw ratio: ${worstPdfRatio.toFixed(2)} (target ≤ 1.30); slowest CLI call for a PDF of ≤ 15 pages: ${slowestCli.toFixed(2)} s (target < 1 s)`);
}

main().catch((error: unknown) => {
  console.error(`bench-extract: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
