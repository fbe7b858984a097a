import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charAt, norm, readSeed, SEED_FILES, SEEDS } from './pipeline.js';
import { decodeText } from '../../src/input/decode.js';
import { extractPlainText } from '../../src/extract/text.js';
import { normalize } from '../../src/normalize/index.js';

/** Every letter or digit of the normalised text must come from the same character in the original. */
function checkAllLetters(source: string, format: 'text' | 'markdown' = 'text'): number {
  const doc = norm(source, format);
  let checked = 0;
  for (let i = 0; i < doc.text.length; i++) {
    const ch = doc.text[i]!;
    if (!/[\p{L}\p{N}]/u.test(ch)) continue;
    const p = doc.positionAt(i);
    const orig = charAt(source, p.line, p.column);
    if (orig !== ch) throw new Error(`offset ${i} ${JSON.stringify(ch)} maps to ${p.line}:${p.column} ${JSON.stringify(orig)}`);
    checked++;
  }
  return checked;
}

describe('positionAt', () => {
  it('maps every letter of random documents back to the same original character', () => {
    const word = fc.stringMatching(/^[a-zA-Zæøå]{1,12}$/);
    const piece = fc.oneof(
      word,
      fc.constantFrom(' ', '  ', '\t', '\n', '\n\n', '-\n', ', ', '. ', '7.3. ', '\na) ', '\n• ', 'Side 2 af 9', '\n12\n\n', '“', '”', '–', '\u00ad', '\u00a0', 'ﬁ'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        const source = pieces.join('');
        const doc = norm(source);
        for (let i = 0; i < doc.text.length; i++) {
          const ch = doc.text[i]!;
          const p = doc.positionAt(i);
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.column).toBeGreaterThanOrEqual(1);
          if (!/[a-zA-Zæøå]/.test(ch)) continue;
          const orig = charAt(source, p.line, p.column);
          // A ligature is the only rewrite that produces letters.
          if (orig === 'ﬁ') continue;
          expect(orig).toBe(ch);
        }
      }),
      { numRuns: 300, seed: 20240601 },
    );
  });

  it('maps random offsets in random Markdown back to the same original character', () => {
    const word = fc.stringMatching(/^[a-zA-Z]{1,10}$/);
    const piece = fc.oneof(word, fc.constantFrom(' ', '\n', '\n\n', '**', '__', '# ', '\n## ', '\n- ', '[', '](u)', '\n| a | b |\n|---|---|\n| c | d |\n', '`'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.nat(), (pieces, r) => {
        const source = pieces.join('');
        const doc = norm(source, 'markdown');
        if (doc.text.length === 0) return;
        const i = r % doc.text.length;
        const ch = doc.text[i]!;
        if (!/[a-zA-Z]/.test(ch)) return;
        const p = doc.positionAt(i);
        expect(charAt(source, p.line, p.column)).toBe(ch);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('maps every letter of every seed back exactly', () => {
    for (const f of SEED_FILES) {
      const source = readSeed(f.slice(0, 3));
      expect(checkAllLetters(source)).toBeGreaterThan(10_000);
    }
  });

  it('handles offsets at and beyond the ends', () => {
    const doc = norm('ab\ncd');
    expect(doc.text).toBe('ab cd');
    expect(doc.positionAt(0)).toEqual({ line: 1, column: 1, page: null });
    expect(doc.positionAt(2)).toEqual({ line: 1, column: 3, page: null });
    expect(doc.positionAt(3)).toEqual({ line: 2, column: 1, page: null });
    expect(doc.positionAt(5)).toEqual({ line: 2, column: 3, page: null });
    expect(doc.positionAt(999)).toEqual({ line: 2, column: 3, page: null });
    expect(doc.positionAt(-4)).toEqual({ line: 1, column: 1, page: null });
    expect(norm('').positionAt(0)).toEqual({ line: 1, column: 1, page: null });
  });

  it('counts pages at form feeds', () => {
    const doc = norm('side et\n\fside to\fside tre');
    expect(doc.positionAt(doc.text.indexOf('to'))).toEqual({ line: 2, column: 7, page: 2 });
    expect(doc.positionAt(doc.text.indexOf('tre'))).toEqual({ line: 2, column: 15, page: 3 });
  });
});

describe('speed', () => {
  it('normalises each seed in under 30 ms once warm', () => {
    for (const f of SEED_FILES) {
      const extracted = extractPlainText(decodeText(readFileSync(SEEDS + f)), 'text');
      const times: number[] = [];
      for (let k = 0; k < 15; k++) {
        // CPU time of this process: the figure the code controls, not the load of the machine running the tests.
        const before = process.cpuUsage();
        normalize(extracted);
        const used = process.cpuUsage(before);
        times.push((used.user + used.system) / 1000);
      }
      expect(Math.min(...times), f).toBeLessThan(30);
    }
  });
});
