// `fields` validates against schemas/fields.schema.json for every seed and every real DPA in ../shared/corpus-real.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/lint.js';
import { schemaValidator } from '../helpers/schemas.js';

const validate = schemaValidator('schemas/fields.schema.json');
const REAL = '../shared/corpus-real';
const realFiles = existsSync(REAL) ? readdirSync(REAL).filter((f) => /\.(md|txt|pdf|docx)$/.test(f) && f !== 'SOURCES.md').sort() : [];
const seeds = readdirSync('corpus/seeds').filter((f) => f.endsWith('.txt')).sort();

async function fieldsOf(path: string): Promise<unknown> {
  const doc = await analyze(new Uint8Array(readFileSync(path)), path);
  return doc.fields;
}

describe('fields schema', () => {
  it('is a valid draft-07 schema with every top-level field required', () => {
    const schema = JSON.parse(readFileSync('schemas/fields.schema.json', 'utf8')) as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required.sort()).toEqual(Object.keys(schema.properties).sort());
  });

  it.each(seeds)('seed %s', async (file) => {
    expect(validate(await fieldsOf(`corpus/seeds/${file}`))).toEqual([]);
  });

  it.skipIf(realFiles.length === 0).each(realFiles)('real DPA %s', async (file) => {
    expect(validate(await fieldsOf(`${REAL}/${file}`))).toEqual([]);
  });
});
