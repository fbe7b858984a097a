// Turn rule metadata + user settings ("off" | severity | [severity, options]) into the list of rules to run.
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import type { Ajv as AjvInstance, ValidateFunction } from 'ajv';
import type { Severity } from '../model.js';
import type { Rule, RuleSetting } from './types.js';

export interface ResolvedRule {
  rule: Rule;
  severity: Severity;
  options: Record<string, unknown>;
}

/** A bad rule id, severity or option in configuration or on the command line. */
export class RuleConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RuleConfigError';
  }
}

// ajv is loaded only when options are given (most runs give none): it costs ~70 ms to load on every start-up.
const require = createRequire(import.meta.url);
let ajv: AjvInstance | null = null;
const validators = new WeakMap<Rule, ValidateFunction>();

function validatorFor(rule: Rule): ValidateFunction {
  let validate = validators.get(rule);
  if (!validate) {
    ajv ??= new (require('ajv') as typeof import('ajv')).Ajv({ allErrors: true, useDefaults: false, strict: false });
    validate = ajv.compile(rule.meta.schema);
    validators.set(rule, validate);
  }
  return validate;
}

function requiresOptions(schema: Record<string, unknown>): boolean {
  return (Array.isArray(schema.required) && schema.required.length > 0) || schema.type !== 'object' || 'minProperties' in schema;
}

const SEVERITIES = new Set(['off', 'info', 'warning', 'error']);

export function parseSetting(id: string, setting: RuleSetting): { level: Severity | 'off'; options: Record<string, unknown> } {
  const [level, options] = Array.isArray(setting) ? [setting[0], setting[1] ?? {}] : [setting, {}];
  if (typeof level !== 'string' || !SEVERITIES.has(level)) {
    throw new RuleConfigError(`rules.${id}: severity must be one of off, info, warning, error (got ${JSON.stringify(level)})`);
  }
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new RuleConfigError(`rules.${id}: options must be an object`);
  }
  return { level: level as Severity | 'off', options };
}

/** Validate options against the rule's schema; throws RuleConfigError naming the bad key. */
export function validateRuleOptions(rule: Rule, options: Record<string, unknown>): void {
  // No options given and none required, or the rule's own defaults (what a resolved configuration passes on): nothing
  // to validate, and loading ajv and compiling 28 schemas costs ~150 ms at start-up.
  if (Object.keys(options).length === 0 && !requiresOptions(rule.meta.schema)) return;
  if (isDeepStrictEqual(options, rule.meta.defaultOptions)) return;
  const validate = validatorFor(rule);
  if (validate(options)) return;
  const first = validate.errors?.[0];
  const where = first ? `${first.instancePath || ''}${first.params && 'additionalProperty' in first.params ? '/' + String(first.params.additionalProperty) : ''}` : '';
  throw new RuleConfigError(`rules.${rule.meta.id}${where.replace(/\//g, '.')}: ${first?.message ?? 'invalid options'}`);
}

export function resolveRuleSettings(rules: Rule[], settings: Record<string, RuleSetting>): ResolvedRule[] {
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  for (const id of Object.keys(settings)) {
    if (!byId.has(id)) throw new RuleConfigError(`rules.${id}: unknown rule id (run "dpa-lint rules" for the list)`);
  }
  const resolved: ResolvedRule[] = [];
  for (const rule of rules) {
    const setting = settings[rule.meta.id];
    const { level, options } = setting === undefined ? { level: rule.meta.defaultSeverity, options: {} } : parseSetting(rule.meta.id, setting);
    validateRuleOptions(rule, options);
    if (level === 'off') continue;
    resolved.push({ rule, severity: level, options: { ...rule.meta.defaultOptions, ...options } });
  }
  return resolved;
}
