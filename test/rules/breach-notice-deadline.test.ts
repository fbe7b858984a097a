import { describe } from 'vitest';
import rule from '../../rules/breach-notice-deadline.js';
import { CLEAN, edit } from '../helpers/clean.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { seedCases } from './_seeds.js';

const with102 = (deadline: string) => edit(CLEAN, 'skal om muligt ske senest 24 timer efter', `skal om muligt ske senest ${deadline} efter`);

ruleTester(rule).run({
  valid: [
    { name: 'clean DPA (24 timer)', text: CLEAN },
    { name: '48 timer', text: with102('48 timer') },
    { name: 'to døgn (48 hours)', text: with102('to døgn') },
    { name: 'otteogfyrre timer', text: with102('otteogfyrre timer') },
    { name: '36 hours in English words and digits', text: with102('thirty-six (36) hours') },
    { name: '72 timer allowed by option', text: with102('72 timer'), options: { maxHours: 72 } },
    {
      name: 'straks',
      text: edit(CLEAN, /10\.2\. Databehandlerens underretning[^\n]*/, '10.2. Databehandleren underretter straks den dataansvarlige om ethvert brud på persondatasikkerheden.'),
    },
  ],
  invalid: [
    { name: '50 timer', text: with102('50 timer'), errors: [{ clause: '10.2', messageIncludes: '50 timer', severity: 'error' }] },
    { name: '3 dage (72 hours)', text: with102('3 dage'), errors: [{ clause: '10.2', messageIncludes: 'up to 72 hours' }] },
    { name: 'two business days (up to 96 hours)', text: with102('2 arbejdsdage'), errors: [{ clause: '10.2', messageIncludes: '96 hours' }] },
    { name: 'tooghalvfjerds timer', text: with102('tooghalvfjerds timer'), errors: [{ clause: '10.2' }] },
    { name: '24 without a unit', text: with102('24'), errors: [{ clause: '10.2', messageIncludes: 'no unit' }] },
    { name: 'an empty fill-in field', text: with102('[●] timer'), errors: [{ clause: '10.2', messageIncludes: 'left empty' }] },
    { name: 'over a lower maximum', text: with102('24 timer'), options: { maxHours: 12 }, errors: [{ clause: '10.2', messageIncludes: 'more than 12 hours' }] },
    {
      name: 'only "without undue delay" in an English DPA (warning)',
      text: 'Data Processing Agreement\n\n1. Personal data breaches\n\n1.1 The Processor shall notify the Controller without undue delay after becoming aware of a personal data breach.\n',
      errors: [{ messageIncludes: 'no deadline in hours', severity: 'warning' }],
    },
    {
      name: '72 hours in an English DPA',
      text: 'Data Processing Agreement\n\n1. Security incidents\n\n1.1 Provider will notify Customer without undue delay, but no later than 72 hours after becoming aware of a Security Incident.\n',
      errors: [{ messageIncludes: '72 hours' }],
    },
  ],
});

describe('breach-notice-deadline on the seeds', () => {
  seedCases(rule, [
    { seed: '002', count: 1, includes: [{ clause: '10.2', messageIncludes: '50 timer', evidenceIncludes: 'senest 50 timer' }] },
    { seed: '003', count: 1, includes: [{ clause: '10.2', messageIncludes: 'no unit', evidenceIncludes: 'senest 24 efter' }] },
    { seed: '000', count: 0, includes: [] },
    { seed: '001', count: 0, includes: [] },
    { seed: '004', count: 0, includes: [] },
  ]);
});
