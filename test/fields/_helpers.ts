// Field extraction over the full pipeline (normalise, segment, align), as the rules see it.
import { analyze } from '../../src/engine/lint.js';
import { fieldsOf, type DpaFields } from '../../src/fields/index.js';

export async function analyzeText(text: string, path = 'case.txt'): Promise<{ fields: DpaFields; text: string }> {
  const doc = await analyze(new TextEncoder().encode(text), path);
  const f = fieldsOf(doc);
  if (!f) throw new Error('no fields');
  return { fields: f, text: doc.segmented.norm.text };
}

export async function fieldsOfText(text: string, path = 'case.txt'): Promise<DpaFields> {
  return (await analyzeText(text, path)).fields;
}

/** Every evidence object inside the fields. */
export function evidences(value: unknown): Array<{ quote: string; offset: number; clause: string | null }> {
  const out: Array<{ quote: string; offset: number; clause: string | null }> = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.quote === 'string' && typeof o.offset === 'number') out.push(o as never);
      else Object.values(o).forEach(visit);
    }
  };
  visit(value);
  return out;
}
