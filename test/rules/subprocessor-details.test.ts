import { describe, expect, it } from 'vitest';
import rule from '../../rules/subprocessor-details.js';
import { CLEAN, edit } from '../helpers/clean.js';
import { runRule, ruleTester } from '../helpers/rule-tester.js';
import { seedCases } from './_seeds.js';

const B1 = /(B\.1\. Godkendte underdatabehandlere\n\n[^\n]*\n\n)[\s\S]*?(\n\nVed Bestemmelsernes ikrafttræden har den dataansvarlige godkendt brugen af ovennævnte)/;
const withList = (rows: string[]) => edit(CLEAN, B1, `$1${['NAVN | CVR | ADRESSE | BESKRIVELSE AF BEHANDLING', ...rows].join('\n')}$2`);

ruleTester(rule).run({
  valid: [
    { name: 'clean DPA', text: CLEAN },
    { name: 'complete pipe table', text: withList(['Nordisk Driftscenter A/S | 29853118 | Industrivej 7, 2750 Ballerup | Hosting']) },
    {
      name: 'foreign sub-processor with a registration number',
      text: withList(['Skyhus GmbH | HRB 12345 | Industriestr. 5, 80331 München, Tyskland | Hosting']),
    },
    { name: 'no sub-processors', text: edit(CLEAN, B1, '$1Databehandleren anvender ikke underdatabehandlere.$2') },
  ],
  invalid: [
    {
      // Columns set with spaces: the missing CVR cell leaves no gap, the address must not slide into its column.
      name: 'no CVR number in a space-aligned table: only the CVR is reported',
      text: edit(CLEAN, /Postkvik ApS {15}35621806 {3}/, 'Postkvik ApS                          '),
      errors: [{ clause: 'B.1', messageIncludes: 'has no CVR or registration number', evidenceIncludes: 'Postkvik' }],
    },
    {
      name: 'no CVR number',
      text: withList(['Nordisk Driftscenter A/S |  | Industrivej 7, 2750 Ballerup | Hosting']),
      errors: [{ clause: 'B.1', messageIncludes: 'no CVR or registration number', severity: 'error' }],
    },
    {
      name: 'no address and no description',
      text: withList(['Nordisk Driftscenter A/S | 29853118 |  | ']),
      errors: [{ clause: 'B.1', messageIncludes: 'no address or description of the processing' }],
    },
    {
      name: 'CVR number failing the modulus-11 check (warning)',
      text: withList(['Nordisk Driftscenter A/S | 29853119 | Industrivej 7, 2750 Ballerup | Hosting']),
      errors: [{ clause: 'B.1', messageIncludes: 'modulus-11', severity: 'warning' }],
    },
    {
      name: 'a whole column missing is one finding',
      text: edit(
        CLEAN,
        B1,
        `$1${['Leverandør | Land | Funktion', 'Alfa ApS | Danmark | Hosting', 'Beta A/S | Danmark | Backup', 'Gamma ApS | Danmark | E-mail'].join('\n')}$2`,
      ),
      errors: [{ clause: 'B.1', messageIncludes: 'None of the 3 sub-processors listed has a CVR or registration number or address' }],
    },
  ],
});

describe('subprocessor-details on the seeds', () => {
  seedCases(rule, [
    { seed: '001', includes: [{ messageIncludes: '"IT Relation"' }, { messageIncludes: '"Cloud Factory"' }] },
    { seed: '002', includes: [{ messageIncludes: '"Heroku"' }] },
    { seed: '003', includes: [{ messageIncludes: '"Google Suites"' }, { messageIncludes: '"Stripe, Inc."' }] },
    { seed: '004', includes: [{ messageIncludes: 'None of the 10 sub-processors' }] },
    { seed: '000', count: 0, includes: [] },
  ]);
});

describe('space-aligned table with an empty CVR cell', () => {
  it('does not report the description as missing', async () => {
    const findings = await runRule(rule, { text: edit(CLEAN, /Postkvik ApS {15}35621806 {3}/, 'Postkvik ApS                          ') });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).not.toContain('description');
  });
});
