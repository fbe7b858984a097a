// Validators for the published schemas (ajv, draft-07) and the vendored SARIF 2.1.0 schema (draft-04).
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsMod from 'ajv-formats';
import Ajv04Mod from 'ajv-draft-04';
import { DOMParser } from '@xmldom/xmldom';

const addFormats = ((addFormatsMod as unknown as { default?: unknown }).default ?? addFormatsMod) as (a: unknown) => void;
const Ajv04 = ((Ajv04Mod as unknown as { default?: unknown }).default ?? Ajv04Mod) as new (o: object) => Ajv;

const root = new URL('../../', import.meta.url);
const readJson = (rel: string) => JSON.parse(readFileSync(new URL(rel, root), 'utf8')) as Record<string, unknown>;

export function schemaValidator(rel: string) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(readJson(rel));
  return (data: unknown): string[] => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`));
}

export function sarifValidator() {
  const ajv = new Ajv04({ allErrors: true, strict: false, validateFormats: true, unicodeRegExp: false }) // the schema's language pattern is not valid with the u flag;
  addFormats(ajv);
  const validate = ajv.compile(readJson('test/schemas/sarif-2.1.0.json'));
  return (data: unknown): string[] => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`));
}

/** Parse XML strictly: any warning or error throws. */
export function parseXml(xml: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: (level: string, msg: unknown) => {
      errors.push(`${level}: ${String(msg)}`);
    },
  }).parseFromString(xml, 'text/xml');
  if (errors.length) throw new Error(errors.join('\n'));
  return doc as unknown as Document;
}
