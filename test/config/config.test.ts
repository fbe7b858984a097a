import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, ConfigLoader, presetRules } from '../../src/config/index.js';
import { matchesGlob } from '../../src/config/glob.js';
import type { Rule } from '../../src/engine/types.js';
import { schemaValidator } from '../helpers/schemas.js';

function rule(id: string, defaultSeverity: Rule['meta']['defaultSeverity'], recommended: boolean, schema: Record<string, unknown> = { type: 'object', additionalProperties: false }, defaultOptions = {}): Rule {
  return { meta: { id, description: id, defaultSeverity, category: 'values', schema, defaultOptions, docs: `docs/rules/${id}.md`, recommended }, check() {} };
}

const RULES: Rule[] = [
  rule('breach-notice-deadline', 'error', true, { type: 'object', additionalProperties: false, properties: { maxHours: { type: 'number', minimum: 1 } } }, { maxHours: 48 }),
  rule('draft-marker', 'warning', true),
  rule('extra-check', 'info', false),
];

let dir: string;
function write(rel: string, content: unknown): string {
  const p = join(dir, rel);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dpa-lint-config-'));
  mkdirSync(join(dir, '.git')); // repository root: discovery stops here
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('config discovery', () => {
  it('uses defaults when there is no config file up to the repository root', () => {
    write('a/b/x.txt', '');
    const c = new ConfigLoader(RULES, dir).resolveFor('a/b/x.txt');
    expect(c.configPath).toBeNull();
    expect(c.rules).toEqual({ 'breach-notice-deadline': ['error', { maxHours: 48 }], 'draft-marker': ['warning', {}], 'extra-check': ['info', {}] });
  });

  it('finds the nearest dpa-lint.config.json or .dpa-lintrc.json upward from the file', () => {
    write('dpa-lint.config.json', { rules: { 'draft-marker': 'off' } });
    write('vendors/.dpa-lintrc.json', { rules: { 'draft-marker': 'error' } });
    const loader = new ConfigLoader(RULES, dir);
    expect(loader.resolveFor('vendors/acme/x.pdf').configPath).toBe(join(dir, 'vendors/.dpa-lintrc.json'));
    expect(loader.resolveFor('vendors/acme/x.pdf').rules['draft-marker']).toEqual(['error', {}]);
    expect(loader.resolveFor('internal/y.pdf').rules['draft-marker']).toEqual(['off', {}]);
    expect(loader.resolveFor('<stdin>').configPath).toBe(join(dir, 'dpa-lint.config.json'));
  });

  it('does not look above a folder with .git', () => {
    write('dpa-lint.config.json', { rules: { 'draft-marker': 'off' } });
    mkdirSync(join(dir, 'sub/.git'), { recursive: true });
    expect(new ConfigLoader(RULES, dir).resolveFor('sub/x.txt').configPath).toBeNull();
  });

  it('--config replaces discovery', () => {
    write('dpa-lint.config.json', { rules: { 'draft-marker': 'off' } });
    write('ci/strict.json', { extends: 'dpa-lint:strict' });
    const c = new ConfigLoader(RULES, dir, 'ci/strict.json').resolveFor('x.txt');
    expect(c.rules['draft-marker']).toEqual(['error', {}]);
    expect(() => new ConfigLoader(RULES, dir, 'nope.json')).toThrow(/nope\.json: no such config file/);
  });
});

describe('extends, rules, overrides, ignorePatterns', () => {
  it('dpa-lint:recommended turns off rules that are not recommended; strict raises warnings to errors', () => {
    expect(presetRules('dpa-lint:recommended', RULES)).toEqual({ 'breach-notice-deadline': 'error', 'draft-marker': 'warning', 'extra-check': 'off' });
    expect(presetRules('dpa-lint:strict', RULES)).toEqual({ 'breach-notice-deadline': 'error', 'draft-marker': 'error', 'extra-check': 'info' });
  });

  it('applies presets, extended files, own rules, overrides by glob, then the command line', () => {
    write('shared/base.json', { extends: 'dpa-lint:recommended', rules: { 'breach-notice-deadline': ['error', { maxHours: 36 }] } });
    write('dpa-lint.config.json', {
      extends: ['./shared/base.json'],
      rules: { 'breach-notice-deadline': 'warning' },
      overrides: [{ files: 'vendors/**', rules: { 'breach-notice-deadline': ['error', { maxHours: 24 }], 'extra-check': 'warning' }, template: 'datatilsynet-2020-da' }],
    });
    const loader = new ConfigLoader(RULES, dir);
    const own = loader.resolveFor('internal/a.txt');
    // a bare severity keeps the options set before it
    expect(own.rules['breach-notice-deadline']).toEqual(['warning', { maxHours: 36 }]);
    expect(own.rules['extra-check']).toEqual(['off', {}]);
    expect(own.template).toBeNull();
    const vendor = loader.resolveFor('vendors/acme/dpa.pdf');
    expect(vendor.rules['breach-notice-deadline']).toEqual(['error', { maxHours: 24 }]);
    expect(vendor.rules['extra-check']).toEqual(['warning', {}]);
    expect(vendor.template).toBe('datatilsynet-2020-da');
    const cli = loader.resolveFor('vendors/acme/dpa.pdf', { rules: { 'breach-notice-deadline': 'off' }, template: 'other' });
    expect(cli.rules['breach-notice-deadline']).toEqual(['off', { maxHours: 24 }]);
    expect(cli.template).toBe('other');
  });

  it('overrides globs are relative to the config file folder', () => {
    write('legal/dpa-lint.config.json', { overrides: [{ files: ['vendors/*.pdf'], rules: { 'draft-marker': 'off' } }] });
    const loader = new ConfigLoader(RULES, dir);
    expect(loader.resolveFor('legal/vendors/a.pdf').rules['draft-marker']![0]).toBe('off');
    expect(loader.resolveFor('legal/vendors/sub/a.pdf').rules['draft-marker']![0]).toBe('warning');
    expect(loader.resolveFor('legal/vendors/a.docx').rules['draft-marker']![0]).toBe('warning');
  });

  it('ignorePatterns (config, relative to its folder) and --ignore-pattern (relative to cwd)', () => {
    write('dpa-lint.config.json', { ignorePatterns: ['drafts/', '*.tmp.txt'] });
    const loader = new ConfigLoader(RULES, dir);
    expect(loader.resolveFor('drafts/a/b.pdf').ignored).toBe(true);
    expect(loader.resolveFor('x/y.tmp.txt').ignored).toBe(true);
    expect(loader.resolveFor('x/y.txt').ignored).toBe(false);
    expect(loader.resolveFor('old/y.txt', { ignorePatterns: ['old/**'] }).ignored).toBe(true);
  });
});

describe('validation errors name the file and the key path', () => {
  const cases: Array<[string, unknown, RegExp]> = [
    ['unknown top-level key', { rulez: {} }, /dpa-lint\.config\.json: rulez: unknown key/],
    ['unknown key in an override', { overrides: [{ files: 'a/**', rulez: {} }] }, /overrides\[0\]\.rulez: unknown key/],
    ['unknown rule id', { rules: { 'no-such-rule': 'error' } }, /rules\.no-such-rule: unknown rule id/],
    ['unknown rule id in an override', { overrides: [{ files: 'a', rules: { 'no-such-rule': 'off' } }] }, /overrides\[0\]\.rules\.no-such-rule: unknown rule id/],
    ['bad severity', { rules: { 'draft-marker': 'warn' } }, /rules\.draft-marker/],
    ['unknown option', { rules: { 'breach-notice-deadline': ['error', { maxHourz: 24 }] } }, /rules\.breach-notice-deadline\.maxHourz/],
    ['bad option value', { rules: { 'breach-notice-deadline': ['error', { maxHours: 0 }] } }, /rules\.breach-notice-deadline\.maxHours: must be >= 1/],
    ['unknown preset', { extends: 'dpa-lint:everything' }, /unknown preset "dpa-lint:everything"/],
    ['override without files', { overrides: [{ rules: {} }] }, /overrides\[0\]: must have required property 'files'/],
  ];
  for (const [name, config, message] of cases) {
    it(name, () => {
      write('dpa-lint.config.json', config);
      const loader = new ConfigLoader(RULES, dir);
      expect(() => loader.resolveFor('x.txt')).toThrow(ConfigError);
      expect(() => loader.resolveFor('x.txt')).toThrow(message);
    });
  }
  it('invalid JSON and extends cycles', () => {
    write('dpa-lint.config.json', '{ "rules": ');
    expect(() => new ConfigLoader(RULES, dir).resolveFor('x.txt')).toThrow(/dpa-lint\.config\.json: invalid JSON/);
    write('dpa-lint.config.json', { extends: './b.json' });
    write('b.json', { extends: './dpa-lint.config.json' });
    expect(() => new ConfigLoader(RULES, dir).resolveFor('x.txt')).toThrow(/extends itself/);
  });
});

describe('schemas/config.schema.json', () => {
  const validate = schemaValidator('schemas/config.schema.json');
  it('accepts the documented shape and rejects unknown keys', () => {
    expect(
      validate({
        $schema: './node_modules/dpa-lint/schemas/config.schema.json',
        extends: ['dpa-lint:recommended'],
        rules: { 'breach-notice-deadline': ['error', { maxHours: 24 }], 'draft-marker': 'off' },
        template: 'datatilsynet-2020-da',
        overrides: [{ files: ['vendors/**'], rules: { 'clause-added': 'error' } }],
        ignorePatterns: ['drafts/**'],
      }),
    ).toEqual([]);
    expect(validate({ unknown: 1 }).length).toBeGreaterThan(0);
    expect(validate({ rules: { x: ['error', {}, 'extra'] } }).length).toBeGreaterThan(0);
  });
});

describe('glob matching', () => {
  it.each([
    ['vendors/a/b.pdf', 'vendors/**', true],
    ['vendors/b.pdf', 'vendors/*.pdf', true],
    ['vendors/a/b.pdf', 'vendors/*.pdf', false],
    ['deep/x/y.pdf', '*.pdf', true],
    ['deep/x/y.pdf', '/*.pdf', false],
    ['a.docx', '*.{pdf,docx}', true],
    ['a.txt', '*.{pdf,docx}', false],
    ['x/file[1].pdf', 'x/file\\[1\\].pdf', true],
    ['x/file1.pdf', 'x/file[12].pdf', true],
    ['a/b/c.md', '**/c.md', true],
    ['c.md', '**/c.md', true],
  ])('%s ~ %s → %s', (path, glob, expected) => {
    expect(matchesGlob(path, glob)).toBe(expected);
  });
});
