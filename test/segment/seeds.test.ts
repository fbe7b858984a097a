// The five seeds, as a careful reader numbers them.
import { describe, expect, it } from 'vitest';
import type { Clause, SegmentedDocument } from '../../src/model.js';
import { segment } from '../../src/segment/index.js';
import { clause, ids, norm, readSeed, seg, SEED_FILES } from '../normalize/pipeline.js';

const idsOf = (doc: SegmentedDocument, kind: Clause['kind']) => doc.clauses.filter((c) => c.kind === kind).map((c) => c.id);
const range = (prefix: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => `${prefix}${from + k}`);
const letters = (prefix: string, last: string) => 'abcdefghij'.slice(0, 'abcdefghij'.indexOf(last) + 1).split('').map((l) => `${prefix}.${l}`);
const count = (doc: SegmentedDocument, id: string) => doc.clauses.filter((c) => c.id === id).length;

function invariants(doc: SegmentedDocument): void {
  const text = doc.norm.text;
  for (const c of doc.clauses) {
    expect(c.start <= c.bodyStart && c.bodyStart <= c.end && c.end <= text.length).toBe(true);
    if (c.kind !== 'section' && c.kind !== 'annex') expect(text.slice(c.bodyStart, c.end)).toBe(c.text);
  }
}

describe('seed 000 (nested numbering, double-spaced lines)', () => {
  const doc = seg(readSeed('000'));

  it('numbers the title as section 1 and the template sections 2-14', () => {
    expect(idsOf(doc, 'section')).toEqual(range('', 1, 14));
    expect(clause(doc, '1').title).toBe('Standardkontraktsbestemmelser');
    expect(clause(doc, '1').text.startsWith('i henhold til artikel 28, stk. 3, i forordning 2016/679')).toBe(true);
    expect(clause(doc, '8').title).toBe('Overførsel af oplysninger til tredjelande eller internationale organisationer');
  });

  it('reads the nested clauses and litras', () => {
    const all = ids(doc);
    for (const id of [...range('2.', 1, 11), ...range('7.', 1, 7), ...letters('6.1', 'd'), ...letters('9.1', 'j'), ...letters('9.2', 'd'), ...letters('10.3', 'c'), '14.4']) {
      expect(all).toContain(id);
    }
    expect(clause(doc, '2.2').text).toBe(
      'Disse bestemmelser er udformet med henblik på parternes efterlevelse af artikel 28, stk. 3, i Europa-Parlamentets og Rådets forordning (EU) 2016/679 af 27. april 2016 om beskyttelse af fysiske personer i forbindelse med behandling af personoplysninger og om fri udveksling af sådanne oplysninger og om ophævelse af direktiv 95/46/EF (databeskyttelsesforordningen).',
    );
    // Its unnumbered "Parterne skal i bilag C ..." paragraph continues 9.2 (after the litras).
    expect(clause(doc, '9.2').text.endsWith('der følger af Bestemmelse 9.1. og 9.2.')).toBe(true);
    expect(count(doc, '9.3')).toBe(0);
  });

  it('reads annexes A-D with their sections', () => {
    expect(idsOf(doc, 'annex')).toEqual(['A', 'B', 'C', 'D']);
    expect(idsOf(doc, 'annex-section')).toEqual([...range('A.', 1, 5), 'B.1', ...range('C.', 1, 8)]);
    expect(clause(doc, 'C').title).toBe('Instruks vedrørende behandling af personoplysninger');
    expect(clause(doc, 'C.2').text).toContain('SSL-krypteret forbindelse med klient og server');
    invariants(doc);
  });
});

