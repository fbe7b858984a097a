import { describe } from 'vitest';
import rule from '../../rules/special-categories-security.js';
import { CLEAN, edit } from '../helpers/clean.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { seedCases } from './_seeds.js';

const LEVEL = 'Sikkerhedsniveauet skal derfor være højt og svare til risikoen ved behandling af personnumre og økonomiske oplysninger.';
const NOT_ART9 = 'Der behandles ikke følsomme oplysninger efter databeskyttelsesforordningens artikel 9.';

ruleTester(rule).run({
  valid: [
    { name: 'clean DPA (CPR numbers, high level)', text: CLEAN },
    { name: 'health data with a high level', text: edit(CLEAN, NOT_ART9, 'Helbredsoplysninger om lejere med handicapboliger.') },
  ],
  invalid: [
    {
      name: 'CPR numbers with a medium level',
      text: edit(CLEAN, LEVEL, 'Sikkerhedsniveauet skal være middel.'),
      errors: [{ clause: 'C.2', messageIncludes: 'CPR numbers', severity: 'warning' }],
    },
    {
      name: 'Art. 9 in C.2 but not in A.3',
      text: edit(CLEAN, LEVEL, 'Behandlingen omfatter særlige kategorier af personoplysninger, jf. databeskyttelsesforordningens artikel 9, hvorfor sikkerhedsniveauet skal være højt.'),
      errors: [{ clause: 'C.2', messageIncludes: 'A.3 lists none' }],
    },
  ],
});

describe('special-categories-security on the seeds', () => {
  seedCases(rule, [
    { seed: '002', count: 1, includes: [{ clause: 'C.2', messageIncludes: 'special categories', evidenceIncludes: 'art. 9' }] },
    { seed: '004', count: 1, includes: [{ clause: 'C.2', messageIncludes: 'CPR numbers' }] },
    { seed: '001', count: 0, includes: [] },
    { seed: '003', count: 0, includes: [] },
  ]);
});
