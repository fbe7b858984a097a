import rule from '../../rules/draft-marker.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { CLEAN } from '../helpers/clean.js';

ruleTester(rule).run({
  valid: [
    { name: 'clean DPA', text: CLEAN },
    { name: 'draft as an English verb', text: 'The processor shall draft a notice and send it.' },
    { name: 'a paragraph about drafts, not a status line', text: 'Data Processing Agreement\n\nDraft versions of the annexes are exchanged by e-mail.\n\nThe processor shall act on instructions.' },
    { name: 'a status word deep in the text', text: `${CLEAN}\n\nUdkast. Denne note hører til arkivet.` },
  ],
  invalid: [
    { name: 'draft title in ordinary case', text: `Udkast til databehandleraftale\n\n${CLEAN}`, errors: [{ messageIncludes: 'UDKAST' }] },
    { name: 'UDKAST in the title', text: `UDKAST\n\n${CLEAN}`, errors: [{ messageIncludes: 'UDKAST' }] },
    {
      name: 'a status line under the title',
      text: 'Bilag til databehandleraftale\n\nUdkast · version 1.0 · 3. marts 2026\n\nDatabehandleren behandler personoplysninger efter instruks.',
      errors: [{ messageIncludes: 'UDKAST' }],
    },
    {
      name: 'a status sentence under the title',
      text: 'Databehandleraftale\n\nUdkast. Teksten skal gennemgås juridisk før underskrift.\n\nDatabehandleren behandler personoplysninger efter instruks.',
      errors: [{ messageIncludes: 'UDKAST' }],
    },
    { name: 'DRAFT mark', text: 'Data Processing Agreement – DRAFT\n\nThe processor shall act on instructions.', errors: [{ messageIncludes: 'DRAFT' }] },
  ],
});
