import { describe, expect, it } from 'vitest';
import { findCvrNumbers, isValidCvr, normalizeCvr } from '../../src/fields/cvr.js';

describe('CVR numbers', () => {
  it('accepts numbers that pass the modulus-11 check', () => {
    // Weights 2,7,6,5,4,3,2,1; the weighted sum of each is a multiple of 11.
    for (const cvr of ['39184702', '41269308', '29853118', '35621806', '15660945']) expect(isValidCvr(cvr), cvr).toBe(true);
  });

  it('rejects mistyped numbers', () => {
    expect(isValidCvr('39184703')).toBe(false);
    expect(isValidCvr('12345678')).toBe(false);
    expect(isValidCvr('1234567')).toBe(false);
    expect(isValidCvr('01234567')).toBe(false);
  });

  it('normalises the usual spellings', () => {
    expect(normalizeCvr('DK39184702')).toBe('39184702');
    expect(normalizeCvr('39 18 47 02')).toBe('39184702');
    expect(normalizeCvr('DK-39184702')).toBe('39184702');
    expect(normalizeCvr('3918470')).toBeNull();
  });

  it('finds labelled numbers in text', () => {
    const text = 'Klarsky Systems ApS, CVR-nr.: 41 26 93 08, Vestergade 52; VAT DK39184702';
    const found = findCvrNumbers(text);
    expect(found.map((m) => m.value)).toEqual(['41269308', '39184702']);
    expect(found.every((m) => m.valid && m.labelled)).toBe(true);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('41 26 93 08');
  });

  it('finds bare 8-digit numbers only when asked (a CVR column)', () => {
    expect(findCvrNumbers('Unit IT A/S 15660945 Strandvejen 7')).toEqual([]);
    expect(findCvrNumbers('Unit IT A/S 15660945 Strandvejen 7', { bare: true })[0]?.value).toBe('15660945');
    expect(findCvrNumbers('tlf. 12.34.56.78', { bare: true })).toEqual([]);
  });
});
