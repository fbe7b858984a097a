import { describe, expect, it } from 'vitest';
import { describeDuration, findDurations, measure, parseDuration } from '../../src/fields/durations.js';

describe('parseDuration', () => {
  it.each([
    ['senest 24 timer efter', 24, 'hours', 24],
    ['within 48 hours of becoming aware', 48, 'hours', 48],
    ['inden for 2 dage', 2, 'days', 48],
    ['inden for to døgn', 2, 'days', 48],
    ['senest inden for [24] timer', 24, 'hours', 24],
    ['no later than seventy-two (72) hours', 72, 'hours', 72],
    ['within 36h', 36, 'hours', 36],
    ['senest fireogtyve timer', 24, 'hours', 24],
    ['a 72-hour deadline', 72, 'hours', 72],
  ])('%s → %d %s (%d h at most)', (text, value, unit, maxHours) => {
    const d = parseDuration(text)!;
    expect(d).not.toBeNull();
    expect(d.value).toBe(value);
    expect(d.unit).toBe(unit);
    expect(d.maxHours).toBe(maxHours);
  });

  it.each([
    ['med mindst 30 dages varsel', 30],
    ['mindst 1 måneds varsel', 30],
    ['minimum 1 måned før', 30],
    ['med to ugers varsel', 14],
    ['mindst tre (3) uger', 21],
    ['at least thirty (30) days in advance', 30],
    ['at least 10 business days in advance', 14],
    ['5 hverdage', 7],
    ['inden for 14 arbejdsdage', 19],
    ['3 måneder', 90],
    ['et år', 365],
    ['within a month', 30],
    ['45 kalenderdage', 45],
  ])('%s → %d calendar days at least', (text, days) => {
    expect(parseDuration(text)?.days).toBe(days);
  });

  it('counts weekends against a deadline in business days', () => {
    expect(measure(2, 'business-days').maxHours).toBe(96);
    expect(measure(5, 'business-days').maxHours).toBe(7 * 24);
  });

  it('finds every duration with its offsets', () => {
    const text = 'senest 24 timer efter, så den dataansvarlige kan overholde 72 timer';
    const found = findDurations(text, 100);
    expect(found.map((d) => d.value)).toEqual([24, 72]);
    expect(text.slice(found[0]!.start - 100, found[0]!.end - 100)).toBe('24 timer');
  });

  it('does not read numbers without a unit, dates, or article numbers', () => {
    expect(parseDuration('senest 24 efter at denne')).toBeNull();
    expect(parseDuration('artikel 33, stk. 3')).toBeNull();
    expect(parseDuration('den 1. januar 2025')).toBeNull();
    expect(parseDuration('ISO 27001')).toBeNull();
  });

  it('does not pair words of one language with units of the other', () => {
    expect(parseDuration('reduced to days')).toBeNull();
    expect(parseDuration('one time')).toBeNull();
  });

  it('describes durations for messages', () => {
    expect(describeDuration({ value: 1, unit: 'months' })).toBe('1 month');
    expect(describeDuration({ value: 10, unit: 'business-days' })).toBe('10 business days');
  });
});
