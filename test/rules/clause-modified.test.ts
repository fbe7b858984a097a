import { describe, expect, it } from 'vitest';
import rule from '../../rules/clause-modified.js';
import { runRule, ruleTester } from '../helpers/rule-tester.js';
import { CLEAN, CLEAN_NESTED, edit } from '../helpers/clean.js';

const FIVE_ONE = 'Databehandleren må kun give adgang til personoplysninger';

ruleTester(rule).run({
  valid: [
    {
      name: '7.3 written as an unnumbered paragraph of 7.2',
      text: edit(CLEAN, '7.3. Databehandleren har den dataansvarliges generelle godkendelse', 'Databehandleren har den dataansvarliges generelle godkendelse'),
    },
    { name: 'clean DPA', text: CLEAN },
    { name: 'nested numbering', text: CLEAN_NESTED },
    { name: 'typo unødig → unødigt', text: edit(CLEAN, 'uden unødig forsinkelse', 'uden unødigt forsinkelse') },
    { name: 'curly quotes straightened', text: CLEAN.replace(/[”“]/g, '"') },
    { name: 're-wrapped lines', text: edit(CLEAN, 'som behandles på den dataansvarliges vegne,', 'som behandles på den\ndataansvarliges vegne,') },
    { name: 'upper case', text: edit(CLEAN, FIVE_ONE, FIVE_ONE.toUpperCase()) },
    {
      name: 'a negation in what the parties filled into a section (C.3)',
      text: edit(CLEAN, 'Databehandleren videresender uden unødig forsinkelse anmodninger', 'Databehandleren videresender ikke selv anmodninger'),
    },
  ],
  invalid: [
    {
      name: 'modal verb: må kun → må',
      text: edit(CLEAN, FIVE_ONE, 'Databehandleren må give adgang til personoplysninger'),
      errors: [{ clause: '5.1', messageIncludes: 'modal', severity: 'error' }],
    },
    {
      name: 'negation removed',
      text: edit(CLEAN, 'Databehandleren må således ikke gøre brug', 'Databehandleren må således gøre brug'),
      errors: [{ clause: '7.2', messageIncludes: 'negation' }],
    },
    {
      name: 'instruction extended to another annex: bilag A og C → bilag A, C og D',
      text: edit(CLEAN, 'specificeret i bilag A og C', 'specificeret i bilag A, C og D'),
      errors: [{ clause: '4.1', messageIncludes: 'changed reference', severity: 'error' }],
    },
    {
      name: 'a negation put into the standard sentence of a section the parties fill in (C.5)',
      text: edit(CLEAN, 'godkendelse ske på andre lokaliteter', 'godkendelse ikke ske på andre lokaliteter'),
      errors: [{ clause: 'C.5', messageIncludes: 'added negation', severity: 'error' }],
    },
    {
      name: 'inserted condition',
      text: edit(CLEAN, 'forbliver databehandleren fuldt ansvarlig', 'forbliver databehandleren, medmindre andet er aftalt, fuldt ansvarlig'),
      errors: [{ clause: '7.7', messageIncludes: 'condition' }],
    },
    {
      name: 'deleted obligation',
      text: edit(CLEAN, 'forbliver databehandleren fuldt ansvarlig', 'forbliver databehandleren ansvarlig'),
      errors: [{ clause: '7.7', messageIncludes: 'deleted text' }],
    },
  ],
});

describe('clause-modified redline', () => {
  it('carries a word-level redline of the change', async () => {
    const [f] = await runRule(rule, { text: edit(CLEAN, FIVE_ONE, 'Databehandleren må give adgang til personoplysninger') });
    expect(f!.redline).toContain('[-kun-]');
    expect(f!.expected).toBe('kun');
  });
});
