import { describe } from 'vitest';
import rule from '../../rules/audit-restriction.js';
import { CLEAN, edit } from '../helpers/clean.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { seedCases } from './_seeds.js';

const C7 = /(\nC\.7\. [^\n]*\n\n)[^\n]*/;
const withC7 = (text: string) => edit(CLEAN, C7, `$1${text}`);
const BASE = 'Databehandleren indhenter hvert år for egen regning en ISAE 3000-erklæring fra en uafhængig revisor.';

ruleTester(rule).run({
  valid: [
    { name: 'clean DPA (ISAE 3000, inspection on 14 days notice)', text: CLEAN },
    { name: 'each party bears its own costs', text: withC7(`${BASE} Den dataansvarliges eventuelle udgifter i forbindelse med en fysisk inspektion afholdes af den dataansvarlige selv.`) },
    { name: 'six weeks allowed by option', text: withC7(`${BASE} En fysisk inspektion skal varsles med mindst 6 uger.`), options: { maxNoticeDays: 60 } },
  ],
  invalid: [
    {
      name: 'inspection only on concrete grounds',
      text: withC7(`${BASE} Fysisk inspektion kan alene gennemføres, såfremt den dataansvarlige på baggrund af konkrete og saglige forhold vurderer det nødvendigt.`),
      errors: [{ clause: 'C.7', messageIncludes: 'only on a condition', severity: 'warning' }],
    },
    {
      name: 'processor bills its time',
      text: withC7(`${BASE} Databehandleren har ret til at fakturere den dataansvarlige for tidsforbruget i forbindelse med en inspektion.`),
      errors: [{ clause: 'C.7', messageIncludes: 'bill' }],
    },
    {
      name: 'six weeks notice',
      text: withC7(`${BASE} En fysisk inspektion skal varsles med mindst 6 uger.`),
      errors: [{ clause: 'C.7', messageIncludes: '42 days notice' }],
    },
    {
      name: 'processor approves the auditor',
      text: withC7(`${BASE} Den revisor, som den dataansvarlige vælger, skal være godkendt af databehandleren.`),
      errors: [{ clause: 'C.7', messageIncludes: 'approve the auditor' }],
    },
    {
      name: 'self-assessment only',
      text: withC7('Tilsynet gennemføres ved, at databehandleren årligt udfylder et skriftligt spørgeskema fra den dataansvarlige.'),
      errors: [{ clause: 'C.7', messageIncludes: "processor's own statement" }],
    },
  ],
});

describe('audit-restriction on the seeds', () => {
  seedCases(rule, [
    {
      seed: '004',
      count: 2,
      includes: [
        { clause: 'C.7', messageIncludes: 'only on a condition', evidenceIncludes: 'alene gennemføres' },
        { clause: 'C.7', messageIncludes: 'bill', evidenceIncludes: 'fakturere' },
      ],
    },
    { seed: '001', count: 0, includes: [] },
    { seed: '003', count: 0, includes: [] },
  ]);
});
