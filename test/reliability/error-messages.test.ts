// Every error code as a user meets it on the terminal (the default stylish output of the CLI): the file is named, the
// message says what is wrong and what to do about it, on one line, without a stack trace; the run exits 2 and the
// other files of the batch are still linted and reported. Codes the CLI cannot reach (E_TIMEOUT, the PDF page limit)
// are checked through the API, where they surface.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { lintBuffer } from '../../src/engine/lint.js';
import { projectRoot, unzip, zip } from '../../scripts/fuzz-lib.js';
import { miniPdf, textLines } from '../extract/helpers/mini-pdf.js';

const root = projectRoot(import.meta.dirname);

/**
 * "What to do": an instruction the user can follow. Every message must carry one after saying what is wrong
 * (e.g. "PDF is password-protected: remove the password and try again").
 */
const ADVICE = /\b(remove|save|export|ocr|raise|check|download|re-?save|convert|split|try|ask|use|give|correct|fix|open|repair|re-?export|name|point)\b/i;
const STACK = /^\s+at .+\(?.*:\d+:\d+\)?$/m;

interface Case {
  code: string;
  /** Shown in the test name. */
  name: string;
  /** Path as given on the command line (relative to the project, or absolute in the temp folder). */
  path: string;
  /** What is wrong, in the user's terms. */
  what: RegExp;
}

// Created at load time so that the cases (and the test names) exist when vitest collects the tests.
const dir = mkdtempSync(join(tmpdir(), 'dpa-lint-errors-'));
const cases: Case[] = [];

async function cli(args: string[], stdin?: Uint8Array): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) }, cwd: root, stdin: stdin ?? new Uint8Array() });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** The error line printed under a file's header in stylish output, or null. */
function errorLineFor(stdout: string, path: string): string | null {
  const lines = stdout.split('\n');
  const k = lines.findIndex((l) => l.trim() === path);
  if (k < 0) return null;
  const next = lines[k + 1] ?? '';
  return /^\s+error\s+cannot lint:/.test(next) ? next.trim() : null;
}

function makeCases(): void {
  const tmp = (name: string, data: string | Uint8Array) => {
    const p = join(dir, name);
    writeFileSync(p, data);
    return p;
  };
  const fixture = (code: string, path: string, what: RegExp) => cases.push({ code, name: path, path, what });
  fixture('E_ENCRYPTED', 'fixtures/bad/encrypted.pdf', /password/i);
  fixture('E_ENCRYPTED', 'fixtures/bad/password-protected.docx', /password/i);
  fixture('E_NO_TEXT', 'fixtures/bad/image-only.pdf', /no text|scan|image/i);
  fixture('E_CORRUPT', 'fixtures/bad/truncated.pdf', /damaged|truncated|corrupt/i);
  fixture('E_CORRUPT', 'fixtures/bad/truncated.docx', /damaged|truncated|corrupt/i);
  fixture('E_EMPTY', 'fixtures/bad/empty.pdf', /empty/i);
  fixture('E_UNSUPPORTED', 'fixtures/bad/legacy.doc', /not supported/i);
  fixture('E_UNSUPPORTED', 'fixtures/bad/scan.png', /not supported/i);
  fixture('E_UNSUPPORTED', 'fixtures/bad/agreement.rtf', /not supported/i);
  cases.push(
    { code: 'E_EMPTY', name: 'a text file of blanks', path: tmp('blank.txt', '  \n\n\t\n'), what: /no text|empty/i },
    { code: 'E_NOT_FOUND', name: 'a missing file', path: join(dir, 'missing-dpa.pdf'), what: /no such file|not found|does not exist/i },
    // A path through a regular file (ENOTDIR): unreadable even as root, where permissions are no obstacle.
    { code: 'E_READ', name: 'an unreadable path', path: join(dir, 'blank.txt', 'dpa.txt'), what: /cannot read|not a directory/i },
  );
  // A DOCX whose XML would inflate to 101 MB (a zip bomb): refused on its declared size.
  const items = unzip(new Uint8Array(readFileSync(join(root, 'fixtures/docx/000-connectus.docx'))));
  const bomb = zip([...items, { name: 'word/bomb.xml', data: new Uint8Array(101 * 1024 * 1024).fill(0x20) }]);
  cases.push({ code: 'E_TOO_LARGE', name: 'a zip-bomb DOCX', path: tmp('bomb.docx', bomb), what: /zip bomb|expands|too large|above the limit/i });
  copyFileSync(join(root, 'corpus/seeds/002_61eff82c15df988c.txt'), join(dir, 'good-seed.txt'));
}
makeCases();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('unreadable files in one batch with a good DPA', () => {
  let run: { code: number; stdout: string; stderr: string };
  beforeAll(async () => {
    run = await cli([...cases.map((c) => c.path), join(dir, 'good-seed.txt'), '--no-color']);
  }, 60_000);

  it('exits 2, still reports the good file, and prints no stack trace', () => {
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(join(dir, 'good-seed.txt'));
    expect(run.stdout).toMatch(/annex-section-empty/);
    expect(run.stdout + run.stderr).not.toMatch(STACK);
    expect(run.stdout).toMatch(new RegExp(`${cases.length} files could not be linted`));
  });

  describe.each(cases)('$code: $name', (c) => {
    it('names the file and the code, on one line', () => {
      const line = errorLineFor(run.stdout, c.path);
      expect(line, `${c.path} not reported as an error:\n${run.stdout}`).not.toBeNull();
      expect(line).toContain(`(${c.code})`);
    });
    it('says what is wrong', () => {
      expect(errorLineFor(run.stdout, c.path) ?? '').toMatch(c.what);
    });
    it('says what to do', () => {
      const line = errorLineFor(run.stdout, c.path) ?? '';
      const message = line.replace(/^error\s+cannot lint:\s*/, '').replace(/\s*\(E_[A-Z_]+\)$/, '');
      expect(message, `${c.code} for ${c.name}: "${message}" gives the user nothing to do`).toMatch(ADVICE);
    });
  });
});

