import { describe } from 'vitest';
import rule from '../../rules/inconsistent-values.js';
import { CLEAN, edit } from '../helpers/clean.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { seedCases } from './_seeds.js';

const withD = (text: string) => edit(CLEAN, 'Parterne har ikke reguleret andre forhold.', text);

ruleTester(rule).run({
  valid: [
    { name: 'clean DPA (30 days in 7.3 and B.2)', text: CLEAN },
    { name: 'the same breach deadline twice', text: withD('Databehandleren underretter den dataansvarlige om brud på persondatasikkerheden senest 24 timer efter, at denne er blevet bekendt med bruddet.') },
    { name: 'a month is 30 days', text: withD('Ændringer vedrørende underdatabehandlere varsles med mindst 1 måneds varsel.') },
  ],
  invalid: [
    {
      name: 'three months in D against 30 days in 7.3',
      text: withD(
        'I det omfang den dataansvarlige gør indsigelse mod planlagte ændringer vedrørende udskiftning af en underdatabehandler, kan den dataansvarlige opsige aftalen med virkning fra udløbet af det varsel på mindst 3 måneder, som databehandleren skal give, jf. pkt. 7.3.',
      ),
      errors: [{ clause: 'D', messageIncludes: '3 måneder', severity: 'error' }],
    },
    {
      name: 'a breach deadline of 48 hours in D against 24 in 10.2',
      text: withD('Databehandleren underretter den dataansvarlige om brud på persondatasikkerheden senest 48 timer efter, at denne er blevet bekendt med bruddet.'),
      errors: [{ clause: 'D', messageIncludes: 'breach notification deadline' }],
    },
  ],
});

describe('inconsistent-values on the seeds', () => {
  seedCases(rule, [
    { seed: '001', count: 1, includes: [{ clause: 'D.8', messageIncludes: '3 måneder', evidenceIncludes: 'varsel på mindst 3 måneder' }] },
    { seed: '000', count: 0, includes: [] },
    { seed: '002', count: 0, includes: [] },
    { seed: '004', count: 0, includes: [] },
  ]);
});
