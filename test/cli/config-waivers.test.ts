import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaValidator } from '../helpers/schemas.js';
import { CLEAN, DRAFT, run, workspace } from './helpers.js';

const json = (s: string) => JSON.parse(s) as { files: Array<{ path: string; findings: Array<{ ruleId: string; severity: string }>; suppressed: Array<{ suppression: Record<string, string> }> }> };

describe('config files through the CLI', () => {
  it('discovers the nearest config and applies overrides by glob', async () => {
    const cwd = workspace({
      'dpa-lint.config.json': JSON.stringify({ extends: 'dpa-lint:recommended', overrides: [{ files: 'vendors/**', rules: { 'draft-marker': 'error' } }] }),
      'vendors/acme/dpa.txt': DRAFT,
      'internal/dpa.txt': DRAFT,
      'legacy/.dpa-lintrc.json': JSON.stringify({ rules: { 'draft-marker': 'off' } }),
      'legacy/dpa.txt': DRAFT,
    });
    const r = await run(['vendors', 'internal', 'legacy', '--format', 'json'], { cwd });
    const files = json(r.stdout).files;
    expect(files.map((f) => [f.path, f.findings.map((x) => x.severity)])).toEqual([
      ['vendors/acme/dpa.txt', ['error']],
      ['internal/dpa.txt', ['warning']],
      ['legacy/dpa.txt', []],
    ]);
    expect(r.code).toBe(1);
  });

  it('dpa-lint:strict raises warnings to errors; --rule wins over the config', async () => {
    const cwd = workspace({ 'dpa-lint.config.json': JSON.stringify({ extends: 'dpa-lint:strict' }), 'draft.txt': DRAFT });
    expect((await run(['draft.txt'], { cwd })).code).toBe(1);
    expect((await run(['draft.txt', '--rule', 'draft-marker=warning'], { cwd })).code).toBe(0);
  });

  it('--config names the file; --print-config shows what applies to a file', async () => {
    const cwd = workspace({
      'ci/strict.json': JSON.stringify({ rules: { 'draft-marker': 'off' }, overrides: [{ files: 'vendors/*.txt', template: 'datatilsynet-2020-da' }] }),
      'draft.txt': DRAFT,
    });
    expect(json((await run(['draft.txt', '--config', 'ci/strict.json', '--format', 'json'], { cwd })).stdout).files[0]!.findings).toEqual([]);
    const r = await run(['--print-config', 'vendors/x.txt', '--config', 'ci/strict.json'], { cwd });
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout);
    expect(printed.configFile).toBe('ci/strict.json');
    expect(printed.template).toBe('datatilsynet-2020-da');
    expect(printed.rules['draft-marker']).toEqual(['off', {}]);
    expect(Object.keys(printed.rules)).toEqual(Object.keys(printed.rules).sort());
  });

  it('config errors exit 2 with the file and key path', async () => {
    const cases: Array<[unknown, RegExp]> = [
      [{ rulez: {} }, /^dpa-lint: dpa-lint\.config\.json: rulez: unknown key\n$/],
      [{ rules: { 'no-such-rule': 'error' } }, /dpa-lint\.config\.json: rules\.no-such-rule: unknown rule id/],
      [{ rules: { 'clause-missing': ['error', { bogus: true }] } }, /dpa-lint\.config\.json: rules\.clause-missing\.bogus/],
      [{ overrides: [{ files: 'x/**', rules: { 'draft-marker': 'loud' } }] }, /overrides\[0\]\.rules\.draft-marker/],
      [{ template: 'no-such-template' }, /unknown template "no-such-template"/],
    ];
    for (const [config, message] of cases) {
      const cwd = workspace({ 'dpa-lint.config.json': JSON.stringify(config), 'clean.txt': CLEAN });
      const r = await run(['clean.txt'], { cwd });
      expect(r.code, JSON.stringify(config)).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    }
  });

  it('ignorePatterns in the config skip files (with a notice for a file named explicitly)', async () => {
    const cwd = workspace({ 'dpa-lint.config.json': JSON.stringify({ ignorePatterns: ['drafts/'] }), 'drafts/a.txt': DRAFT, 'b.txt': CLEAN });
    const r = await run(['.', '--format', 'json'], { cwd });
    expect(json(r.stdout).files.map((f) => f.path)).toEqual(['b.txt']);
    const explicit = await run(['drafts/a.txt'], { cwd });
    expect(explicit.stderr).toContain('drafts/a.txt: ignored by an ignore pattern');
    expect(explicit.code).toBe(0);
  });
});