describe('size limits through the CLI', () => {
  it('E_TOO_LARGE for a file above --max-file-size: names the file and how to raise the limit', async () => {
    const r = await cli([join(dir, 'good-seed.txt'), '--max-file-size', '1kB', '--no-color']);
    expect(r.code).toBe(2);
    const line = errorLineFor(r.stdout, join(dir, 'good-seed.txt'))!;
    expect(line).toMatch(/above the limit.*\(E_TOO_LARGE\)/);
    expect(line).toMatch(/--max-file-size/);
  });

  it('E_TOO_LARGE on stdin above --max-file-size: says how to raise the limit too', async () => {
    const r = await cli(['-', '--max-file-size', '1kB', '--no-color'], new Uint8Array(readFileSync(join(dir, 'good-seed.txt'))));
    expect(r.code).toBe(2);
    const line = errorLineFor(r.stdout, '<stdin>')!;
    expect(line).toMatch(/\(E_TOO_LARGE\)/);
    expect(line, 'the stdin path gives the limit but not the flag that raises it').toMatch(/--max-file-size/);
  });

  it('E_EMPTY on empty stdin names <stdin>', async () => {
    const r = await cli(['-', '--no-color']);
    expect(r.code).toBe(2);
    expect(errorLineFor(r.stdout, '<stdin>')).toMatch(/empty.*\(E_EMPTY\)/);
  });
});

describe('codes reached through the API', () => {
  it('E_TOO_LARGE for too many PDF pages says what is wrong and what to do', async () => {
    const pdf = miniPdf([1, 2, 3].map((n) => ({ texts: textLines(56, 780, [`Side ${n}`]) })));
    const r = await lintBuffer(pdf, 'long.pdf', { maxPages: 2 });
    expect(r.error?.code).toBe('E_TOO_LARGE');
    expect(r.error?.message).toMatch(/3 pages.*limit of 2/);
    expect(r.error?.message, r.error?.message).toMatch(ADVICE);
  });

  it('E_TIMEOUT says what is wrong and what to do', async () => {
    const r = await lintBuffer(new Uint8Array(readFileSync(join(root, 'fixtures/pdf/000-connectus.pdf'))), 'slow.pdf', { timeoutMs: 1 });
    expect(r.error?.code).toBe('E_TIMEOUT');
    expect(r.error?.message).toMatch(/longer than/);
    expect(r.error?.message, r.error?.message).toMatch(ADVICE);
  });

  it('E_LANGUAGE (a notice, not an error): a Norwegian DPA is linted with a notice that clause checks were skipped', async () => {
    const text = 'Databehandleravtale\n\n1. Formål\n\nDatabehandleren skal behandle personopplysninger på vegne av den behandlingsansvarlige, og bare etter dokumenterte instrukser fra den behandlingsansvarlige. Avtalen gjelder så lenge databehandleren behandler personopplysninger.\n';
    const r = await lintBuffer(new TextEncoder().encode(text), 'avtale.txt');
    expect(r.error).toBeNull();
    const notice = r.findings.find((f) => f.ruleId === 'language-unsupported');
    expect(notice?.message).toMatch(/E_LANGUAGE.*Norwegian.*Danish and English/);
  });
});
