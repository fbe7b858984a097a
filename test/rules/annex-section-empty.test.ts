import rule from '../../rules/annex-section-empty.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { CLEAN, edit } from '../helpers/clean.js';

ruleTester(rule).run({
  valid: [{ name: 'clean DPA', text: CLEAN }],
  invalid: [
    {
      name: 'A.3 left empty',
      text: edit(CLEAN, /(A\.3\. [^\n]*\n\n)[^\n]*\n/, '$1'),
      errors: [{ clause: 'A.3', severity: 'error' }],
    },
    {
      name: 'A.4 holding only a placeholder',
      text: edit(CLEAN, /(A\.4\. [^\n]*\n\n)[^\n]*\n/, '$1[KATEGORIER AF REGISTREREDE]\n'),
      errors: [{ clause: 'A.4' }],
    },
  ],
});
