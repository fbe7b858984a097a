// A damaged PDF on which pdf.js rejects a promise of its own must not end a CLI batch with a stack trace.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyByteMutation } from '../../scripts/fuzz-lib.js';
import { testTempDir } from '../helpers/temp.js';
import { CLEAN, ROOT } from './helpers.js';

describe('CLI with a PDF whose cross-reference table is damaged', () => {
  it('reports both files of the batch, no stack trace', () => {
    const dir = testTempDir('xref');
    const seed = new Uint8Array(readFileSync(join(ROOT, 'fixtures/pdf/001-comasystem.pdf')));
    writeFileSync(join(dir, 'a-damaged.pdf'), applyByteMutation(seed, { op: 'encode', from: 947524, to: 672332, encoding: 'invalid-utf8' }));
    writeFileSync(join(dir, 'b-clean.txt'), CLEAN);
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/dpa-lint.js'), '--format', 'json', 'a-damaged.pdf', 'b-clean.txt'], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/^\s+at /m);
    const report = JSON.parse(r.stdout);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['a-damaged.pdf', 'b-clean.txt']);
  });
});
