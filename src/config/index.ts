// Configuration files: discovery (nearest dpa-lint.config.json / .dpa-lintrc.json upward from each file), presets,
// `extends`, `overrides` by glob and `ignorePatterns`. The nearest file wins; files are not merged up the tree
// (use `extends` to share settings), so what applies to a file is visible in one place (--print-config).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Rule, RuleSetting } from '../engine/types.js';
import { parseSetting, RuleConfigError, validateRuleOptions } from '../engine/settings.js';
import type { Severity } from '../model.js';
import { describeAjvErrors, schemaValidator } from './ajv.js';
import { matchesGlob } from './glob.js';

export const CONFIG_FILE_NAMES = ['dpa-lint.config.json', '.dpa-lintrc.json'];
export const PRESETS = ['dpa-lint:recommended', 'dpa-lint:strict'] as const;

/** A bad configuration file or setting (exit code 2). The message names the file and the key path. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export interface RawConfig {
  $schema?: string;
  extends?: string | string[];
  rules?: Record<string, RuleSetting>;
  template?: string;
  overrides?: Array<{ files: string | string[]; rules?: Record<string, RuleSetting>; template?: string }>;
  ignorePatterns?: string[];
}

/** One layer of settings in application order (presets and extended files first). */
interface Layer {
  source: string;
  dir: string;
  rules: Record<string, RuleSetting>;
  template?: string;
  overrides: NonNullable<RawConfig['overrides']>;
  ignorePatterns: string[];
}

export interface LoadedConfig {
  path: string;
  dir: string;
  layers: Layer[];
}

export type EffectiveSetting = [Severity | 'off', Record<string, unknown>];

export interface FileConfig {
  /** The config file that applies, or null (defaults). */
  configPath: string | null;
  /** Every known rule, sorted by id: [level, options with defaults filled in]. */
  rules: Record<string, EffectiveSetting>;
  template: string | null;
  ignored: boolean;
}

function toPosix(p: string): string {
  return p.split(sep).join('/');
}

export function presetRules(name: string, rules: Rule[]): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const rule of rules) {
    const { id, defaultSeverity, recommended } = rule.meta;
    if (name === 'dpa-lint:recommended') out[id] = recommended ? defaultSeverity : 'off';
    else out[id] = defaultSeverity === 'warning' ? 'error' : defaultSeverity;
  }
  return out;
}

/** Merge a rule setting over a previous one; a bare severity keeps the earlier options (as in ESLint). */
function mergeSetting(prev: EffectiveSetting, next: RuleSetting): EffectiveSetting {
  const { level, options } = parseSetting('', next);
  const hasOptions = Array.isArray(next) && next.length > 1;
  return [level, hasOptions ? options : prev[1]];
}

export class ConfigLoader {
  private readonly byDir = new Map<string, string | null>();
  private readonly loaded = new Map<string, LoadedConfig>();
  private readonly ruleById: Map<string, Rule>;

  /** @param explicitConfig --config: used for every file instead of discovery. */
  constructor(
    private readonly rules: Rule[],
    private readonly cwd: string,
    private readonly explicitConfig?: string,
  ) {
    this.ruleById = new Map(rules.map((r) => [r.meta.id, r]));
    if (explicitConfig && !existsSync(resolve(cwd, explicitConfig))) throw new ConfigError(`${explicitConfig}: no such config file`);
  }

  /** Path of the config file that applies to a file (null: none). `<stdin>` and other pseudo-paths start at cwd. */
  findConfigFile(filePath: string): string | null {
    if (this.explicitConfig) return resolve(this.cwd, this.explicitConfig);
    const start = filePath.startsWith('<') ? this.cwd : dirname(resolve(this.cwd, filePath));
    return this.findFrom(start);
  }

