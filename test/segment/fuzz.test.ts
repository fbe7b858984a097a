// Random documents made of labels, headings, bullets and text: the segmenter never throws and keeps its invariants.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seg } from '../normalize/pipeline.js';

const piece = fc.oneof(
  fc.constantFrom(
    '1. Præambel',
    '2. Den dataansvarliges rettigheder og forpligtelser',
    '1. Databehandleren må kun behandle personoplysninger efter instruks.',
    '7.3. Databehandleren har den dataansvarliges generelle godkendelse.',
    '7.3 Databehandleren',
    'a. overføre personoplysninger',
    '(b) overlade behandling',
    'ii. underpunkt',
    '• punkt',
    '- punkt',
    'Bilag A Oplysninger om behandlingen',
    'Bilag B',
    'Annex I',
    'A.3. Behandlingen omfatter',
    'C.6 Instruks',
    'Indhold',
    '2. Præambel ........ 3',
    'Navn\tCVR\tAdresse',
    'Side 3 af 12',
    'FORHÅNDSVISNING',
    '15.',
    '12',
    'Clause 7',
    '# Overskrift',
    '| a | b |',
    '1  Henvisninger til medlemsstat',
    'medlemsstaternes1 nationale ret',
  ),
  fc.stringMatching(/^[a-zA-ZæøåÆØÅ .,;:()"'-]{0,60}$/),
);

describe('segmenter on random documents', () => {
  for (const format of ['text', 'markdown'] as const) {
    it(`never throws and keeps offsets consistent (${format})`, () => {
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 40 }), fc.array(fc.constantFrom('\n', '\n\n', '\n\n\n', '\n\f'), { minLength: 40, maxLength: 40 }), (pieces, seps) => {
          const source = pieces.map((p, k) => p + seps[k]).join('');
          const doc = seg(source, format);
          const text = doc.norm.text;
          let last = -1;
          for (const c of doc.clauses) {
            expect(c.start).toBeGreaterThanOrEqual(last);
            last = c.start;
            expect(c.start <= c.bodyStart && c.bodyStart <= c.end && c.end <= text.length).toBe(true);
            if (c.kind !== 'section' && c.kind !== 'annex') expect(text.slice(c.bodyStart, c.end)).toBe(c.text);
          }
          for (const b of doc.norm.blocks) expect(text.slice(b.start, b.end)).toBe(b.text);
          for (let i = 0; i <= text.length; i++) {
            const p = doc.norm.positionAt(i);
            expect(p.line >= 1 && p.column >= 1).toBe(true);
          }
        }),
        { numRuns: 300, seed: 42 },
      );
    });
  }

  it('handles empty and whitespace-only input', () => {
    for (const src of ['', ' ', '\n\n\n', '\t\f\n']) {
      const doc = seg(src);
      expect(doc.norm.text).toBe('');
      expect(doc.clauses).toEqual([]);
      expect(doc.tocSpans).toEqual([]);
    }
  });
});
