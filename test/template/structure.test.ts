import { describe, expect, it } from 'vitest';
import { getTemplate, loadTemplates, renderClause } from '../../src/template/load.js';
import type { Template, TemplateClause } from '../../src/template/types.js';

function clause(t: Template, id: string): TemplateClause {
  const c = t.clauses.find((x) => x.id === id);
  if (!c) throw new Error(`${t.id}: no clause ${id}`);
  return c;
}

const dt2020 = getTemplate('datatilsynet-2020-da')!;
const dt2018 = getTemplate('datatilsynet-2018-da')!;
const eu = getTemplate('eu-scc-2021-915-en')!;

describe('loadTemplates', () => {
  it('loads the three templates sorted by id, cached', () => {
    const all = loadTemplates();
    expect(all.map((t) => t.id)).toEqual(['datatilsynet-2018-da', 'datatilsynet-2020-da', 'eu-scc-2021-915-en']);
    expect(loadTemplates()).toBe(all);
    expect(getTemplate('no-such-template')).toBeUndefined();
  });

  it('renders slots and choices as markers, and variants on request', () => {
    expect(renderClause(clause(dt2020, '10.2'))).toContain('senest {{slot:TIDSPUNKT}} efter');
    expect(renderClause(clause(dt2020, '7.2'))).toContain('forudgående {{choice:specifik|generel}} skriftlig');
    const c73 = clause(dt2020, '7.3');
    expect(renderClause(c73)).toMatch(/^Databehandleren må kun gøre brug af underdatabehandlere med den dataansvarliges forudgående specifikke/);
    expect(renderClause(c73, 'option-2')).toMatch(/^Databehandleren har den dataansvarliges generelle godkendelse/);
    expect(renderClause(c73, 'no-such-variant')).toBe(renderClause(c73));
  });
});

