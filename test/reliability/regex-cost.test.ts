// Start-up cost of the regular expressions: a single CLI call compiles several hundred of them cold. V8 compiles a
// case-insensitive Unicode property class (\p{L} with /iu) about 15 times slower than an explicit range, which cost
// ~0.25 s per call (measured 2026-11-23: .txt 0.85–1.09 s → 0.62–0.76 s; 15-page PDF 1.20–1.64 s → 0.95–1.28 s).
// Letters are therefore written as Latin ranges: [A-Za-zÀ-ÖØ-öø-ɏ] (any letter), [A-ZÀ-ÖØ-Þ] (upper), [a-zß-öø-ÿ] (lower);
// digits (\p{N}) as [0-9²³¹¼-¾⁰-⁹₀-₉] (ASCII, fractions, super- and subscripts: the numerals DPAs contain), which cut
// the first run of the duration scanner from ~100 ms to ~70 ms (2026-12-07).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));
}

describe('regular expressions of the pipeline and the rules', () => {
  it('write letters and digits as ranges, not as Unicode properties (\\p{L}, \\p{Lu}, \\p{Ll}, \\p{N})', () => {
    const offenders: string[] = [];
    for (const file of [...sources('src'), ...sources('rules')]) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, k) => {
          if (/\\p\{(?:L[lu]?|N)\}/.test(line)) offenders.push(`${file}:${k + 1}: ${line.trim().slice(0, 100)}`);
        });
    }
    expect(offenders).toEqual([]);
  });
});
