import rule from '../../rules/template-unrecognized.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { CLEAN } from '../helpers/clean.js';

ruleTester(rule).run({
  valid: [{ name: 'clean DPA', text: CLEAN }],
  invalid: [
    {
      name: 'a vendor DPA of its own',
      text: 'Data Processing Addendum\n\n1. Processing\n\n1.1 The Processor shall process Customer Personal Data only on documented instructions from the Customer.\n',
      errors: [{ severity: 'info' }],
    },
  ],
});
