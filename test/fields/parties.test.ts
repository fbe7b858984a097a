import { describe, expect, it } from 'vitest';
import { CLEAN, edit } from '../helpers/clean.js';
import { fieldsOfText } from './_helpers.js';

describe('parties', () => {
  it('reads both parties of the clean DPA', async () => {
    const f = await fieldsOfText(CLEAN);
    expect(f.parties.controller).toMatchObject({ name: 'Fjordvang Ejendomsadministration A/S', cvr: '39184702', cvrValid: true, countryCode: 'DK', blank: false });
    expect(f.parties.processor).toMatchObject({ name: 'Klarsky Systems ApS', cvr: '41269308', address: 'Vestergade 52, 8000 Aarhus C', blank: false });
  });

  it('reads labelled blocks and a blank controller', async () => {
    const text = edit(
      CLEAN,
      /mellem\n\n[\s\S]*?herefter ”databehandleren”/,
      'mellem\n\nNavn:\nCVR:\nAdresse:\n\nherefter ”den dataansvarlige”\n\nog\n\nNavn: Klarsky Systems ApS\nCVR: 41269308\nAdresse: Vestergade 52\nPostnummer: 8000\nBy: Aarhus C\nLand: Danmark\n\nherefter ”databehandleren”',
    );
    const f = await fieldsOfText(text);
    expect(f.parties.controller?.blank).toBe(true);
    expect(f.parties.processor).toMatchObject({ name: 'Klarsky Systems ApS', cvr: '41269308', countryCode: 'DK' });
  });

  it('reads a mistyped CVR number as invalid', async () => {
    const f = await fieldsOfText(edit(CLEAN, 'CVR 41269308', 'CVR 41269309'));
    expect(f.parties.processor).toMatchObject({ cvr: '41269309', cvrValid: false });
  });
});