describe('seed 001 (every section one lower, watermark, footnote)', () => {
  const doc = seg(readSeed('001'));

  it('keeps the document\'s own section numbers 1-14', () => {
    expect(idsOf(doc, 'section')).toEqual(range('', 1, 14));
    expect(clause(doc, '1').title).toBe('Præambel');
    expect(clause(doc, '6').title).toBe('Anvendelse af underdatabehandlere');
    expect(clause(doc, '13').title).toBe('Ikrafttræden og ophør');
    expect(clause(doc, '14').title).toBe('Kontaktpersoner hos den dataansvarlige og databehandleren');
  });

  it('reads nested clauses under the shifted sections', () => {
    expect(idsOf(doc, 'clause').filter((id) => id!.startsWith('6.'))).toEqual(range('6.', 1, 6));
    expect(clause(doc, '6.2').text.startsWith('Databehandleren har den dataansvarliges generelle godkendelse')).toBe(true);
    expect(idsOf(doc, 'litra')).toEqual([...letters('5.1', 'd'), ...letters('7.3', 'c'), ...letters('8.1', 'j'), ...letters('8.2', 'd'), ...letters('9.3', 'c')]);
    // "5. Underskrift" after 13.4 is the template's 14.5, numbered 13.5 here.
    expect(clause(doc, '13.5').text.startsWith('Underskrift')).toBe(true);
    expect(count(doc, '5')).toBe(1);
  });

  it('does not take the wrapped reference "Bestemmelse 9.1. og / 9.2." for a clause', () => {
    expect(count(doc, '9.2')).toBe(1);
    expect(clause(doc, '8.3').text.endsWith('Det gælder for de forpligtelser, der følger af Bestemmelse 9.1. og 9.2.')).toBe(true);
  });

  it('removes the FORHÅNDSVISNING watermark, the glued page number and the footnote marker', () => {
    const { removed, text } = doc.norm;
    expect(removed.filter((r) => r.kind === 'watermark').map((r) => [r.text, r.position.line])).toEqual([
      ['FORHÅNDSVISNING', 40],
      ['FORHÅNDSVISNING', 768],
    ]);
    expect(removed.filter((r) => r.kind === 'page-number').map((r) => r.text)).toEqual(['Side 12 af 18']);
    expect(removed.filter((r) => r.kind === 'footnote-marker').map((r) => [r.text, r.position.line])).toEqual([['1', 111]]);
    expect(text).not.toContain('FORHÅNDSVISNING');
    expect(clause(doc, '2.1').text).toContain('EU-ret eller medlemsstaternes nationale ret og disse Bestemmelser.');
  });

  it('joins clause 2.2 across the footnote that interrupts it and keeps the footnote as its own block', () => {
    expect(clause(doc, '2.2').text.startsWith(
      'Den dataansvarlige har ret og pligt til at træffe beslutninger om, til hvilke(t) formål og med hvilke hjælpemidler, der må ske behandling af personoplysninger.',
    )).toBe(true);
    const footnote = doc.norm.blocks.find((b) => b.kind === 'footnote')!;
    expect(footnote.text.startsWith('1 Henvisninger til "medlemsstat"')).toBe(true);
    expect(clause(doc, '2.2').blocks).toContain(footnote);
  });

  it('reads annexes with sections A.1-A.5, B.1, C.1-C.8, D.1-D.9 and splits a title run into its body', () => {
    expect(idsOf(doc, 'annex')).toEqual(['A', 'B', 'C', 'D']);
    expect(idsOf(doc, 'annex-section')).toEqual([...range('A.', 1, 5), 'B.1', ...range('C.', 1, 8), ...range('D.', 1, 9)]);
    expect(clause(doc, 'C.6').title).toBe('Instruks vedrørende overførsel af personoplysninger til tredjelande');
    expect(clause(doc, 'C.6').text.startsWith('Databehandleren er ikke instrueret i at overføre personoplysninger')).toBe(true);
    expect(clause(doc, 'A.5').title).toBe(
      'Databehandlerens behandling af personoplysninger på vegne af den dataansvarlige kan påbegyndes efter disse Bestemmelsers ikrafttræden. Behandlingen har følgende varighed',
    );
    invariants(doc);
  });
});