  private findFrom(dir: string): string | null {
    const known = this.byDir.get(dir);
    if (known !== undefined) return known;
    let found: string | null = null;
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) {
        found = candidate;
        break;
      }
    }
    if (!found) {
      const parent = dirname(dir);
      // Stop at the repository root (a folder with .git) or the file-system root.
      const stop = parent === dir || existsSync(join(dir, '.git'));
      found = stop ? null : this.findFrom(parent);
    }
    this.byDir.set(dir, found);
    return found;
  }

  load(path: string): LoadedConfig {
    const abs = resolve(this.cwd, path);
    const cached = this.loaded.get(abs);
    if (cached) return cached;
    const layers = this.layersOf(abs, []);
    // A file named with --config applies to files anywhere: its globs are relative to the working directory
    // (as in ESLint); a discovered file's globs are relative to its own folder.
    if (this.explicitConfig) layers[layers.length - 1]!.dir = this.cwd;
    const config = { path: abs, dir: dirname(abs), layers };
    this.loaded.set(abs, config);
    return config;
  }

  private display(abs: string): string {
    const rel = relative(this.cwd, abs);
    return toPosix(rel && !rel.startsWith('..') ? rel : abs);
  }

  private layersOf(abs: string, chain: string[]): Layer[] {
    const shown = this.display(abs);
    if (chain.includes(abs)) throw new ConfigError(`${shown}: extends itself (${[...chain, abs].map((p) => this.display(p)).join(' → ')})`);
    let raw: unknown;
    try {
      if (statSync(abs).isDirectory()) throw new ConfigError(`${shown}: is a directory, not a config file`);
      raw = JSON.parse(readFileSync(abs, 'utf8'));
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      const reason = error instanceof SyntaxError ? `invalid JSON (${error.message})` : `cannot read (${(error as Error).message})`;
      throw new ConfigError(`${shown}: ${reason}`);
    }
    const validate = schemaValidator('config.schema.json');
    if (!validate(raw)) throw new ConfigError(`${shown}: ${describeAjvErrors(validate.errors)}`);
    const config = raw as RawConfig;
    this.checkRules(shown, 'rules', config.rules);
    config.overrides?.forEach((o, i) => this.checkRules(shown, `overrides[${i}].rules`, o.rules));

    const dir = dirname(abs);
    const layers: Layer[] = [];
    const parents = config.extends === undefined ? [] : Array.isArray(config.extends) ? config.extends : [config.extends];
    parents.forEach((name, i) => {
      if (name.startsWith('dpa-lint:')) {
        if (!(PRESETS as readonly string[]).includes(name)) {
          throw new ConfigError(`${shown}: extends${Array.isArray(config.extends) ? `[${i}]` : ''}: unknown preset "${name}" (known: ${PRESETS.join(', ')})`);
        }
        layers.push({ source: name, dir, rules: presetRules(name, this.rules), overrides: [], ignorePatterns: [] });
      } else {
        const target = resolve(dir, name);
        if (!existsSync(target)) throw new ConfigError(`${shown}: extends: no such file "${name}"`);
        layers.push(...this.layersOf(target, [...chain, abs]));
      }
    });
    layers.push({
      source: shown,
      dir,
      rules: config.rules ?? {},
      template: config.template,
      overrides: config.overrides ?? [],
      ignorePatterns: config.ignorePatterns ?? [],
    });
    return layers;
  }

  private checkRules(file: string, where: string, rules: Record<string, RuleSetting> | undefined): void {
    if (!rules) return;
    for (const [id, setting] of Object.entries(rules)) {
      const rule = this.ruleById.get(id);
      if (!rule) throw new ConfigError(`${file}: ${where}.${id}: unknown rule id (run "dpa-lint rules" for the list)`);
      try {
        const { options } = parseSetting(id, setting);
        validateRuleOptions(rule, options);
      } catch (error) {
        if (error instanceof RuleConfigError) throw new ConfigError(`${file}: ${error.message.replace(/^rules\./, `${where}.`)}`);
        throw error;
      }
    }
  }

  /** Everything that applies to one file: config layers, overrides matching it, then the command line. */
  resolveFor(filePath: string, cli: { rules?: Record<string, RuleSetting>; template?: string; ignorePatterns?: string[] } = {}): FileConfig {
    const configPath = this.findConfigFile(filePath);
    const layers = configPath ? this.load(configPath).layers : [];
    const effective: Record<string, EffectiveSetting> = {};
    for (const rule of this.rules) effective[rule.meta.id] = [rule.meta.defaultSeverity, {}];
    let template: string | null = null;
    let ignored = false;
    const abs = filePath.startsWith('<') ? null : resolve(this.cwd, filePath);
    const apply = (rules: Record<string, RuleSetting> | undefined) => {
      for (const [id, setting] of Object.entries(rules ?? {})) effective[id] = mergeSetting(effective[id] ?? ['off', {}], setting);
    };
    for (const layer of layers) {
      apply(layer.rules);
      if (layer.template) template = layer.template;
      const rel = abs ? toPosix(relative(layer.dir, abs)) : null;
      const inside = rel !== null && !rel.startsWith('../') && rel !== '..';
      for (const o of layer.overrides) {
        const globs = Array.isArray(o.files) ? o.files : [o.files];
        if (inside && globs.some((g) => matchesGlob(rel!, g))) {
          apply(o.rules);
          if (o.template) template = o.template;
        }
      }
      if (inside && layer.ignorePatterns.some((g) => matchesGlob(rel!, g, { parents: true }))) ignored = true;
    }
    if (cli.rules) apply(cli.rules);
    if (cli.template) template = cli.template;
    if (abs && cli.ignorePatterns?.length) {
      const rel = toPosix(relative(this.cwd, abs));
      if (cli.ignorePatterns.some((g) => matchesGlob(rel, g, { parents: true }))) ignored = true;
    }
    const rules: Record<string, EffectiveSetting> = {};
    for (const id of Object.keys(effective).sort()) {
      const [level, options] = effective[id]!;
      const defaults = this.ruleById.get(id)?.meta.defaultOptions ?? {};
      rules[id] = [level, sortKeys({ ...defaults, ...options })];
    }
    return { configPath, rules, template, ignored };
  }

  displayPath(abs: string | null): string | null {
    return abs ? this.display(abs) : null;
  }
}

/** Copy with object keys sorted (recursively) so a resolved config hashes and prints the same whatever its source order. */
export function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortKeys) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) out[k] = sortKeys((value as Record<string, unknown>)[k]);
    return out as T;
  }
  return value;
}
