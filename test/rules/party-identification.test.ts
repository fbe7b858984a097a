import { describe } from 'vitest';
import rule from '../../rules/party-identification.js';
import { CLEAN, edit } from '../helpers/clean.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { seedCases } from './_seeds.js';

ruleTester(rule).run({
  valid: [{ name: 'clean DPA', text: CLEAN }],
  invalid: [
    { name: 'processor without CVR', text: edit(CLEAN, 'CVR 41269308\n', ''), errors: [{ clause: 'front', messageIncludes: 'without CVR number', severity: 'error' }] },
    { name: 'processor CVR failing modulus 11', text: edit(CLEAN, 'CVR 41269308', 'CVR 41269309'), errors: [{ clause: 'front', messageIncludes: 'modulus-11' }] },
    { name: 'processor without address', text: edit(CLEAN, 'Vestergade 52\n8000 Aarhus C\n', ''), errors: [{ clause: 'front', messageIncludes: 'without address' }] },
    {
      name: 'controller left blank in a vendor template (info)',
      text: edit(CLEAN, /Fjordvang Ejendomsadministration A\/S\nCVR 39184702\nHavnegade 14\n6700 Esbjerg\nDanmark/, 'Navn:\nCVR:\nAdresse:'),
      errors: [{ clause: 'front', messageIncludes: 'controller is not named', severity: 'info' }],
    },
  ],
});

describe('party-identification on the seeds', () => {
  seedCases(rule, [
    { seed: '001', count: 1, includes: [{ severity: 'info', messageIncludes: 'controller is not named' }] },
    { seed: '002', count: 1, includes: [{ severity: 'info' }] },
  ]);
});
