import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/fields/numbers.js';

describe('parseNumber', () => {
  it.each([
    ['24', 24],
    ['1,5', 1.5],
    ['1.000', 1000],
    ['to', 2],
    ['tre', 3],
    ['ti', 10],
    ['fjorten', 14],
    ['tyve', 20],
    ['fireogtyve', 24],
    ['otteogfyrre', 48],
    ['tooghalvfjerds', 72],
    ['tredive', 30],
    ['halvfems', 90],
    ['hundrede', 100],
    ['halvanden', 1.5],
    ['én', 1],
  ])('Danish %s = %d', (word, value) => {
    expect(parseNumber(word, 'da')).toBe(value);
  });

  it.each([
    ['one', 1],
    ['ten', 10],
    ['thirty', 30],
    ['forty-eight', 48],
    ['seventy two', 72],
    ['ninety', 90],
    ['one hundred', 100],
    ['one hundred and twenty', 120],
  ])('English %s = %d', (word, value) => {
    expect(parseNumber(word, 'en')).toBe(value);
  });

  it('keeps the languages apart: English "to" is not two, Danish "one" is nothing', () => {
    expect(parseNumber('to', 'en')).toBeNull();
    expect(parseNumber('one', 'da')).toBeNull();
  });

  it('rejects words that are not numbers', () => {
    expect(parseNumber('timer')).toBeNull();
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('ogtyve', 'da')).toBeNull();
  });
});
