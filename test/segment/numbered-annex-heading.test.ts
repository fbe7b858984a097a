import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../src/extract/text.js';
import { normalize } from '../../src/normalize/index.js';
import { segment } from '../../src/segment/index.js';

function seg(text: string) {
  return segment(normalize(extractPlainText(text, 'text')));
}

function ids(text: string) {
  return segment(normalize(extractPlainText(text, 'text'))).clauses.map((c) => `${c.kind}:${c.id}`);
}

describe('annex headings carrying a running section number', () => {
  it('reads "15 Bilag A<TAB>Oplysninger" as annex A', () => {
    expect(ids('14 Kontaktpersoner\n\n1. Parterne kan kontakte hinanden.\n\n15 Bilag A\tOplysninger om behandlingen\n\nA.1. Formålet\n\nDrift.\n')).toContain('annex:A');
  });
  it('keeps "6. Bilag A indeholder …" a numbered clause', () => {
    const got = ids('2. Præambel\n\n6. Bilag A indeholder nærmere oplysninger om behandlingen.\n');
    expect(got).not.toContain('annex:A');
    expect(got).toContain('clause:2.6');
  });
});

describe('a contents list whose annexes the document does not contain', () => {
  it('keeps the annex lines in the contents: they do not swallow the contract', () => {
    const text = [
      '2. Præambel', '3. Den dataansvarliges rettigheder', '4. Databehandleren handler efter instruks',
      'Bilag A Oplysninger om behandlingen', 'Bilag B Underdatabehandlere', '',
      '2. Præambel', '', '2.1. Disse Bestemmelser fastsætter databehandlerens rettigheder.', '',
      '3. Den dataansvarliges rettigheder', '', '3.1. Den dataansvarlige er ansvarlig for behandlingen.', '',
      '4. Databehandleren handler efter instruks', '', '4.1. Databehandleren må kun behandle personoplysninger efter instruks.', '',
    ].join('\n');
    const got = ids(text);
    expect(got.filter((k) => k.startsWith('annex'))).toEqual([]);
    expect(got).toContain('clause:4.1');
  });
});

describe('a section label on a line of its own', () => {
  it('takes the title from the next line ("SECTION 1" + "Nature and Purpose of Processing")', () => {
    const doc = seg('SECTION 1\n\nNature and Purpose of Processing\n\nThe processor processes configuration data only.\n\nSECTION 2\n\nData Accessed\n\nPolicies and roles.');
    expect(doc.clauses.filter((c) => c.kind === 'section').map((c) => [c.id, c.title])).toEqual([
      ['1', 'Nature and Purpose of Processing'],
      ['2', 'Data Accessed'],
    ]);
    expect(doc.clauses.find((c) => c.id === '1')!.text).toContain('configuration data');
  });

  it('does not take a sentence for the title', () => {
    const doc = seg('SECTION 1\n\nThe processor processes configuration data only for the purpose of generating reports.\n\nSECTION 2\n\nData Accessed');
    expect(doc.clauses.find((c) => c.id === '1')!.title).toBeNull();
  });
});
