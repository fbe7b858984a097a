import rule from '../../rules/unfilled-placeholder.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { CLEAN, edit } from '../helpers/clean.js';

ruleTester(rule).run({
  valid: [
    { name: 'abbreviation in brackets', text: 'Som anført i forordningen [GDPR] artikel 28 gælder bestemmelserne.' },
    { name: 'clean DPA', text: CLEAN },
    { name: 'signature line', text: 'Aftale\n\n______________________\nUnderskrift\n' },
    { name: 'footnote brackets', text: 'Som anført i [1] gælder forordningen.' },
    { name: 'a marker the service writes, named in the instruction', text: 'Instruksen er at markere tomme felter i udkastet med [UDFYLD: ...].' },
    { name: 'an English marker named in the instruction', text: 'The service flags missing values in its output as [TBD].' },
    { name: 'the guidance mentioned in a sentence', text: 'Parterne har fulgt Datatilsynets vejledning til udfyldelse af skabelonen.\n\nVejledning til udfyldelse findes på Datatilsynets hjemmeside.' },
  ],
  invalid: [
    {
      name: "the template's fill-in guidance left as a heading at the top",
      text: `Bilag 7\n\nVejledning til udfyldelse af databehandleraftaleskabelonen\n\nDe gule felter beskriver, hvad du skal gøre.\n\n${CLEAN}`,
      errors: [{ messageIncludes: 'Template guidance left in the contract: "Vejledning til udfyldelse af databehandleraftaleskabelonen"' }],
    },
    { name: 'dummy date with Danish letters', text: 'Aftalen er indgået den dd-mm-åååå.', errors: [{ messageIncludes: 'Dummy value' }] },
    { name: 'slot left', text: edit(CLEAN, 'senest 24 timer efter', 'senest [TIDSPUNKT] efter'), errors: [{ clause: '10.2', messageIncludes: '[TIDSPUNKT]', severity: 'error' }] },
    { name: 'option marker', text: 'Bilag\n\n[VALG 2 FORUDGÅENDE GENEREL SKRIFTLIG GODKENDELSE]\n', errors: [{ messageIncludes: 'Option marker' }] },
    { name: 'template variable', text: 'Databehandleren er ${processor_name}.', errors: [{ messageIncludes: 'Template variable' }] },
    { name: 'inline blank', text: 'CVR-nr.: ________ skal angives.', errors: [{ messageIncludes: 'Blank field' }] },
    { name: 'a field left blank after a verb that is not about markers', text: 'Databehandleren leverer ydelsen med [TIDSPUNKT] varsel.', errors: [{ messageIncludes: '[TIDSPUNKT]' }] },
    {
      // The signature block laid out as a table, its heading unnumbered so that it runs into 14.4.
      name: 'a row of blank signature cells under a header of form labels is info, in 14.5',
      text: CLEAN.slice(0, CLEAN.lastIndexOf('14.5. Underskrift')) +
        'Underskrift\n\nPå vegne af den dataansvarlige\n\nNavn Stilling Telefonnummer E-mail Underskrift | […] […]\n\n' +
        'På vegne af databehandleren\n\nNavn Stilling Telefonnummer E-mail Underskrift | Anders Lund Direktør +45 12 34 56 80\n\n' +
        CLEAN.slice(CLEAN.lastIndexOf('15. Kontaktpersoner')),
      errors: [
        { clause: '14.5', severity: 'info' },
        { clause: '14.5', severity: 'info' },
      ],
    },
    {
      name: 'blank controller name in an unsigned vendor template is info',
      text: 'mellem\n\nNavn: ________\n\nherefter ”den dataansvarlige”\n',
      errors: [{ severity: 'info' }],
    },
  ],
});
