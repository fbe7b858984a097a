import rule from '../../rules/template-unrecognized.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { CLEAN } from '../helpers/clean.js';

// The annexes of Datatilsynet's clauses on their own, the clauses incorporated by reference.
const ANNEXES_ONLY = [
  '# Bilag til databehandleraftale',
  'Bilagene hører til Standardkontraktsbestemmelserne mellem Kunden og Leverandøren ApS, som er indgået særskilt.',
  '# Bilag A Oplysninger om behandlingen',
  'Formålet er drift af bookingsystemet for kunden. Behandlingen omfatter navn og e-mailadresse på kundens gæster.',
  '# Bilag B Underdatabehandlere',
  'Hostfirma ApS, CVR 12345674, Vejen 1, 8000 Aarhus C, hosting af systemet.',
  '# Bilag C Instruks vedrørende behandling af personoplysninger',
  'Leverandøren hoster bookingsystemet og yder support.',
].join('\n\n');

ruleTester(rule).run({
  valid: [
    { name: 'clean DPA', text: CLEAN },
    { name: "a document of only the template's annexes (the clauses stand elsewhere)", text: ANNEXES_ONLY },
  ],
  invalid: [
    {
      name: 'a vendor DPA of its own',
      text: 'Data Processing Addendum\n\n1. Processing\n\n1.1 The Processor shall process Customer Personal Data only on documented instructions from the Customer.\n',
      errors: [{ severity: 'info' }],
    },
  ],
});
