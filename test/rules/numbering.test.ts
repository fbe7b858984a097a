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

ruleTester(rule).run({
  valid: [
    { name: 'clean DPA', text: CLEAN },
    { name: 'nested numbering', text: CLEAN_NESTED },
    {
      name: 'numbering that starts again under a part heading ("Section C - TOMs")',
      text: PARTS,
    },
  ],
  invalid: [
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
