import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAll, buildTemplate, parseBlocks, serialize, SOURCES } from '../../scripts/build-templates.js';
import { ROOT, SHARED } from './helpers.js';

const committed = (id: string) => readFileSync(join(ROOT, 'corpus', 'templates', `${id}.json`), 'utf8');

describe('build-templates: committed JSON', () => {
  it('the 2018 template (source in corpus/templates-src) builds to the committed JSON', () => {
    const src = SOURCES.find((s) => s.id === 'datatilsynet-2018-da')!;
    const t = buildTemplate(src, readFileSync(join(ROOT, src.path), 'utf8'));
    expect(serialize(t)).toBe(committed(src.id));
  });

  describe.skipIf(!existsSync(join(SHARED, 'templates')))('with ../shared/templates', () => {
    it('every source builds to the committed JSON', () => {
      const built = buildAll(ROOT);
      expect(built.map((b) => b.source.id).sort()).toEqual(SOURCES.map((s) => s.id).sort());
      for (const b of built) expect(serialize(b.template), b.source.id).toBe(committed(b.source.id));
    });
  });
});

describe('build-templates: markup', () => {
  const src = { id: 't', path: '', kind: 'datatilsynet' as const, version: 'x', outdated: false, fingerprints: [] };

  it('splits blocks and keeps comments apart', () => {
    const { header, blocks } = parseBlocks('<!--\nid: t\nlanguage: da\n-->\n\n## 2. A\n\n2.1. Tekst <!-- note -->\n- a\n- b\n');
    expect(header).toEqual({ id: 't', language: 'da' });
    expect(blocks.map((b) => `${b.type}:${b.text}`)).toEqual(['heading:2. A', 'text:2.1. Tekst', 'list:a\nb']);
    expect(blocks[1]!.comment).toBe('note');
  });

  it('builds clauses, litra, continuations, slots, choices and references', () => {
    const md = [
      '<!--\nid: t\nlanguage: da\n-->',
      '## 1. Indhold', '- 2. A',
      '## 2. A',
      '2.1. Se Bestemmelse 2.2.a og bilag A. Frist {{slot:TIDSPERIODE}}.',
      'Fortsat {{choice:x|y}}.',
      '2.2. Liste:', '2.2.a. første', 'Efter litra.',
      '## Bilag A. Bilag', '### A.1. Del', '{{slot:INDHOLD}}', '> guidance: Eksempel på tekst',
    ].join('\n\n');
    const t = buildTemplate(src, md);
    expect(t.clauses.map((c) => `${c.kind}:${c.id}:${c.parent}`)).toEqual([
      'section:2:null', 'clause:2.1:2', 'clause:2.2:2', 'litra:2.2.a:2.2', 'annex:A:null', 'annex-section:A.1:A',
    ]);
    const c21 = t.clauses[1]!;
    expect(c21.parts).toEqual([
      { type: 'text', text: 'Se Bestemmelse 2.2.a og bilag A. Frist ' },
      { type: 'slot', name: 'TIDSPERIODE', slotType: 'duration' },
      { type: 'text', text: '.\n\nFortsat ' },
      { type: 'choice', options: ['x', 'y'] },
      { type: 'text', text: '.' },
    ]);
    expect(c21.references).toEqual(['2.2.a', 'A']);
    // A paragraph without id after a litra continues the clause, not the litra.
    expect(t.clauses[2]!.parts).toEqual([{ type: 'text', text: 'Liste:\n\nEfter litra.' }]);
    expect(t.clauses[5]!.mustBeFilled).toBe(true);
    expect(t.clauses[5]!.guidance).toEqual(['Eksempel på tekst']);
  });

  it('rejects a reference to a clause the template does not have', () => {
    const md = '## 2. A\n\n2.1. Se Bestemmelse 9.9.\n';
    expect(() => buildTemplate(src, md)).toThrow(/reference "9.9"/);
  });

  it('rejects a fingerprint that is not in the template text', () => {
    expect(() => buildTemplate({ ...src, fingerprints: ['ikke her'] }, '## 2. A\n\n2.1. Tekst.\n')).toThrow(/fingerprint/);
  });
});
