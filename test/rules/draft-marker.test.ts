import rule from '../../rules/draft-marker.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { CLEAN } from '../helpers/clean.js';

ruleTester(rule).run({
  valid: [
    { name: 'clean DPA', text: CLEAN },
    { name: 'draft as an English verb', text: 'The processor shall draft a notice and send it.' },
  ],
  invalid: [
    { name: 'draft title in ordinary case', text: `Udkast til databehandleraftale\n\n${CLEAN}`, errors: [{ messageIncludes: 'UDKAST' }] },
    { name: 'UDKAST in the title', text: `UDKAST\n\n${CLEAN}`, errors: [{ messageIncludes: 'UDKAST' }] },
    { name: 'DRAFT mark', text: 'Data Processing Agreement – DRAFT\n\nThe processor shall act on instructions.', errors: [{ messageIncludes: 'DRAFT' }] },
  ],
});
