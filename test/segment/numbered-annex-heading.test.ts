import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../src/extract/text.js';
import { normalize } from '../../src/normalize/index.js';
import { segment } from '../../src/segment/index.js';

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
