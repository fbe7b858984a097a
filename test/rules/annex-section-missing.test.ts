import rule from '../../rules/annex-section-missing.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { CLEAN, edit } from '../helpers/clean.js';

ruleTester(rule).run({
  valid: [{ name: 'clean DPA', text: CLEAN }],
  invalid: [
    { name: 'A.4 removed', text: edit(CLEAN, /A\.4\. [^\n]*\n\n[^\n]*\n\n/, ''), errors: [{ clause: 'A.4' }] },
    { name: 'annexes cut off', text: CLEAN.slice(0, CLEAN.indexOf('\nBilag A. ')), errors: [{ messageIncludes: 'annexes' }] },
  ],
});
