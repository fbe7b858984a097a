import { describe, expect, it } from 'vitest';
import { CLEAN, edit } from '../helpers/clean.js';
import { fieldsOfText } from './_helpers.js';

const B1 = /(B\.1\. Godkendte underdatabehandlere\n\n[^\n]*\n\n)[\s\S]*?(\n\nVed Bestemmelsernes ikrafttræden har den dataansvarlige godkendt brugen af ovennævnte)/;
const withList = (list: string) => edit(CLEAN, B1, `$1${list}$2`);

describe('sub-processor list (B.1)', () => {
  it('reads a table with the template columns', async () => {
    const f = await fieldsOfText(CLEAN);
    expect(f.subprocessors.status).toBe('listed');
    expect(f.subprocessors.entries.map((e) => [e.name, e.registration, e.cvrValid, e.address, e.description])).toEqual([
      ['Nordisk Driftscenter A/S', '29853118', true, 'Industrivej 7, 2750 Ballerup', 'Hosting og drift af servere og databaser i datacenter i Ballerup'],
      ['Postkvik ApS', '35621806', true, 'Filosofgangen 21, 5000 Odense C', 'Afsendelse af e-mails og sms-beskeder til lejere'],
    ]);
  });

  it('reads a pipe table with a country and a transfer basis column', async () => {
    const f = await fieldsOfText(
      withList(
        [
          'Underdatabehandler | Registreringsnummer | Adresse | Land | Overførselsgrundlag | Behandling',
          'Mailflow Inc. | 4412093 | 500 Main Street, Austin, TX 78701 | USA | EU-U.S. Data Privacy Framework | Afsendelse af e-mails',
          'Skyhus GmbH | HRB 12345 | Industriestr. 5, 80331 München | Tyskland | Ingen overførsel | Hosting',
        ].join('\n'),
      ),
    );
    const [us, de] = f.subprocessors.entries;
    expect(us).toMatchObject({ name: 'Mailflow Inc.', countryCode: 'US', region: 'third-country', transferBasis: 'EU-U.S. Data Privacy Framework', registrationKind: 'foreign' });
    expect(de).toMatchObject({ name: 'Skyhus GmbH', countryCode: 'DE', region: 'eu-eea', description: 'Hosting' });
  });

  it('reads a list flattened into lines (name and CVR on one line, address, description)', async () => {
    const f = await fieldsOfText(
      withList(
        [
          'NAVN CVR ADRESSE BESKRIVELSE AF BEHANDLING',
          'Nordisk Driftscenter A/S 29853118 Industrivej 7',
          'DK-2750 Ballerup',
          'Hosting',
          'Kvikmail ApS Havnevej 3',
          'DK-5000 Odense C',
          'Afsendelse af e-mails',
        ].join('\n\n'),
      ),
    );
    expect(f.subprocessors.entries.map((e) => [e.name, e.registration, e.countryCode, e.description])).toEqual([
      ['Nordisk Driftscenter A/S', '29853118', 'DK', 'Hosting'],
      ['Kvikmail ApS', null, 'DK', 'Afsendelse af e-mails'],
    ]);
  });

  it('flags an invalid CVR number', async () => {
    const f = await fieldsOfText(edit(CLEAN, '29853118', '29853119'));
    expect(f.subprocessors.entries[0]).toMatchObject({ registration: '29853119', cvrValid: false });
  });

  it('reads "no sub-processors" as none', async () => {
    const f = await fieldsOfText(withList('Databehandleren anvender ikke underdatabehandlere.'));
    expect(f.subprocessors.status).toBe('none');
    expect(f.subprocessors.entries).toEqual([]);
  });

  it('treats a company form as a hint, not a country', async () => {
    const f = await fieldsOfText(withList(['Navn | CVR | Adresse | Beskrivelse', 'Cloudly Inc. |  |  | Hosting'].join('\n')));
    expect(f.subprocessors.entries[0]).toMatchObject({ country: null, countrySource: 'company-form', countryHint: 'US' });
  });
});
