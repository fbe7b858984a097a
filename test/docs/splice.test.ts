// The splice helper that puts doc-page examples into the clean DPA.
import { describe, expect, it } from 'vitest';
import { isSpliceSnippet, labelOf, spliceClauses } from '../helpers/splice.js';

const BASE = [
  'Titel',
  '',
  '4. Databehandleren handler efter instruks',
  '',
  '4.1. Første afsnit.',
  '',
  '4.2. Andet afsnit.',
  '',
  '6. Behandlingssikkerhed',
  '',
  '6.1. Indledning.',
  '',
  'Fortsættelse af 6.1:',
  '',
  'a. litra a',
  '',
  'b. litra b',
  '',
  '6.2. Næste.',
  '',
  'Bilag A. Oplysninger',
  '',
  'A.1. Formålet',
  '',
  'Formålet er drift.',
  '',
  'A.2. Karakteren',
  '',
  'Hosting.',
].join('\n');

describe('spliceClauses', () => {
  it('reads labels', () => {
    expect(labelOf('10.2. Databehandlerens')).toBe('10.2');
    expect(labelOf('9.2.a. den')).toBe('9.2.a');
    expect(labelOf('A.3. Behandlingen')).toBe('A.3');
    expect(labelOf('C.3 Bistand')).toBe('C.3');
    expect(labelOf('2. Præambel')).toBeNull();
    expect(labelOf('a. litra')).toBeNull();
  });

  it('returns a whole document unchanged', () => {
    expect(isSpliceSnippet('Databehandleraftale\n\n1.1. Tekst')).toBe(false);
    expect(spliceClauses(BASE, 'Databehandleraftale\n\n1.1. Tekst')).toBe('Databehandleraftale\n\n1.1. Tekst');
  });

  it('replaces one paragraph and keeps the continuation', () => {
    const out = spliceClauses(BASE, '6.1. Ny indledning.');
    expect(out).toContain('6.1. Ny indledning.\n\nFortsættelse af 6.1:\n\na. litra a');
    expect(out).not.toContain('6.1. Indledning.');
  });

  it('replaces several paragraphs in one call', () => {
    const out = spliceClauses(BASE, '4.1. Nyt første.\n\n4.2. Nyt andet.\n');
    expect(out).toContain('4.1. Nyt første.\n\n4.2. Nyt andet.\n\n6. Behandlingssikkerhed');
  });

  it('replaces a whole clause when the snippet gives its continuation', () => {
    const out = spliceClauses(BASE, 'A.1. Formålet\n\n[Indsæt formål]');
    expect(out).toContain('A.1. Formålet\n\n[Indsæt formål]\n\nA.2. Karakteren');
    expect(out).not.toContain('Formålet er drift.');
  });

  it('replaces a litra in the base style', () => {
    const out = spliceClauses(BASE, '6.1.b. ny litra b');
    expect(out).toContain('a. litra a\n\nb. ny litra b\n\n6.2.');
  });

  it('inserts a clause the base does not have after its predecessor', () => {
    const out = spliceClauses(BASE, '4.3. Tilføjet afsnit.');
    expect(out).toContain('4.2. Andet afsnit.\n\n4.3. Tilføjet afsnit.\n\n6. Behandlingssikkerhed');
  });

  it('inserts a repeated label after the first one', () => {
    const out = spliceClauses(BASE, 'A.1. Formålet\n\nFormålet er drift.\n\nA.1. Formålet igen');
    expect(out).toContain('A.1. Formålet\n\nFormålet er drift.\n\nA.1. Formålet igen\n\nA.2.');
  });

  it('replaces an annex section whole: a heading alone is an empty section', () => {
    const out = spliceClauses(BASE, 'A.1. Formålet');
    expect(out).toContain('A.1. Formålet\n\nA.2. Karakteren');
  });

  it('leaves out the clauses an excerpt skips within one section', () => {
    const three = BASE.replace('4.2. Andet afsnit.', '4.2. Andet afsnit.\n\n4.3. Tredje afsnit.');
    expect(spliceClauses(three, '4.1. Første afsnit.\n\n4.3. Tredje.')).toContain('4.1. Første afsnit.\n\n4.3. Tredje.\n\n6.');
    const annex = spliceClauses(BASE.replace('A.2. Karakteren', 'A.2. Karakteren\n\nA.3. Typer\n\nNavne.'), 'A.1. Formålet\n\nDrift.\n\nA.3. Typer\n\nNavne.');
    expect(annex).toContain('A.1. Formålet\n\nDrift.\n\nA.3. Typer\n\nNavne.');
    expect(annex).not.toContain('A.2.');
    // Different sections are independent edits.
    expect(spliceClauses(BASE, '4.2. Nyt.\n\n6.2. Nyt.')).toContain('6.1. Indledning.');
  });

  it('fails on a label it cannot place', () => {
    expect(() => spliceClauses(BASE, '8.1. Ukendt.')).toThrow(/cannot place/);
  });
});
