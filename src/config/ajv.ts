import { createRequire } from 'node:module';
import type { Ajv as AjvInstance, ErrorObject, ValidateFunction } from 'ajv';
import { readSchema } from './package.js';

// Loaded on first use (a config or waivers file to validate): ajv costs ~70 ms to load, and most runs need none.
const require = createRequire(import.meta.url);
let ajv: AjvInstance | null = null;
const compiled = new Map<string, ValidateFunction>();

function instance(): AjvInstance {
  if (ajv) return ajv;
  ajv = new (require('ajv') as typeof import('ajv')).Ajv({ allErrors: true, strict: false });
  // ajv-formats is CommonJS: require() returns the function (or, bundled, a module with a default).
  const formats = require('ajv-formats') as ((a: AjvInstance) => void) | { default: (a: AjvInstance) => void };
  (typeof formats === 'function' ? formats : formats.default)(ajv);
  return ajv;
}

export function schemaValidator(name: string): ValidateFunction {
  let v = compiled.get(name);
  if (!v) {
    v = instance().compile(readSchema(name));
    compiled.set(name, v);
  }
  return v;
}

/** "/overrides/0/rules" + "rulez" → "overrides[0].rules.rulez" */
export function keyPath(instancePath: string, extra?: string): string {
  const parts = instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (extra !== undefined) parts.push(extra);
  let out = '';
  for (const p of parts) out += /^\d+$/.test(p) ? `[${p}]` : out ? `.${p}` : p;
  return out || '(root)';
}

/** The most useful ajv error as "path: message" (oneOf noise dropped in favour of the concrete error). */
export function describeAjvErrors(errors: ErrorObject[] | null | undefined): string {
  if (!errors || errors.length === 0) return 'invalid';
  const concrete = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'if');
  // Prefer an unknown key, then the deepest error.
  const pick =
    concrete.find((e) => e.keyword === 'additionalProperties') ??
    concrete.find((e) => e.keyword === 'propertyNames' || e.keyword === 'pattern') ??
    [...concrete].sort((a, b) => b.instancePath.length - a.instancePath.length)[0] ??
    errors[0]!;
  if (pick.keyword === 'additionalProperties') {
    return `${keyPath(pick.instancePath, String((pick.params as { additionalProperty: string }).additionalProperty))}: unknown key`;
  }
  if (pick.keyword === 'propertyNames') {
    return `${keyPath(pick.instancePath, String((pick.params as { propertyName: string }).propertyName))}: not a valid rule id`;
  }
  if (pick.keyword === 'enum') {
    const allowed = (pick.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ');
    return `${keyPath(pick.instancePath)}: must be one of ${allowed}`;
  }
  return `${keyPath(pick.instancePath)}: ${pick.message ?? 'invalid'}`;
}
