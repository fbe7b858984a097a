import { describe, expect, it } from 'vitest';
import { extractBreachNotice, parseBreachSentence } from '../../src/fields/breach.js';
import { FieldDoc, sourceFromText } from '../../src/fields/view.js';

const parse = (s: string) => parseBreachSentence(s, 0, s, null);

describe('breach notice deadline', () => {
  it.each([
    ['Databehandlerens underretning til den dataansvarlige skal om muligt ske senest 24 timer efter, at denne er blevet bekendt med bruddet, sådan at den dataansvarlige kan overholde sin forpligtelse til at anmelde bruddet til Datatilsynet inden 72 timer.', 24],
    ['Databehandlerens underretning til den dataansvarlige skal om muligt ske senest 50 timer efter, at denne er blevet bekendt med bruddet.', 50],
    ['Databehandleren underretter den dataansvarlige uden unødig forsinkelse og senest inden for [24] timer efter at være blevet opmærksom på et brud, så den dataansvarlige kan overholde sin 72-timers anmeldelsesfrist.', 24],
    ['Databehandleren skal underrette den dataansvarlige om brud på persondatasikkerheden inden for to døgn.', 48],
    ['Databehandleren underretter Den Dataansvarlige uden ugrundet ophold og senest 36 timer efter opdagelse af brud.', 36],
    ['The Processor shall notify the Controller without undue delay (and no later than 48 hours) upon becoming aware of a data breach.', 48],
    ['Provider will notify Customer without undue delay when feasible, but no later than 72 hours after becoming aware of the Security Incident.', 72],
    ['Processor shall inform Customer of a Personal Data Breach within twenty-four (24) hours.', 24],
    ['We will notify you of any personal data breach within 2 business days.', 96],
  ])('%s', (sentence, hours) => {
    const d = parse(sentence)!;
    expect(d.kind).toBe('hours');
    expect(d.hours).toBe(hours);
  });

  it('reads a number without a unit as unitless', () => {
    const d = parse('Databehandlerens underretning til den dataansvarlige skal om muligt ske senest 24 efter at denne er blevet bekendt med bruddet.')!;
    expect(d.kind).toBe('unitless');
    expect(d.value).toBe(24);
    expect(d.text).toBe('senest 24 efter');
  });

  it('reads immediate and undue-delay wordings', () => {
    expect(parse('Databehandleren underretter straks den dataansvarlige om ethvert brud på persondatasikkerheden.')?.kind).toBe('immediate');
    expect(parse('The processor shall notify the controller immediately after becoming aware of a personal data breach.')?.kind).toBe('immediate');
    expect(parse('Databehandleren underretter uden unødig forsinkelse den dataansvarlige efter at være blevet opmærksom på, at der er sket et brud på persondatasikkerheden.')?.kind).toBe('undue-delay');
    expect(parse('Shyware will notify the customer without undue delay after becoming aware of a personal data breach.')?.kind).toBe('undue-delay');
  });

  it('reads an empty fill-in field as missing', () => {
    expect(parse('Databehandlerens underretning til den dataansvarlige skal om muligt ske senest [●] timer efter, at denne er blevet bekendt med bruddet.')?.kind).toBe('missing');
    expect(parse('Databehandlerens underretning til den dataansvarlige skal om muligt ske senest efter, at denne er blevet bekendt med bruddet.')?.kind).toBe('missing');
  });

  it("ignores the controller's own duties towards the authority and the data subjects", () => {
    expect(parse('den dataansvarliges forpligtelse til uden unødig forsinkelse og om muligt senest 72 timer, efter at denne er blevet bekendt med det, at anmelde brud på persondatasikkerheden til Datatilsynet')).toBeNull();
    expect(parse('den dataansvarliges forpligtelse til uden unødig forsinkelse at underrette den registrerede om brud på persondatasikkerheden')).toBeNull();
    expect(parse('Den Dataansvarlige er ansvarlig for at anmelde brud til Tilsynsmyndigheden indenfor 72 timer (Art. 33).')).toBeNull();
    expect(parse('Databehandleren skal opbevare logs i 90 dage.')).toBeNull();
  });

  it('prefers a concrete deadline over "without undue delay" and keeps every statement', () => {
    const text = [
      '10.1. Databehandleren underretter uden unødig forsinkelse den dataansvarlige efter at være blevet opmærksom på, at der er sket et brud på persondatasikkerheden.',
      '10.2. Databehandlerens underretning til den dataansvarlige skal om muligt ske senest 24 timer efter, at denne er blevet bekendt med bruddet.',
    ].join('\n\n');
    const field = extractBreachNotice(new FieldDoc(sourceFromText(text)));
    expect(field.deadline?.hours).toBe(24);
    expect(field.deadline?.evidence.clause).toBe('10.2');
    expect(field.statements.map((s) => s.kind)).toEqual(['undue-delay', 'hours']);
    expect(text.slice(field.deadline!.evidence.offset).startsWith('Databehandlerens underretning')).toBe(true);
  });
});
