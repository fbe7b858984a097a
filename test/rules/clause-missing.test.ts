import rule from '../../rules/clause-missing.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { CLEAN, CLEAN_NESTED, dropParagraph, edit } from '../helpers/clean.js';

ruleTester(rule).run({
  valid: [
    {
      name: '7.3 written as an unnumbered paragraph of 7.2 (as seed 002 and the template itself do)',
      text: edit(CLEAN, '7.3. Databehandleren har den dataansvarliges generelle godkendelse', 'Databehandleren har den dataansvarliges generelle godkendelse'),
    },
    { name: 'clean DPA', text: CLEAN },
    { name: 'clean DPA, nested numbering', text: CLEAN_NESTED },
  ],
  invalid: [
    { name: '5.2 deleted', text: dropParagraph(CLEAN, '5.2.'), errors: [{ clause: '5.2', severity: 'error' }] },
    { name: 'optional 7.6 deleted', text: dropParagraph(CLEAN, '7.6.'), errors: [{ clause: '7.6', severity: 'info', messageIncludes: 'optional' }] },
    {
      name: 'litra 9.2.c deleted',
      text: edit(CLEAN, /\nc\. den dataansvarliges forpligtelse til forud for behandlingen[^\n]*\n/, '\n'),
      errors: [{ clause: '9.2.c', messageIncludes: 'Litra 9.2.c' }],
    },
    {
      name: 'whole section 5 deleted: one finding for the section',
      text: dropParagraph(dropParagraph(edit(CLEAN, '\n5. Fortrolighed\n\n5.1.', '\n5.1.'), '5.1.'), '5.2.'),
      errors: [{ clause: '5', messageIncludes: 'Section 5' }],
    },
  ],
});