describe('seed 002 (extra 4.3, empty 15., A.5 followed by A.6)', () => {
  const doc = seg(readSeed('002'));

  it('reads sections 2-16 with an empty section 15', () => {
    expect(idsOf(doc, 'section')).toEqual(range('', 2, 16));
    expect(clause(doc, '15')).toMatchObject({ title: null, text: '', label: '15.' });
    expect(clause(doc, '16').title).toBe('Kontaktpersoner hos den dataansvarlige og databehandleren');
  });

  it('keeps the extra clause 4.3 and the clause 14.5 "Underskrift"', () => {
    expect(idsOf(doc, 'clause').filter((id) => id!.startsWith('4.'))).toEqual(['4.1', '4.2', '4.3']);
    expect(clause(doc, '4.3').text.startsWith('Databehandleren forpligter sig til alene at behandle personoplysningerne')).toBe(true);
    expect(clause(doc, '14.5').text.startsWith('Underskrift')).toBe(true);
    expect(idsOf(doc, 'clause').filter((id) => id!.startsWith('7.'))).toEqual(range('7.', 1, 5));
  });

  it('reads A.1-A.6 with A.3-A.5 empty and A.6 repeating A.5\'s title', () => {
    expect(idsOf(doc, 'annex-section')).toEqual([...range('A.', 1, 6), 'B.1', ...range('C.', 1, 8)]);
    for (const id of ['A.3', 'A.4', 'A.5']) expect(clause(doc, id).text, id).toBe('');
    expect(clause(doc, 'A.6').title).toBe(clause(doc, 'A.5').title);
    expect(clause(doc, 'A.6').text.startsWith('Behandlingen sker så længe den Dataansvarlige har samarbejde')).toBe(true);
  });

  it('keeps the numbered list inside C.2 as its text, not as sections', () => {
    expect(clause(doc, 'C.2').text).toContain('1. Fastlæggelse af sikkerhedsniveau');
    expect(clause(doc, 'C.2').text).toContain('11. Logning');
    expect(doc.clauses.filter((c) => c.start > clause(doc, 'A').start && c.kind !== 'annex' && c.kind !== 'annex-section')).toEqual([]);
  });

  it('removes the page number between pages and joins 10.2 across it, and drops the footnote marker', () => {
    expect(doc.norm.removed.map((r) => [r.kind, r.text, r.position.line])).toEqual([
      ['footnote-marker', '1', 115],
      ['page-number', '8', 392],
    ]);
    expect(clause(doc, '10.2').text).toBe(
      'Databehandlerens underretning til den dataansvarlige skal om muligt ske senest 50 timer efter, at denne er blevet bekendt med bruddet, sådan at den dataansvarlige kan overholde sin forpligtelse til at anmelde bruddet på persondatasikkerheden til den kompetente tilsynsmyndighed, jf. databeskyttelsesforordningens artikel 33.',
    );
  });

  it('does not read the version line "1.0 (31-5-2025)" as a clause', () => {
    expect(doc.clauses[0]!.kind).toBe('front');
    expect(doc.tocSpans).toEqual([]);
    invariants(doc);
  });
});

