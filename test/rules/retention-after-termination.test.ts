import { describe } from 'vitest';
import rule from '../../rules/retention-after-termination.js';
import { CLEAN, edit } from '../helpers/clean.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { seedCases } from './_seeds.js';

const withC4 = (text: string) => edit(CLEAN, 'Sikkerhedskopier overskrives efter 35 dage.', text);

ruleTester(rule).run({
  valid: [
    { name: 'clean DPA', text: CLEAN },
    { name: 'deleted 30 days after termination', text: withC4('Ved aftalens ophør slettes personoplysningerne senest 30 dage efter ophøret, backup inkluderet.') },
    { name: 'kept 5 years under the bookkeeping act', text: withC4('Fakturagrundlag opbevares i 5 år efter aftalens ophør, jf. bogføringsloven.') },
    { name: 'longer period allowed by option', text: withC4('Data slettes 90 dage efter ophør af samarbejdet.'), options: { maxDays: 90 } },
  ],
  invalid: [
    {
      name: 'backups for 180 days after deletion',
      text: withC4('Ved sletning af data vil dataene eksistere i databehandlerens backup i op til 180 dage.'),
      errors: [{ clause: 'C.4', messageIncludes: 'Backups keep the data for 180 days after deletion is requested', severity: 'warning' }],
    },
    {
      name: '90 + 90 days after termination',
      text: withC4('Data slettes 90 dage efter ophør af samhandel, og kan findes på backup i yderligere 90 dage.'),
      errors: [{ clause: 'C.4', messageIncludes: '180 days after the service ends' }],
    },
    {
      name: 'three months after termination, in English',
      text: withC4('Customer data is retained for three months after termination of the Agreement.'),
      errors: [{ clause: 'C.4', messageIncludes: '90 days' }],
    },
  ],
});

describe('retention-after-termination on the seeds', () => {
  seedCases(rule, [
    { seed: '001', count: 1, includes: [{ clause: 'C.4', messageIncludes: '180 days', evidenceIncludes: 'backup i op til 180 dage' }] },
    { seed: '000', count: 0, includes: [] },
    { seed: '003', count: 0, includes: [] },
    { seed: '004', count: 0, includes: [] },
  ]);
});