describe.each([dt2018, dt2020, eu])('template $id: invariants', (t) => {
  it('has unique ids whose parents exist and come first', () => {
    const seen = new Set<string>();
    for (const c of t.clauses) {
      expect(seen.has(c.id), c.id).toBe(false);
      if (c.parent !== null) expect(seen.has(c.parent), `${c.id} parent ${c.parent}`).toBe(true);
      seen.add(c.id);
    }
  });

  it('resolves every reference to a clause of the same template', () => {
    const ids = new Set(t.clauses.map((c) => c.id));
    for (const c of t.clauses) for (const r of c.references) expect(ids.has(r), `${c.id} → ${r}`).toBe(true);
  });

  it('keeps option markers and guidance out of the canonical text', () => {
    for (const c of t.clauses) {
      for (const parts of [c.parts, ...(c.variants ?? []).map((v) => v.parts)]) {
        const text = parts.map((p) => (p.type === 'text' ? p.text : '')).join('');
        expect(text, c.id).not.toMatch(/\[VALG|\[OPTION|> guidance|<!--|\[\^1\]|\{\{/);
      }
    }
  });

  it('lists its sections and annexes in clause order', () => {
    const fromClauses = t.clauses.filter((c) => c.kind === 'section' || c.kind === 'annex').map((c) => c.id);
    expect(t.sections.map((s) => s.id)).toEqual(fromClauses);
  });
});

describe('datatilsynet-2020-da', () => {
  it('numbers sections 2–15 and annexes A–D (the table of contents holds no clauses)', () => {
    expect(dt2020.sections.map((s) => s.id)).toEqual([
      ...Array.from({ length: 14 }, (_, i) => String(i + 2)),
      'A',
      'B',
      'C',
      'D',
    ]);
    expect(dt2020.clauses.some((c) => c.id === '1' || c.id.startsWith('1.'))).toBe(false);
    expect(dt2020.outdated).toBe(false);
  });

  it('has every clause and litra of the template', () => {
    const ids = new Set(dt2020.clauses.map((c) => c.id));
    const expected = [
      ...range('2', 11), ...range('3', 3), ...range('4', 2), ...range('5', 2), ...range('6', 3), ...range('7', 7),
      ...range('8', 5), ...range('9', 3), ...range('10', 4), '11.1', ...range('12', 3), '13.1', ...range('14', 5), ...range('15', 2),
      ...litra('6.1', 'abcd'), ...litra('8.3', 'abc'), ...litra('9.1', 'abcdefghij'), ...litra('9.2', 'abcd'), ...litra('10.3', 'abc'),
      'A.1', 'A.2', 'A.3', 'A.4', 'A.5', 'B.1', 'B.2', ...range('C', 8), 'D',
    ];
    for (const id of expected) expect(ids.has(id), id).toBe(true);
    expect(dt2020.clauses).toHaveLength(expected.length + 14 + 3); // + sections 2–15 and annexes A–C
  });

  it('marks A.1–A.5, B.1 and C.1–C.8 (and nothing else) as to be filled in', () => {
    const fill = dt2020.clauses.filter((c) => c.mustBeFilled).map((c) => c.id);
    expect(fill).toEqual(['A.1', 'A.2', 'A.3', 'A.4', 'A.5', 'B.1', ...range('C', 8)]);
  });

  it('offers 7.6 as optional in its 2020 and 2024 wordings', () => {
    const c = clause(dt2020, '7.6');
    expect(c.optional).toBe(true);
    expect(c.variants?.map((v) => v.id)).toEqual(['2020', '2024']);
    expect(renderClause(c, '2024')).toContain('faktisk eller retligt set er ophørt med at eksistere');
    expect(dt2020.clauses.filter((x) => x.optional).map((x) => x.id)).toEqual(['7.6']);
  });

  it('offers 7.3 as option 1 (specific) and option 2 (general) with a duration slot, markers kept as guidance', () => {
    const c = clause(dt2020, '7.3');
    expect(c.variants?.map((v) => v.id)).toEqual(['option-1', 'option-2']);
    expect(c.variants?.[0]?.label).toBe('VALG 1 FORUDGÅENDE SPECIFIK GODKENDELSE');
    for (const v of c.variants!) {
      expect(v.parts).toContainEqual({ type: 'slot', name: 'TIDSPERIODE', slotType: 'duration' });
    }
    expect(c.parts).toEqual(c.variants![0]!.parts);
    expect(c.guidance).toEqual(['[VALG 1 FORUDGÅENDE SPECIFIK GODKENDELSE]', '[VALG 2 FORUDGÅENDE GENEREL SKRIFTLIG GODKENDELSE]']);
    expect(c.references).toEqual(['B']);
  });

  it('offers 11.1 deletion or return as an inline choice, with the storage paragraph as a variant', () => {
    const c = clause(dt2020, '11.1');
    const choice = c.parts.find((p) => p.type === 'choice');
    expect(choice && choice.type === 'choice' ? choice.options.map((o) => o.split(' ')[0]) : []).toEqual(['slette', 'tilbagelevere']);
    expect(c.variants?.map((v) => v.id)).toEqual(['standard', 'storage']);
    expect(renderClause(c, 'storage')).toContain('Databehandleren forpligter sig til alene at behandle personoplysningerne');
    expect(renderClause(c, 'standard')).not.toContain('forpligter sig');
  });

  it('has 9.2.a, and 9.2 cites 6.3; other references as the text cites them', () => {
    expect(clause(dt2020, '9.2.a').kind).toBe('litra');
    expect(clause(dt2020, '9.2.a').parent).toBe('9.2');
    expect(clause(dt2020, '9.2').references).toEqual(['6.3']);
    expect(clause(dt2020, '10.3').references).toEqual(['9.2.a']);
    expect(clause(dt2020, '12.2').references).toEqual(['C.7', 'C.8']);
    expect(clause(dt2020, '14.4').references).toEqual(['11.1', 'C.4']);
    expect(clause(dt2020, '8.4').references).toEqual(['C.6']);
    expect(clause(dt2020, 'C.3').references).toEqual(['9.1', '9.2']);
  });

  it('types the slots that feed value rules', () => {
    expect(clause(dt2020, '10.2').parts).toContainEqual({ type: 'slot', name: 'TIDSPUNKT', slotType: 'duration' });
    expect(clause(dt2020, '9.2.a').parts).toContainEqual({ type: 'slot', name: 'DEN KOMPETENTE TILSYNSMYNDIGHED', slotType: 'authority' });
    expect(clause(dt2020, '2.3').parts).toContainEqual({ type: 'slot', name: 'TJENESTEN', slotType: 'service' });
    const b1 = clause(dt2020, 'B.1').parts.filter((p) => p.type === 'slot');
    expect(b1.map((p) => (p.type === 'slot' ? `${p.name}:${p.slotType}` : ''))).toEqual([
      'NAVN:list', 'CVR:list', 'ADRESSE:list', 'BESKRIVELSE AF BEHANDLING:list',
    ]);
  });

  it('keeps the template guidance of B.2, C.7 and C.8', () => {
    expect(clause(dt2020, 'B.2').guidance?.[0]).toMatch(/^Såfremt den dataansvarlige har indsigelser/);
    expect(clause(dt2020, 'C.7').guidance).toHaveLength(1);
    expect(clause(dt2020, 'C.8').guidance?.[0]).toMatch(/^Dokumentation for sådanne inspektioner/);
  });

  it('does not take the footnote of 3.1 into any clause', () => {
    expect(renderClause(clause(dt2020, '3.3'))).not.toContain('Henvisninger');
    expect(renderClause(clause(dt2020, '3.1'))).toContain('medlemsstaternes nationale ret');
  });
});

describe('datatilsynet-2018-da', () => {
  it('is outdated and has the structure seed 003 follows', () => {
    expect(dt2018.outdated).toBe(true);
    expect(renderClause(clause(dt2018, '7.9'))).toMatch(/^Databehandleren skal i sin aftale/);
    expect(dt2018.sections.filter((s) => s.kind === 'annex').map((s) => s.id)).toEqual(['A', 'B', 'C']);
    expect(dt2018.clauses.filter((c) => c.parent === 'C').map((c) => c.id)).toEqual(range('C', 7));
    expect(dt2018.clauses.filter((c) => c.mustBeFilled).map((c) => c.id)).toEqual([
      'A.1', 'A.2', 'A.3', 'A.4', 'A.5', 'B.1', 'B.2', ...range('C', 7),
    ]);
  });

  it('cites "afsnit 9.2., litra b" from 10.2 and slots the breach notice period', () => {
    expect(clause(dt2018, '10.2').references).toEqual(['9.2.b']);
    expect(renderClause(clause(dt2018, '9.2.b'))).toMatch(/^forpligtelsen til at anmelde brud/);
    expect(clause(dt2018, '10.1').parts).toContainEqual({ type: 'slot', name: 'TIDSPUNKT', slotType: 'duration' });
  });
});

describe('eu-scc-2021-915-en', () => {
  it('has Clauses 1–10 as sections and Annexes I–IV', () => {
    expect(eu.sections.map((s) => `${s.kind}:${s.id}`)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `section:${i + 1}`),
      'annex:I', 'annex:II', 'annex:III', 'annex:IV',
    ]);
    expect(eu.language).toBe('en');
  });

  it('maps the Decision\'s point labels to dotted ids', () => {
    expect(clause(eu, '1.a').kind).toBe('clause');
    expect(clause(eu, '7.1.b').kind).toBe('litra');
    expect(clause(eu, '8.c.4').parent).toBe('8.c');
    expect(clause(eu, '9.1.b.2').parent).toBe('9.1.b');
    expect(clause(eu, '10.c').references).toEqual(['7.1.b']);
    expect(clause(eu, '8.c').references).toEqual(['8.b']);
    expect(clause(eu, '1.d').references).toEqual(['I', 'II', 'III', 'IV']);
    // The continuation "Where, and insofar as, …" belongs to 9.1, not to its last point.
    expect(renderClause(clause(eu, '9.1'))).toContain('Where, and insofar as, it is not possible');
    expect(renderClause(clause(eu, '9.1.b.3'))).not.toContain('Where, and insofar as');
  });

  it('offers Clause 7.7(a) Option 1 and Option 2 with a time period slot', () => {
    const c = clause(eu, '7.7.a');
    expect(c.variants?.map((v) => v.id)).toEqual(['option-1', 'option-2']);
    expect(c.variants?.map((v) => v.label)).toEqual(['OPTION 1: PRIOR SPECIFIC AUTHORISATION', 'OPTION 2: GENERAL WRITTEN AUTHORISATION']);
    for (const v of c.variants!) expect(v.parts).toContainEqual({ type: 'slot', name: 'TIME PERIOD', slotType: 'duration' });
    expect(renderClause(c, 'option-2')).toMatch(/^The processor has the controller’s general authorisation/);
  });

  it('marks the docking clause optional and the annex parts to be filled in', () => {
    expect(eu.clauses.filter((c) => c.optional).map((c) => c.id)).toEqual(['5', '5.a', '5.b', '5.c']);
    const fill = eu.clauses.filter((c) => c.mustBeFilled).map((c) => c.id);
    expect(fill).toEqual(['I.1', 'I.2', 'II.1', 'II.2', 'II.4', 'II.5', 'II.6', 'III.1', 'III.3', 'IV.1']);
  });

  it('turns "[OPTION 1] … / [OPTION 2] …" into a choice that also accepts the published text', () => {
    const choice = clause(eu, '8.c.4').parts.find((p) => p.type === 'choice');
    expect(choice?.type === 'choice' && choice.options).toEqual([
      'Article 32 of Regulation (EU) 2016/679',
      'Articles 33 and 36 to 38 of Regulation (EU) 2018/1725',
      '[OPTION 1] Article 32 of Regulation (EU) 2016/679/ [OPTION 2] Articles 33 and 36 to 38 of Regulation (EU) 2018/1725',
    ]);
  });
});

function range(prefix: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}.${i + 1}`);
}
function litra(id: string, letters: string): string[] {
  return [...letters].map((l) => `${id}.${l}`);
}
