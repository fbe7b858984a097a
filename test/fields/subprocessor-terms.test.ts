import { describe, expect, it } from 'vitest';
import { extractSubprocessorTerms, parseNoticeSentence } from '../../src/fields/subprocessor-terms.js';
import { FieldDoc, sourceFromText } from '../../src/fields/view.js';

const parse = (s: string) => parseNoticeSentence(s, 0, s, null);
const terms = (text: string) => extractSubprocessorTerms(new FieldDoc(sourceFromText(text)));

describe('sub-processor notice', () => {
  it.each([
    ['Databehandleren skal skriftligt underrette den dataansvarlige om eventuelle planlagte ændringer vedrørende tilføjelse eller udskiftning af underdatabehandlere med mindst 30 dages varsel.', 30],
    ['… ændringer vedrørende tilføjelse eller udskiftning af underdatabehandlere med mindst 1 måneds varsel og derved …', 30],
    ['Tilføjelse af underdatabehandlere sker med to ugers varsel.', 14],
    ['Databehandleren kan med 7 dages varsel ændre den enkelte underdatabehandler.', 7],
    ['Provider will inform Customer at least 10 business days in advance and in writing of any intended changes to the Approved Subprocessors.', 14],
    ['The processor shall notify the controller of any new sub-processor at least thirty (30) days before the change.', 30],
    ['Databehandleren skal indgive anmodningen om en specifik godkendelse af underdatabehandleren mindst 3 måneder inden anvendelsen.', 90],
  ])('%s', (sentence, days) => {
    const [n] = parse(sentence);
    expect(n?.days).toBe(days);
    expect(['advance-notice', 'approval-request']).toContain(n?.kind);
  });

  it('tells objection windows and deemed approval from notice', () => {
    const text =
      'Databehandleren har generel godkendelse til brug af underdatabehandlere. En sådan underretning skal være den dataansvarlige i hænde minimum 1 måned før anvendelsen. Såfremt den dataansvarlige har indsigelser mod ændringerne, skal den dataansvarlige give meddelelse herom til databehandleren inden 7 dage efter modtagelsen af underretningen.';
    expect(terms(text).notices.map((n) => [n.kind, n.days])).toEqual([
      ['advance-notice', 30],
      ['objection-window', 7],
    ]);
    const [deemed] = parse('If Customer does not object to a new Subprocessor within 10 days, Customer is deemed to have approved the change.');
    expect(deemed?.kind).toBe('deemed-approval');
    expect(deemed?.days).toBe(10);
    const [window] = parse('Customer has 30 days after notice of a change to the Approved Subprocessors to object, otherwise Customer will be deemed to accept the change.');
    expect(window?.kind).toBe('deemed-approval');
  });

  it('flags vague notice', () => {
    const [n] = parse('Databehandleren skal underrette den dataansvarlige om ændringer vedrørende underdatabehandlere med passende varsel.');
    expect(n?.vague).toBe(true);
    expect(n?.text).toBe('passende varsel');
    const [en] = parse('Processor will give Customer reasonable notice of any new Sub-processor.');
    expect(en?.vague).toBe(true);
  });

  it('ignores breach sentences that mention sub-processors', () => {
    expect(parse('Databehandleren underretter den dataansvarlige senest 24 timer efter et brud hos en underdatabehandler.')).toEqual([]);
  });

  it('reads the type of authorisation', () => {
    expect(terms('7.2. Databehandleren må ikke gøre brug af en underdatabehandler uden forudgående generel skriftlig godkendelse.').authorisation.type).toBe('general');
    expect(terms('7.3. Databehandleren må kun gøre brug af underdatabehandlere med den dataansvarliges forudgående specifikke skriftlige godkendelse.').authorisation.type).toBe('specific');
    expect(terms('The Processor has the Controller’s general written authorisation for the engagement of sub-processors.').authorisation.type).toBe('general');
    // "specifik eller generel" chooses nothing.
    expect(terms('Databehandleren må ikke gøre brug af en anden databehandler (underdatabehandler) uden forudgående specifik eller generel skriftlig godkendelse.').authorisation.type).toBeNull();
  });
});
