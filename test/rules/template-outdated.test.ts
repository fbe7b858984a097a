import { readFileSync } from 'node:fs';
import rule from '../../rules/template-outdated.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { CLEAN } from '../helpers/clean.js';

ruleTester(rule).run({
  valid: [{ name: 'clean DPA on the 2020 template', text: CLEAN }],
  invalid: [
    { name: 'seed 003 on the 2018 template', text: readFileSync('corpus/seeds/003_aa1192a22fa85dad.txt', 'utf8'), errors: [{ messageIncludes: 'outdated' }] },
  ],
});
