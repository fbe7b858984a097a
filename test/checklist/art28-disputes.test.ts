// The label disputes behind the third table of `npm run eval:art28` (scripts/eval-art28-disputes.ts): well-formed, and
// our own paraphrase, never the benchmark's text (its licence allows evaluation only).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BENCHMARK_CODES } from '../../src/checklist/index.js';
import { DISPUTE_CATEGORIES, DISPUTES } from '../../scripts/eval-art28-disputes.js';

const BENCHMARK = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'benchmarks', 'art28-dpa-sentences', 'train');

describe('art28 label disputes', () => {
  it('name a benchmark document, a benchmark element and a category once per pair', () => {
    const seen = new Set<string>();
    for (const d of DISPUTES) {
      const key = `${d.dpa} ${d.code}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
      expect(d.dpa, key).toMatch(/^online-\d+$/);
      expect(BENCHMARK_CODES, key).toContain(d.code);
      expect(DISPUTE_CATEGORIES, key).toContain(d.category);
      // A disputed "missing" label is a clause we read as there; a disputed "satisfied" label is a sentence without it.
      expect(d.category === 'label-without-element', key).toBe(d.kind === 'fp');
      expect(d.note.length, key).toBeLessThanOrEqual(160);
    }
  });

  it.skipIf(!existsSync(BENCHMARK))('paraphrase: no note shares a run of eight words with its document', () => {
    const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    for (const d of DISPUTES) {
      const text = ` ${words(readFileSync(join(BENCHMARK, `${d.dpa}.txt`), 'utf8')).join(' ')} `;
      const w = words(d.note);
      for (let i = 0; i + 8 <= w.length; i++) {
        const run = w.slice(i, i + 8).join(' ');
        expect(text.includes(` ${run} `), `${d.dpa} ${d.code}: "${run}"`).toBe(false);
      }
    }
  });
});
