import { describe, expect, it } from 'vitest';
import { countryByCode, findCountries, lookupCountry } from '../../src/fields/countries.js';

const codes = (text: string) => findCountries(text).map((m) => m.country?.code ?? m.kind);

describe('countries', () => {
  it('knows Danish and English names', () => {
    expect(lookupCountry('Tyskland')?.code).toBe('DE');
    expect(lookupCountry('Holland')?.code).toBe('NL');
    expect(lookupCountry('Storbritannien')?.code).toBe('GB');
    expect(lookupCountry('USA')?.code).toBe('US');
    expect(lookupCountry('Schweiz')?.code).toBe('CH');
    expect(lookupCountry('Atlantis')).toBeNull();
  });

  it('classifies EU/EEA, adequacy and third countries', () => {
    expect(countryByCode('NO')?.region).toBe('eu-eea');
    expect(countryByCode('IS')?.region).toBe('eu-eea');
    expect(countryByCode('GB')?.region).toBe('adequacy');
    expect(countryByCode('CH')?.region).toBe('adequacy');
    expect(countryByCode('JP')?.region).toBe('adequacy');
    expect(countryByCode('US')?.region).toBe('third-country');
    expect(countryByCode('US')?.partialAdequacy).toMatch(/Data Privacy Framework/);
    expect(countryByCode('IN')?.region).toBe('third-country');
  });

  it('finds countries, US states and ZIP codes, postcodes and cloud regions in addresses', () => {
    expect(codes('1600 Amphitheatre Pkwy, Mountain View, CA 94043')).toEqual(['US']);
    expect(codes('185 Berry Street, San Francisco, California')).toEqual(['US']);
    expect(codes('Strandvejen 7, DK-5500 Middelfart')).toEqual(['DK']);
    expect(codes('41 Corsham St, London N1 6DR, UK')).toEqual(['GB']);
    expect(codes('AWS us-east-1')).toEqual(['US']);
    expect(codes('AWS eu-north-1 (Stockholm)')).toEqual(['region']);
    expect(codes('EU (Litauen)')).toEqual(['region', 'LT']);
  });

  it('does not mistake words for countries', () => {
    // "Island" is Iceland in Danish only when capitalised; "New Jersey" is a US state, not Jersey.
    expect(codes('en ø (island) i havet')).toEqual([]);
    expect(codes('Newark, New Jersey')).toEqual(['US']);
    expect(codes('EU-retten')).toEqual(['region']);
  });
});
