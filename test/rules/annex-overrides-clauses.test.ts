import { describe } from 'vitest';
import rule from '../../rules/annex-overrides-clauses.js';
import { CLEAN, edit } from '../helpers/clean.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { seedCases } from './_seeds.js';

const withD = (text: string) => edit(CLEAN, 'Parterne har ikke reguleret andre forhold.', text);

ruleTester(rule).run({
  valid: [
    { name: 'clean DPA', text: CLEAN },
    { name: 'Bilag D that adds terms without touching the Clauses', text: withD('Databehandleren fakturerer bistand efter Bestemmelse 9 til den aftalte timepris.') },
    { name: 'the Clauses given precedence', text: withD('I tilfælde af uoverensstemmelse mellem disse Bestemmelser og hovedaftalen har disse Bestemmelser forrang.') },
    { name: 'an annex section that says it does not apply itself', text: withD('Punktet bortfalder, da der ikke anvendes underdatabehandlere.') },
    {
      name: 'not the Datatilsynet clauses (an SCC option)',
      text: 'Data Processing Agreement\n\n1. Standard Contractual Clauses\n\n1.1 The optional docking clause in Clause 7 does not apply.\n',
    },
  ],
  invalid: [
    { name: 'Punkt 7. og 8. bortfalder', text: withD('Punkt 7. og 8. i aftalen bortfalder.'), errors: [{ clause: 'D', messageIncludes: 'clauses 7 and 8' }] },
    { name: 'Bestemmelse 12.1 finder ikke anvendelse', text: withD('Bestemmelse 12.1 finder ikke anvendelse.'), errors: [{ clause: 'D', messageIncludes: 'clause 12.1' }] },
    { name: 'the main agreement prevails', text: withD('I tilfælde af uoverensstemmelse har hovedaftalen forrang.'), errors: [{ clause: 'D', messageIncludes: 'precedence' }] },
  ],
});

describe('annex-overrides-clauses on the seeds', () => {
  seedCases(rule, [
    { seed: '000', count: 1, includes: [{ clause: 'D', evidenceIncludes: 'Punkt 7. og 8. i aftalen bortfalder' }] },
    { seed: '001', count: 0, includes: [] },
    { seed: '002', count: 0, includes: [] },
    { seed: '004', count: 0, includes: [] },
  ]);
});
