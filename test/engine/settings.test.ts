// Rule settings: options are validated against the rule's schema, except where nothing can be wrong (no options, or
// the rule's own defaults), so that a plain run does not load ajv.
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../rules/index.js';
import { RuleConfigError, resolveRuleSettings, validateRuleOptions } from '../../src/engine/settings.js';

describe('rule options', () => {
  it('every rule’s default options satisfy its own schema (validation skips them)', async () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    for (const rule of await loadRules()) {
      const validate = ajv.compile(rule.meta.schema);
      expect(validate(rule.meta.defaultOptions), `${rule.meta.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('still rejects options that differ from the defaults and break the schema', async () => {
    const rule = (await loadRules()).find((r) => r.meta.id === 'art28-element-missing')!;
    expect(() => validateRuleOptions(rule, { ...rule.meta.defaultOptions, particulars: 'yes' })).toThrow(RuleConfigError);
    expect(() => validateRuleOptions(rule, { ...rule.meta.defaultOptions })).not.toThrow();
  });

  it('resolves a configuration that repeats the defaults to the same rules', async () => {
    const rules = await loadRules();
    const explicit = Object.fromEntries(rules.map((r) => [r.meta.id, [r.meta.defaultSeverity, r.meta.defaultOptions]] as const));
    const fromDefaults = resolveRuleSettings(rules, {});
    const fromExplicit = resolveRuleSettings(rules, explicit as never);
    expect(fromExplicit.map((r) => [r.rule.meta.id, r.severity, r.options])).toEqual(fromDefaults.map((r) => [r.rule.meta.id, r.severity, r.options]));
  });
});