describe('seed 003 (full ids, 2018 template, duplicated C.3/C.4)', () => {
  const doc = seg(readSeed('003'));

  it('reads full ids and sections 1-15', () => {
    expect(idsOf(doc, 'section')).toEqual(range('', 1, 15));
    expect(clause(doc, '1').title).toBe('Databehandleren');
    expect(idsOf(doc, 'clause').filter((id) => id!.startsWith('7.'))).toEqual(range('7.', 1, 10));
    expect(clause(doc, '7.9').text.startsWith('Databehandleren skal i sin aftale med underdatabehandleren indføje den dataansvarlige')).toBe(true);
    expect(clause(doc, '7.9').label).toBe('7.9');
  });

  it('numbers bullets under a clause as litras', () => {
    expect(idsOf(doc, 'litra')).toEqual([...letters('6.2', 'd'), ...letters('8.2', 'c'), ...letters('9.2', 'j'), ...letters('9.3', 'e'), ...letters('10.2', 'c')]);
    expect(clause(doc, '9.2.e').text).toBe('retten til sletning ("retten til at blive glemt")');
    // The unnumbered paragraph after 10.1 continues it.
    expect(clause(doc, '10.1').text).toContain('senest 24 efter at denne er blevet bekendt med bruddet');
  });

  it('keeps the two C.3 and the two C.4 as they are', () => {
    expect(idsOf(doc, 'annex-section')).toEqual([...range('A.', 1, 5), 'B.1', 'B.2', 'C.1', 'C.2', 'C.3', 'C.4', 'C.3', 'C.4', 'C.5', 'C.6']);
    const c4 = doc.clauses.filter((c) => c.id === 'C.4');
    expect(c4.map((c) => c.title)).toEqual(['Lokalitet for behandling', 'Instruks eller godkendelse vedrørende overførsel af personoplysninger til tredjelande']);
    expect(clause(doc, 'B').title).toBe('Betingelser for databehandlerens brug af underdatabehandlere og liste over godkendte underdatabehandlere');
    invariants(doc);
  });
});

describe('seed 004 (table of contents, tab tables, "- a." litras)', () => {
  const doc = seg(readSeed('004'));

  it('keeps the table of contents out of the clauses', () => {
    expect(doc.tocSpans).toHaveLength(1);
    const toc = doc.norm.text.slice(doc.tocSpans[0]!.start, doc.tocSpans[0]!.end);
    expect(toc.startsWith('Indhold')).toBe(true);
    expect(toc).toContain('2 | Præambel');
    expect(toc).toContain('Bilag D | Parternes regulering af andre forhold');
    expect(doc.clauses[0]!.kind).toBe('front');
    expect(doc.clauses[0]!.end).toBeLessThanOrEqual(doc.tocSpans[0]!.start);
    expect(clause(doc, '2').start).toBeGreaterThanOrEqual(doc.tocSpans[0]!.end);
  });

  it('reads sections 2-14, clauses and "- a." litras', () => {
    expect(idsOf(doc, 'section')).toEqual(range('', 2, 14));
    expect(idsOf(doc, 'clause').filter((id) => id!.startsWith('7.'))).toEqual(range('7.', 1, 6));
    expect(idsOf(doc, 'litra')).toEqual([...letters('6.1', 'd'), ...letters('8.3', 'c'), ...letters('9.1', 'j'), ...letters('9.2', 'd'), ...letters('10.3', 'c')]);
    expect(clause(doc, '6.1.a').label).toBe('a.');
    expect(clause(doc, '14.3').text).toContain('Hvis levering af tjenesterne');
  });

  it('keeps tab-separated tables as table blocks inside their annex sections', () => {
    const b1 = clause(doc, 'B.1');
    const table = b1.blocks.find((b) => b.kind === 'table')!;
    expect(table.rows![0]).toEqual(['Leverandør', 'Land', 'Lovligt grundlag for processering uden for EU', 'Funktion']);
    expect(table.rows!.length).toBe(11);
    expect(table.rows![1]![2]).toBe('');
    expect(clause(doc, 'A.4').blocks.some((b) => b.kind === 'table' && b.rows!.length === 4)).toBe(true);
    expect(idsOf(doc, 'annex-section')).toEqual([...range('A.', 1, 5), 'B.1', ...range('C.', 1, 8)]);
    invariants(doc);
  });
});

describe('speed', () => {
  it('segments each seed in under 30 ms once warm', () => {
    for (const f of SEED_FILES) {
      const normalized = norm(readSeed(f.slice(0, 3)));
      const times: number[] = [];
      for (let k = 0; k < 10; k++) {
        const before = process.cpuUsage();
        segment(normalized);
        const used = process.cpuUsage(before);
        times.push((used.user + used.system) / 1000);
      }
      expect(Math.min(...times), f).toBeLessThan(30);
    }
  });
});
