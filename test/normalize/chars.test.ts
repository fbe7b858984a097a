import { describe, expect, it } from 'vitest';
import { normalizeChars } from '../../src/normalize/index.js';
import { charAt, norm } from './pipeline.js';

describe('character clean-up', () => {
  it('applies NFC so a decomposed å equals the composed one', () => {
    const doc = norm('Databehandleren ma\u030A kun behandle');
    expect(doc.text).toBe('Databehandleren må kun behandle');
    // The composed character points at the base letter.
    expect(doc.positionAt(doc.text.indexOf('å'))).toEqual({ line: 1, column: 18, page: null });
    expect(doc.positionAt(doc.text.indexOf('kun'))).toEqual({ line: 1, column: 21, page: null });
  });

  it('expands ligatures and keeps the columns of what follows', () => {
    const doc = norm('speciﬁkt og ﬂere');
    expect(doc.text).toBe('specifikt og flere');
    expect(doc.positionAt(doc.text.indexOf('kt'))).toEqual({ line: 1, column: 7, page: null });
    expect(doc.positionAt(doc.text.indexOf('flere'))).toEqual({ line: 1, column: 13, page: null });
  });

  it('removes soft hyphens and zero-width characters, turns non-breaking spaces into spaces', () => {
    const doc = norm('databe\u00adhandleren\u200b har\u00a030\u202fdage');
    expect(doc.text).toBe('databehandleren har 30 dage');
  });

  it('uses straight quotes for every quote style', () => {
    expect(norm('herefter „den dataansvarlige“ og ”parterne” samt «part» og ‘x’').text).toBe(
      'herefter "den dataansvarlige" og "parterne" samt "part" og \'x\'',
    );
  });

  it('turns en and em dashes into hyphen-minus', () => {
    expect(norm('skal databehandleren – uafhængigt af den dataansvarlige — også').text).toBe(
      'skal databehandleren - uafhængigt af den dataansvarlige - også',
    );
  });

  it('normalizeChars gives other stages the same canonical characters', () => {
    expect(normalizeChars('”parterne” – ﬁre\u00a0bilag\u00ad')).toBe('"parterne" - fire bilag');
    expect(normalizeChars('a\u030A')).toBe('å');
  });

  it('maps characters after a rewrite back to the original column', () => {
    const source = '„den dataansvarlige“ – ﬁre bilag';
    const doc = norm(source);
    for (let i = 0; i < doc.text.length; i++) {
      const ch = doc.text[i]!;
      if (!/[a-zæøå]/.test(ch)) continue;
      const p = doc.positionAt(i);
      if (charAt(source, p.line, p.column) === 'ﬁ') continue;
      expect(charAt(source, p.line, p.column)).toBe(ch);
    }
  });
});
