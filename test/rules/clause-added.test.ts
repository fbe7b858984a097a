import rule from '../../rules/clause-added.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { CLEAN, edit } from '../helpers/clean.js';

const EXTRA = 'Databehandleren kan opkræve betaling for enhver instruks efter sine til enhver tid gældende timepriser.';

ruleTester(rule).run({
  valid: [
    { name: 'clean DPA', text: CLEAN },
    { name: 'addition in clause 13', text: edit(CLEAN, '\n13.1. ', `\n13.2. ${EXTRA}\n\n13.1. `) },
  ],
  invalid: [
    { name: 'extra 4.3', text: edit(CLEAN, '\n5. Fortrolighed\n\n5.1.', `\n4.3. ${EXTRA}\n\n5. Fortrolighed\n\n5.1.`), errors: [{ clause: '4', messageIncludes: '4.3' }] },
  ],
});
