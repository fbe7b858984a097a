import rule from '../../rules/unfilled-placeholder.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { CLEAN, edit } from '../helpers/clean.js';

ruleTester(rule).run({
  valid: [
    { name: 'abbreviation in brackets', text: 'Som anført i forordningen [GDPR] artikel 28 gælder bestemmelserne.' },
    { name: 'clean DPA', text: CLEAN },
    { name: 'signature line', text: 'Aftale\n\n______________________\nUnderskrift\n' },
    { name: 'footnote brackets', text: 'Som anført i [1] gælder forordningen.' },
  ],
  invalid: [
    { name: 'dummy date with Danish letters', text: 'Aftalen er indgået den dd-mm-åååå.', errors: [{ messageIncludes: 'Dummy value' }] },
    { name: 'slot left', text: edit(CLEAN, 'senest 24 timer efter', 'senest [TIDSPUNKT] efter'), errors: [{ clause: '10.2', messageIncludes: '[TIDSPUNKT]', severity: 'error' }] },
    { name: 'option marker', text: 'Bilag\n\n[VALG 2 FORUDGÅENDE GENEREL SKRIFTLIG GODKENDELSE]\n', errors: [{ messageIncludes: 'Option marker' }] },
    { name: 'template variable', text: 'Databehandleren er ${processor_name}.', errors: [{ messageIncludes: 'Template variable' }] },
    { name: 'inline blank', text: 'CVR-nr.: ________ skal angives.', errors: [{ messageIncludes: 'Blank field' }] },
    {
      name: 'blank controller name in an unsigned vendor template is info',
      text: 'mellem\n\nNavn: ________\n\nherefter ”den dataansvarlige”\n',
      errors: [{ severity: 'info' }],
    },
  ],
});
