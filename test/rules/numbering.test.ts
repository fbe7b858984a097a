import rule from '../../rules/numbering.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { CLEAN, CLEAN_NESTED, edit } from '../helpers/clean.js';

function shiftSections(text: string): string {
  // Every section heading and clause one lower: "7. Anvendelse" → "6. Anvendelse", "7.3." → "6.3.".
  return text.replace(/^(\d{1,2})\.(?=(\d{1,2}\.)? )/gm, (_m, n: string) => `${Number(n) - 1}.`);
}

const PARTS = [
  'Section B - General terms',
  '1. Purpose and scope',
  'The processor processes personal data only on documented instructions.',
  '2. Obligations of the parties',
  'The processor keeps the data confidential.',
  'Section C - Security measures',
  '1. Organisational measures',
  'The processor keeps a security policy.',
  '2. Access control',
  'Access is granted on a need-to-know basis.',
].join('\n\n');

// A DPA of its own (no template): section 2 carries a transfer clause whose permission, 2.1, the translation dropped.
const OWN = (second: string) =>
  [
    'Data Processing Agreement',
    '1. Scope',
    '1.1. The processor processes personal data only on documented instructions.',
    '1.2. The processor keeps the data confidential.',
    '2. Transfers',
    second,
    '2.3. The processor informs the controller of every transfer.',
  ].join('\n\n');

ruleTester(rule).run({
  valid: [
    { name: 'clean DPA', text: CLEAN },
    { name: 'a section that starts at its first clause', text: OWN('2.1. Transfers to third countries need the controller’s consent.\n\n2.2. Such transfers use the SCCs.') },
    { name: 'a first number read out of running text ("5.36") is no dropped clause', text: OWN('2.36. Such transfers use the SCCs.').replace('2.3. ', '2.37. ') },
    { name: 'nested numbering', text: CLEAN_NESTED },
    {
      name: 'numbering that starts again under a part heading ("Section C - TOMs")',
      text: PARTS,
    },
  ],
  invalid: [
    {
      name: 'a section that starts at its second clause',
      text: OWN('2.2. Such transfers use the SCCs.'),
      errors: [{ messageIncludes: 'Section 2 starts at 2.2: 2.1 skipped' }],
    },
    { name: 'duplicate A.4', text: edit(CLEAN, '\nA.5. ', '\nA.4. '), errors: [{ messageIncludes: 'A.4 is numbered twice' }] },
    { name: 'skipped 5.2', text: edit(CLEAN, '\n5.2. ', '\n5.3. '), errors: [{ messageIncludes: 'skipped' }] },
    {
      name: 'annex id beyond the template',
      text: edit(CLEAN, '\nBilag B. ', '\nA.6. Databehandlerens behandling har følgende varighed: fem år.\n\nBilag B. '),
      errors: [{ messageIncludes: 'A.6 does not exist' }],
    },
    {
      name: 'a number repeated within one part',
      text: PARTS.replace('2. Access control', '1. Access control'),
      errors: [{ messageIncludes: '1 is numbered twice' }],
    },
    {
      name: 'all sections one lower',
      text: shiftSections(CLEAN),
      errors: [{ messageIncludes: 'one lower', clause: '2' }],
    },
  ],
});
