import { describe } from 'vitest';
import rule from '../../rules/third-country-transfer.js';
import { CLEAN, edit } from '../helpers/clean.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { seedCases } from './_seeds.js';

const B1 = /(B\.1\. Godkendte underdatabehandlere\n\n[^\n]*\n\n)[\s\S]*?(\n\nVed Bestemmelsernes ikrafttræden har den dataansvarlige godkendt brugen af ovennævnte)/;
const withList = (text: string, rows: string[]) => edit(text, B1, `$1${['NAVN | CVR | ADRESSE | BESKRIVELSE AF BEHANDLING', ...rows].join('\n')}$2`);
const C6 = /(\nC\.6\. [^\n]*\n\n)[^\n]*/;
const withC6 = (text: string, instruction: string) => edit(text, C6, `$1${instruction}`);
const US = 'Mailflow Inc. | 4412093 | 500 Main Street, Austin, TX 78701, USA | Afsendelse af e-mails';
const UK = 'Postbox Ltd | 01234567 | 1 King Street, London EC2V 8AU, United Kingdom | Afsendelse af e-mails';

ruleTester(rule).run({
  valid: [
    { name: 'clean DPA (Danish sub-processors, no transfers)', text: CLEAN },
    {
      name: 'US sub-processor under standard contractual clauses',
      text: withC6(withList(CLEAN, [US]), 'Databehandleren må overføre personoplysninger til Mailflow Inc. i USA på grundlag af Kommissionens standardkontraktbestemmelser (2021/914).'),
    },
    {
      name: 'US sub-processor under the Data Privacy Framework',
      text: withC6(withList(CLEAN, [US]), 'Overførsel til Mailflow Inc. sker på grundlag af EU-U.S. Data Privacy Framework, som Mailflow Inc. er certificeret under.'),
    },
  ],
  invalid: [
    {
      name: 'US sub-processor while C.6 allows no transfers',
      text: withList(CLEAN, [US]),
      errors: [{ clause: 'C.6', messageIncludes: 'allows no transfers', severity: 'error' }],
    },
    {
      name: 'UK sub-processor: adequacy (info)',
      text: withList(CLEAN, [UK]),
      errors: [{ clause: 'C.6', messageIncludes: 'adequacy decision for United Kingdom', severity: 'info' }],
    },
    {
      name: 'transfers allowed but no basis named (warning)',
      text: withC6(withList(CLEAN, [US]), 'Den dataansvarlige giver generel tilladelse til, at databehandleren må overføre personoplysninger til tredjelande.'),
      errors: [{ clause: 'C.6', messageIncludes: 'names no transfer basis', severity: 'warning' }],
    },
    {
      name: 'processing location in India',
      text: edit(CLEAN, 'Postkvik ApS: Filosofgangen 21, 5000 Odense C, Danmark', 'Supportcenter: Bangalore, Indien'),
      errors: [{ clause: 'C.6', messageIncludes: 'India' }],
    },
  ],
});

describe('third-country-transfer on the seeds', () => {
  seedCases(rule, [
    {
      seed: '003',
      includes: [
        { clause: 'C.6', messageIncludes: '"Google Suites" is in United States', severity: 'error' },
        { clause: 'C.6', messageIncludes: '"Stripe, Inc." is in United States', severity: 'error' },
        { clause: 'C.6', messageIncludes: 'United Kingdom', severity: 'info' },
      ],
      count: 3,
    },
    { seed: '002', count: 1, includes: [{ severity: 'info', messageIncludes: 'Heroku' }] },
    { seed: '000', count: 0, includes: [] },
    { seed: '001', count: 0, includes: [] },
    { seed: '004', count: 0, includes: [] },
  ]);
});
