// What a word-level change means: substantive (with its reason) or cosmetic.
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/align/word-diff.js';

const words = (s: string) => (s ? s.toLowerCase().split(' ') : []);
const reason = (before: string, after: string) => classify(words(before), words(after));

describe('classify', () => {
  it('a letter that adds or drops an annex or litra is a changed reference', () => {
    expect(reason('', 'og D')).toBe('changed reference');
    expect(reason('litra f', 'litra g')).toBe('changed reference');
    // "a" and "i" are words too: "a processor" → "the processor" is no reference.
    expect(reason('a', 'the')).toBeNull();
  });

  it('an annex named under its parent and a footnote mark are cosmetic', () => {
    expect(reason('A', '1.A')).toBeNull();
    expect(reason('bilag C', 'bilag 1.C')).toBeNull();
    expect(reason('medlemsstaternes', 'medlemsstaternes1')).toBeNull();
    // But not another number or another annex.
    expect(reason('A', '2')).toBe('changed number');
    expect(reason('72', '721')).toBe('changed number');
  });

  it('dropping only a pointer ("i henhold til Bestemmelse 6.3") is cosmetic; dropping words with it is not', () => {
    expect(reason('i henhold til Bestemmelse 6.3', '')).toBeNull();
    expect(reason('11.1 og Bilag C.4', '')).toBeNull();
    expect(reason('med dokumentation i henhold til Bestemmelse 6.3', '')).toBe('deleted text');
  });
});
