// The extractors' regular expressions must stay linear: a megabyte of near-matches takes well under a second.
import { describe, expect, it } from 'vitest';
import { extractFieldsFrom } from '../../src/fields/index.js';
import { findDurations } from '../../src/fields/durations.js';
import { findCountries } from '../../src/fields/countries.js';
import { findCvrNumbers } from '../../src/fields/cvr.js';
import { sourceFromText } from '../../src/fields/view.js';

function repeat(unit: string, bytes = 1_000_000): string {
  return unit.repeat(Math.ceil(bytes / unit.length));
}

const NEAR_MISSES = [
  'senest 24 24 24 24 efter efter ',
  'underretning til den dataansvarlige skal om muligt ske senest ',
  'underdatabehandlere med mindst varsel varsel ',
  'Hvis den dataansvarlige ikke i disse Bestemmelser ',
  'fireogtyve fireogtyve fireogtyve-',
  'CVR-nr. nr. nr. 1234 5678 12 ',
  'New New New Jersey Jersey ',
  'A.1. A.1. A.1.\n',
  'Bilag Bilag Bilag A\n',
  'revisor revisor revisor godkend ',
  'kan alene alene alene såfremt ',
  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa ',
  '| | | | | | | | |\n',
  '\t\t\t\t\t\t\n',
];

describe('regex safety', () => {
  it.each(NEAR_MISSES)('scanners: 1 MB of %j', (unit) => {
    const text = repeat(unit);
    const t0 = performance.now();
    findDurations(text);
    findCountries(text);
    findCvrNumbers(text, { bare: true });
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it.each(NEAR_MISSES)('all extractors: 200 kB of %j', (unit) => {
    const text = repeat(unit, 200_000);
    const t0 = performance.now();
    extractFieldsFrom(sourceFromText(text));
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
