import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN, ROOT, run, workspace } from './helpers.js';

describe('dpa-lint extract', () => {
  it('writes one CSV row per sub-processor with the DPA it comes from', async () => {
    const dir = workspace({ 'vendors/klarsky.txt': CLEAN });
    const r = await run(['extract', 'vendors', '--format', 'csv'], { cwd: dir });
    expect(r.code).toBe(0);
    const [header, ...rows] = r.stdout.trim().split('\n');
    expect(header!.split(',').slice(0, 5)).toEqual(['dpa', 'processor', 'processor_cvr', 'subprocessor', 'registration']);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('vendors/klarsky.txt,Klarsky Systems ApS,41269308,Nordisk Driftscenter A/S,29853118');
  });
  it('writes one row per DPA with --table dpas, and keeps a row for an unreadable file (exit 2)', async () => {
    const dir = workspace({ 'a.txt': CLEAN, 'empty.txt': '' });
    const r = await run(['extract', 'a.txt', 'empty.txt', 'missing.txt', '--format', 'csv', '--table', 'dpas'], { cwd: dir });
    expect(r.code).toBe(2);
    const rows = r.stdout.trim().split('\n');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toMatch(/^a\.txt,datatilsynet-2020-da,Klarsky Systems ApS,41269308,.*,24,/);
    expect(rows[2]).toMatch(/^empty\.txt,.*E_EMPTY/);
    expect(rows[3]).toMatch(/^missing\.txt,.*E_NOT_FOUND/);
  });
  it('writes JSON to the file named with -o and nothing to stdout', async () => {
    const dir = workspace({ 'a.txt': CLEAN });
    const r = await run(['extract', 'a.txt', '-o', 'out/register.json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const json = JSON.parse(readFileSync(join(dir, 'out/register.json'), 'utf8'));
    expect(JSON.stringify(json)).toContain('Postkvik ApS');
  });
  it('is listed in --help', async () => {
    const r = await run(['--help'], { cwd: ROOT });
    expect(r.stdout).toContain('extract');
  });
});
