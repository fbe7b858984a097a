import { describe } from 'vitest';
import rule from '../../rules/subprocessor-notice-period.js';
import { CLEAN, edit } from '../helpers/clean.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { seedCases } from './_seeds.js';

const with73 = (notice: string) => edit(CLEAN, 'underdatabehandlere med mindst 30 dages varsel og derved', `underdatabehandlere med ${notice} og derved`);
const B2 = /(\nB\.2\. [^\n]*\n\n)[^\n]*/;
const withB2 = (text: string) => edit(CLEAN, B2, `$1${text}`);

ruleTester(rule).run({
  valid: [
    { name: 'clean DPA (30 dages varsel, 14 days to object)', text: CLEAN },
    { name: 'mindst 1 måneds varsel', text: with73('mindst 1 måneds varsel') },
    { name: 'mindst seks ugers varsel', text: with73('mindst seks ugers varsel') },
    { name: 'mindst 45 dages forudgående varsel', text: with73('mindst 45 dages forudgående varsel') },
    { name: 'two weeks allowed by option', text: with73('mindst to ugers varsel'), options: { minDays: 14 } },
    {
      name: 'English: thirty (30) days',
      text: 'Data Processing Agreement\n\n1. Sub-processors\n\n1.1 The Processor shall notify the Controller of any intended addition or replacement of sub-processors at least thirty (30) days in advance.\n',
    },
  ],
  invalid: [
    { name: 'to ugers varsel', text: with73('mindst to ugers varsel'), errors: [{ clause: '7.3', messageIncludes: 'to ugers', severity: 'error' }] },
    { name: '10 dages varsel', text: with73('mindst 10 dages varsel'), errors: [{ clause: '7.3', messageIncludes: 'less than 30 days' }] },
    { name: 'passende varsel', text: with73('passende varsel'), errors: [{ clause: '7.3', messageIncludes: 'passende varsel' }] },
    {
      name: 'B.2: 7 days to switch a sub-processor',
      text: withB2('Databehandleren kan med 7 dages varsel ændre den enkelte underdatabehandler til en anden behandling end aftalt eller lade en anden underdatabehandler foretage den beskrevne behandling.'),
      errors: [{ clause: 'B.2', messageIncludes: '7 dages' }],
    },
    {
      name: 'B.2: objection within 5 days (warning)',
      text: withB2('Den dataansvarlige kan gøre indsigelse mod ændringen af underdatabehandlere inden for 5 dage efter modtagelsen af underretningen.'),
      errors: [{ clause: 'B.2', messageIncludes: 'object', severity: 'warning' }],
    },
    {
      name: 'English: 10 business days',
      text: 'Data Processing Agreement\n\n1. Sub-processors\n\n1.1 Provider will inform Customer at least 10 business days in advance of any intended changes to the Subprocessors.\n',
      errors: [{ messageIncludes: '10 business days' }],
    },
    {
      name: 'English: silence is approval after 10 days',
      text: 'Data Processing Agreement\n\n1. Sub-processors\n\n1.1 The Processor shall notify the Controller of any new sub-processor. If the Controller does not object to the new sub-processor within 10 days, the Controller is deemed to have approved it.\n',
      errors: [{ messageIncludes: 'Silence is treated as approval' }],
    },
  ],
});

describe('subprocessor-notice-period on the seeds', () => {
  seedCases(rule, [
    { seed: '003', includes: [{ clause: 'B.2', messageIncludes: '7 dages', severity: 'error', evidenceIncludes: 'med 7 dages varsel ændre' }] },
    { seed: '000', count: 0, includes: [] },
    { seed: '001', count: 0, includes: [] },
    { seed: '002', count: 0, includes: [] },
    { seed: '004', count: 0, includes: [] },
  ]);
});
