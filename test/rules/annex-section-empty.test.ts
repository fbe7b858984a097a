import rule from '../../rules/annex-section-empty.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { CLEAN, edit } from '../helpers/clean.js';

// B.1's sub-processor table as a Markdown table, with the rows given (or the blank rows of the form).
const B1_TABLE = /NAVN {2,}CVR[^\n]*\n[^\n]*\n[^\n]*\n/;
const withTable = (rows: string[]) =>
  edit(CLEAN, B1_TABLE, ['| NAVN | CVR | ADRESSE | BESKRIVELSE AF BEHANDLING |', '|---|---|---|---|', ...rows, ''].join('\n'));
// ERST's form adds the sub-processors' own sub-processors, in a sentence and a table of the same shape.
const SECOND_LIST = 'Ved Bestemmelsernes ikrafttræden har den dataansvarlige godkendt underdatabehandlerens brug af følgende underdatabehandlere:';

ruleTester(rule).run({
  valid: [
    { name: 'clean DPA', text: CLEAN },
    { name: 'a sub-processor table with one row filled in', text: withTable(['| Hostfirma ApS | 12345674 | Vejen 1, 8000 Aarhus C | Hosting |', '| | | | |']), path: 'dpa.md' },
  ],
  invalid: [
    {
      name: 'a sub-processor table of only blank rows, the standard sentence restated for a second one',
      text: edit(withTable(['| | | | |', '| | | | |']), /(\n\nVed Bestemmelsernes ikrafttræden har den dataansvarlige godkendt brugen af ovennævnte)/, `\n\n${SECOND_LIST}\n\n| NAVN | CVR | ADRESSE |\n|---|---|---|\n| | | |\n$1`),
      path: 'dpa.md',
      errors: [{ clause: 'B.1' }],
    },
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