describe('waivers through the CLI', () => {
  const waiver = (extra: Record<string, unknown> = {}) =>
    JSON.stringify({ waivers: [{ file: 'draft.txt', ruleId: 'draft-marker', clause: null, reason: 'Vendor preview; signed copy archived', ...extra }] });

  it('a waived finding is suppressed in JSON and SARIF and not counted for the exit code', async () => {
    const cwd = workspace({ 'dpa-lint.waivers.json': waiver({ approvedBy: 'DPO' }), 'draft.txt': DRAFT });
    const r = await run(['draft.txt', '--format', 'json', '--rule', 'draft-marker=error'], { cwd });
    expect(r.code).toBe(0);
    const file = json(r.stdout).files[0]!;
    expect(file.findings).toEqual([]);
    expect(file.suppressed[0]!.suppression).toEqual({ kind: 'external', justification: 'Vendor preview; signed copy archived', approvedBy: 'DPO' });
    expect(schemaValidator('schemas/report.schema.json')(JSON.parse(r.stdout))).toEqual([]);
    const sarif = JSON.parse((await run(['draft.txt', '--format', 'sarif'], { cwd })).stdout);
    expect(sarif.runs[0].results[0].suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'Vendor preview; signed copy archived', properties: { approvedBy: 'DPO' } }]);
  });

  it('an expired waiver stops waiving and says so on stderr', async () => {
    const cwd = workspace({ 'dpa-lint.waivers.json': waiver({ expires: '2026-05-31' }), 'draft.txt': DRAFT });
    const r = await run(['draft.txt', '--rule', 'draft-marker=error'], { cwd, today: '2026-06-01' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('dpa-lint: dpa-lint.waivers.json: waiver 1 (file "draft.txt", rule draft-marker, clause none) expired on 2026-05-31: its findings count again\n');
    const stillValid = await run(['draft.txt', '--rule', 'draft-marker=error'], { cwd, today: '2026-05-31' });
    expect(stillValid.code).toBe(0);
    expect(stillValid.stderr).toBe('');
  });

  it('--report-unused-waivers names waivers that match nothing', async () => {
    const cwd = workspace({ 'dpa-lint.waivers.json': waiver(), 'draft.txt': CLEAN });
    expect((await run(['draft.txt'], { cwd })).stderr).toBe('');
    const r = await run(['draft.txt', '--report-unused-waivers'], { cwd });
    expect(r.stderr).toBe('dpa-lint: unused waiver: dpa-lint.waivers.json: waiver 1 (file "draft.txt", rule draft-marker, clause none) matches no finding\n');
    expect(r.code).toBe(0);
  });

  it('--waivers names another file; a missing or invalid one is exit 2', async () => {
    const cwd = workspace({ 'policy/w.json': waiver().replace('"draft.txt"', '"../draft.txt"'), 'draft.txt': DRAFT, 'bad.json': '{"waivers":[{"file":"x"}]}' });
    const r = await run(['draft.txt', '--waivers', 'policy/w.json', '--format', 'json'], { cwd });
    expect(json(r.stdout).files[0]!.suppressed).toHaveLength(1);
    expect((await run(['draft.txt', '--waivers', 'nope.json'], { cwd })).stderr).toMatch(/nope\.json: no such waivers file/);
    const bad = await run(['draft.txt', '--waivers', 'bad.json'], { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.json: waivers\[0\]: must have required property/);
  });

  it('--write-waivers records current findings so the next run is clean', async () => {
    const cwd = workspace({ 'draft.txt': DRAFT, 'b/draft2.txt': DRAFT });
    const first = await run(['draft.txt', 'b', '--write-waivers', '--rule', 'draft-marker=error'], { cwd });
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('wrote 2 new waivers to dpa-lint.waivers.json');
    const written = JSON.parse(readFileSync(join(cwd, 'dpa-lint.waivers.json'), 'utf8'));
    expect(schemaValidator('schemas/waivers.schema.json')(written)).toEqual([]);
    expect(written.waivers.map((w: { file: string }) => w.file)).toEqual(['draft.txt', 'b/draft2.txt']);
    const again = await run(['draft.txt', 'b', '--rule', 'draft-marker=error'], { cwd });
    expect(again.code).toBe(0);
    // A new finding still fails.
    writeFileSync(join(cwd, 'b/new.txt'), DRAFT);
    expect((await run(['draft.txt', 'b', '--rule', 'draft-marker=error'], { cwd })).code).toBe(1);
    // Writing again keeps the existing waivers and adds only the new one.
    const more = await run(['draft.txt', 'b', '--write-waivers'], { cwd });
    expect(more.stderr).toContain('wrote 1 new waiver to');
  });
});
