import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SegmentedDocument } from '../../src/model.js';
import { clause, ids, ROOT, seg } from '../normalize/pipeline.js';

const summary = (doc: SegmentedDocument) => doc.clauses.map((c) => `${c.kind}:${c.id}`);

/** Invariants every segmentation must keep. */
function checkInvariants(doc: SegmentedDocument): void {
  const text = doc.norm.text;
  let last = -1;
  for (const c of doc.clauses) {
    expect(c.start).toBeGreaterThanOrEqual(last);
    last = c.start;
    expect(c.start).toBeLessThanOrEqual(c.bodyStart);
    expect(c.bodyStart).toBeLessThanOrEqual(c.end);
    expect(c.end).toBeLessThanOrEqual(text.length);
    if (c.kind !== 'section' && c.kind !== 'annex') expect(text.slice(c.bodyStart, c.end)).toBe(c.text);
    else expect(text.slice(c.bodyStart).startsWith(c.text)).toBe(true);
    for (const span of doc.tocSpans) expect(c.start >= span.end || c.end <= span.start).toBe(true);
  }
}

describe('sections and clauses', () => {
  it('reads nested numbering: "1." under section 7 is clause 7.1', () => {
    const doc = seg(
      [
        '7. Anvendelse af underdatabehandlere',
        '',
        '1. Databehandleren skal opfylde de betingelser, der er omhandlet i databeskyttelsesforordningens artikel 28.',
        '',
        '2. Databehandleren må således ikke gøre brug af en underdatabehandler uden godkendelse.',
        '',
        '8. Overførsel til tredjelande eller internationale organisationer',
        '',
        '1. Enhver overførsel af personoplysninger til tredjelande må kun foretages efter instruks.',
      ].join('\n'),
    );
    expect(summary(doc)).toEqual(['section:7', 'clause:7.1', 'clause:7.2', 'section:8', 'clause:8.1']);
    expect(clause(doc, '7').title).toBe('Anvendelse af underdatabehandlere');
    expect(clause(doc, '7.1').parent).toBe('7');
    expect(clause(doc, '7.1').label).toBe('1.');
    expect(clause(doc, '7.1').text).toBe('Databehandleren skal opfylde de betingelser, der er omhandlet i databeskyttelsesforordningens artikel 28.');
    checkInvariants(doc);
  });

  it('reads full ids with and without a final period', () => {
    const doc = seg('7. Anvendelse af underdatabehandlere\n\n7.1. Databehandleren skal opfylde betingelserne.\n\n7.2 Databehandleren må ikke.\n\n7.10 Hvis underdatabehandleren svigter.');
    expect(summary(doc)).toEqual(['section:7', 'clause:7.1', 'clause:7.2', 'clause:7.10']);
    expect(clause(doc, '7.2').label).toBe('7.2');
    expect(clause(doc, '7.10').parent).toBe('7');
    checkInvariants(doc);
  });

  it('tells a section heading from a clause paragraph with the same number', () => {
    const doc = seg(
      [
        '2. Den dataansvarliges rettigheder og forpligtelser',
        '',
        '1. Den dataansvarlige er ansvarlig for at sikre, at behandlingen sker lovligt.',
        '',
        '2. Den dataansvarlige har ret og pligt til at træffe beslutninger.',
        '',
        '3. Den dataansvarlige er ansvarlig for, blandt andet, at sikre, at der er et behandlingsgrundlag.',
        '',
        '3. Databehandleren handler efter instruks',
        '',
        '1. Databehandleren må kun behandle personoplysninger efter dokumenteret instruks.',
      ].join('\n'),
    );
    expect(summary(doc)).toEqual(['section:2', 'clause:2.1', 'clause:2.2', 'clause:2.3', 'section:3', 'clause:3.1']);
  });

  it('decides by the next number when both readings fit', () => {
    const body = '1. Databehandleren må kun behandle personoplysninger efter dokumenteret instruks.\n\n2. Databehandleren underretter omgående.';
    // "3. Fortrolighed" after clause 2.2 could be clause 2.3 or section 3: a following "1." makes it a section …
    expect(ids(seg(`2. Instruks\n\n${body}\n\n3. Fortrolighed\n\n1. Databehandleren sikrer fortrolighed.`))).toEqual(['2', '2.1', '2.2', '3', '3.1']);
    // … a following "4." makes it clause 2.3.
    expect(ids(seg(`2. Instruks\n\n${body}\n\n3. Kort titel\n\n4. Databehandleren skal dokumentere det.`))).toEqual(['2', '2.1', '2.2', '2.3', '2.4']);
  });

  it('keeps "5. Underskrift" after clause 13.4 as clause 13.5, not a new section 5', () => {
    const doc = seg('13. Ikrafttræden og ophør\n\n4. Hvis levering af tjenesterne ophører, kan Bestemmelserne opsiges.\n\n5. Underskrift\n\nPå vegne af den dataansvarlige\n\n14. Kontaktpersoner hos den dataansvarlige og databehandleren');
    expect(summary(doc)).toEqual(['section:13', 'clause:13.4', 'clause:13.5', 'section:14']);
    expect(clause(doc, '13.5').text).toBe('Underskrift\n\nPå vegne af den dataansvarlige');
  });

  it('keeps an empty section "15." as its own unit', () => {
    const doc = seg('14. Ikrafttræden og ophør\n\n1. Bestemmelserne træder i kraft ved underskrift.\n\n15.\n\n16. Kontaktpersoner hos den dataansvarlige og databehandleren\n\n1. Parterne kan kontakte hinanden.');
    expect(summary(doc)).toEqual(['section:14', 'clause:14.1', 'section:15', 'section:16', 'clause:16.1']);
    const empty = clause(doc, '15');
    expect(empty.title).toBeNull();
    expect(empty.text).toBe('');
    expect(empty.label).toBe('15.');
  });

  it('keeps duplicate ids as they are', () => {
    const doc = seg('Bilag C Instruks\n\nC.3 Opbevaringsperiode/sletterutine\nPersonoplysningerne opbevares.\n\nC.4 Lokalitet for behandling\nBehandling sker hos databehandleren.\n\nC.3 Opbevaringsperiode/sletterutine\nPersonoplysningerne opbevares.\n\nC.4 Instruks vedrørende overførsel\nIngen overførsel.');
    expect(ids(doc)).toEqual(['C', 'C.3', 'C.4', 'C.3', 'C.4']);
    checkInvariants(doc);
  });

  it('lets an unnumbered paragraph continue the clause above it', () => {
    const doc = seg('6. Behandlingssikkerhed\n\n3. Derudover skal databehandleren bistå den dataansvarlige.\n\nHvis imødegåelse af de identificerede risici kræver yderligere foranstaltninger, angives de i bilag C.\n\n7. Anvendelse af underdatabehandlere');
    expect(ids(doc)).toEqual(['6', '6.3', '7']);
    expect(clause(doc, '6.3').text).toBe(
      'Derudover skal databehandleren bistå den dataansvarlige.\n\nHvis imødegåelse af de identificerede risici kræver yderligere foranstaltninger, angives de i bilag C.',
    );
    expect(clause(doc, '6.3').blocks.length).toBe(2);
  });

  it('puts text before the first section into one front unit', () => {
    const doc = seg('Standardkontraktsbestemmelser\n\nMellem parterne\n\nConsile ApS\n\n2. Præambel\n\n1. Disse Bestemmelser fastsætter databehandlerens rettigheder.');
    expect(summary(doc)).toEqual(['front:null', 'section:2', 'clause:2.1']);
    expect(doc.clauses[0]!.text).toBe('Standardkontraktsbestemmelser\n\nMellem parterne\n\nConsile ApS');
    expect(doc.clauses[0]!.label).toBeNull();
  });

  it('does not read a version line "1.0 (31-5-2025)" or a date as a clause', () => {
    const doc = seg('1.0 (31-5-2025) Oprettelse af databehandleraftale\n\n1. januar 2025 trådte aftalen i kraft.\n\n2. Præambel');
    expect(summary(doc)).toEqual(['front:null', 'section:2']);
  });
});

describe('litra', () => {
  it('reads "a.", "a)", "(a)" under a clause as 9.2.a …', () => {
    for (const form of ['a.', 'a)', '(a)']) {
      const b = form.replace('a', 'b');
      const doc = seg(`9. Bistand til den dataansvarlige\n\n2. Databehandleren bistår endvidere den dataansvarlige med:\n\n${form} den dataansvarliges forpligtelse til at anmelde brud\n\n${b} den dataansvarliges forpligtelse til at underrette den registrerede\n\n3. Parterne skal i bilag C angive foranstaltningerne.`);
      expect(summary(doc)).toEqual(['section:9', 'clause:9.2', 'litra:9.2.a', 'litra:9.2.b', 'clause:9.3']);
      expect(clause(doc, '9.2.a').parent).toBe('9.2');
      expect(clause(doc, '9.2.a').label).toBe(form);
      expect(clause(doc, '9.2.a').text).toBe('den dataansvarliges forpligtelse til at anmelde brud');
      // The clause spans its litras.
      expect(clause(doc, '9.2').end).toBe(clause(doc, '9.2.b').end);
    }
  });

  it('reads litras written with their full id ("9.2.a.")', () => {
    const doc = seg('9.2. Databehandleren bistår endvidere med:\n\n9.2.a. den dataansvarliges forpligtelse til at anmelde\n\n9.2.b. den dataansvarliges forpligtelse til at underrette\n\n9.3. Parterne skal angive.');
    expect(summary(doc)).toEqual(['clause:9.2', 'litra:9.2.a', 'litra:9.2.b', 'clause:9.3']);
    expect(clause(doc, '9.2.b')).toMatchObject({ parent: '9.2', label: '9.2.b.', text: 'den dataansvarliges forpligtelse til at underrette' });
  });

  it('numbers bullets under a clause a, b, c by position', () => {
    const doc = seg('6.2 Ovenstående forpligtelse indebærer, at databehandleren skal:\n • Pseudonymisering og kryptering\n • Evne til at sikre vedvarende fortrolighed\n • Evne til rettidigt at genoprette\n6.3 Databehandleren skal som minimum.');
    expect(ids(doc)).toEqual(['6.2', '6.2.a', '6.2.b', '6.2.c', '6.3']);
    expect(clause(doc, '6.2.b').label).toBeNull();
  });

  it('reads roman numerals under a letter as sub-items, and "i" after "h" as a letter', () => {
    const doc = seg('3.2 For each module:\n\nc. the following applies:\n\ni. The optional docking clause does not apply;\n\nii. Option 2 applies;\n\n3.3 Other transfers.');
    expect(ids(doc)).toEqual(['3.2', '3.2.c', '3.2.c.i', '3.2.c.ii', '3.3']);
    const letters = 'abcdefghij'.split('').map((l) => `${l}. retten ${l}`).join('\n');
    expect(ids(seg(`9.1 Overholdelsen af:\n${letters}`)).slice(-2)).toEqual(['9.1.i', '9.1.j']);
  });

  it('lets a lower-case continuation stay with the litra and an upper-case paragraph return to the clause', () => {
    const doc = seg('8.3 Uden instruks kan databehandleren ikke:\n\na. overføre personoplysninger til en dataansvarlig\n\nb. overlade behandling til en underdatabehandler\n\nDette gælder også koncernforbundne selskaber.\n\n8.4 Den dataansvarliges instruks.');
    expect(clause(doc, '8.3.b').text).toBe('overlade behandling til en underdatabehandler');
    expect(clause(doc, '8.3').text.endsWith('Dette gælder også koncernforbundne selskaber.')).toBe(true);
  });
});

describe('annexes', () => {
  it('reads annex headings in their usual forms', () => {
    const forms: Array<[string, string, string]> = [
      ['Bilag A Oplysninger om behandlingen', 'A', 'Oplysninger om behandlingen'],
      ['Bilag A. Oplysninger om behandlingen', 'A', 'Oplysninger om behandlingen'],
      ['Bilag A - Oplysninger om behandlingen', 'A', 'Oplysninger om behandlingen'],
      ['Bilag B    Underdatabehandlere', 'B', 'Underdatabehandlere'],
      ['Appendix B: Sub-processors', 'B', 'Sub-processors'],
      ['Annex I - List of parties', 'Annex I', 'List of parties'],
      ['Schedule 1 Details of processing', 'Schedule 1', 'Details of processing'],
      ['ANNEX II', 'Annex II', 'Technical and organisational measures'],
    ];
    for (const [line, id, title] of forms) {
      const doc = seg(`${line}\n\nTechnical and organisational measures\n\nText of the annex follows here.`);
      expect(doc.clauses[0], line).toMatchObject({ kind: 'annex', id, title, parent: null });
    }
  });

  it('does not read a sentence about an annex as its heading', () => {
    const doc = seg('2. Præambel\n\n6. Bilag A indeholder nærmere oplysninger om behandlingen.\n\nBilag B indeholder den dataansvarliges betingelser for brug af underdatabehandlere.');
    expect(summary(doc)).toEqual(['section:2', 'clause:2.6']);
  });

  it('reads annex sections "A.3.", "A.3" and "C.6." with their parent and title', () => {
    const doc = seg('Bilag A Oplysninger om behandlingen\n\nA.1. Formålet med behandlingen\n\nDrift af systemet.\n\nA.2 Karakteren af behandlingen\nOpbevaring.\n\nBilag C Instruks\n\nC.6. Instruks vedrørende overførsel af personoplysninger til tredjelande Databehandleren er ikke instrueret i at overføre personoplysninger til tredjelande.\n\nC.7. Procedurer for revisioner');
    expect(summary(doc)).toEqual(['annex:A', 'annex-section:A.1', 'annex-section:A.2', 'annex:C', 'annex-section:C.6', 'annex-section:C.7']);
    expect(clause(doc, 'A.1')).toMatchObject({ parent: 'A', title: 'Formålet med behandlingen', text: 'Drift af systemet.', label: 'A.1.' });
    expect(clause(doc, 'A.2')).toMatchObject({ title: 'Karakteren af behandlingen', text: 'Opbevaring.' });
    expect(clause(doc, 'C.6')).toMatchObject({
      title: 'Instruks vedrørende overførsel af personoplysninger til tredjelande',
      text: 'Databehandleren er ikke instrueret i at overføre personoplysninger til tredjelande.',
    });
    expect(clause(doc, 'C.7').text).toBe('');
    expect(clause(doc, 'A').end).toBe(clause(doc, 'A.2').end);
    checkInvariants(doc);
  });

  it('keeps numbered items and bullets inside an annex section as its text', () => {
    const doc = seg('Bilag C Instruks\n\nC.2. Behandlingssikkerhed\n\nFølgende foranstaltninger:\n\n1. Fastlæggelse af sikkerhedsniveau\n\nProcedure for hændelser.\n\n2. Processer og beredskab\n\n• Backup\n\nC.3 Bistand til den dataansvarlige');
    expect(ids(doc)).toEqual(['C', 'C.2', 'C.3']);
    expect(clause(doc, 'C.2').text).toContain('2. Processer og beredskab\n\nBackup');
  });
});

describe('table of contents', () => {
  it('keeps an "Indhold" list with dotted leaders out of the clauses', () => {
    const doc = seg(
      [
        'Databehandleraftale',
        '',
        'Indholdsfortegnelse',
        '2. Præambel .......................... 3',
        '3. Den dataansvarliges rettigheder og forpligtelser ........ 4',
        '4. Databehandleren handler efter instruks ....... 4',
        'Bilag A Oplysninger om behandlingen ........ 12',
        '',
        '2. Præambel',
        '',
        '1. Disse Bestemmelser fastsætter databehandlerens rettigheder.',
      ].join('\n'),
    );
    expect(summary(doc)).toEqual(['front:null', 'section:2', 'clause:2.1']);
    expect(doc.tocSpans).toHaveLength(1);
    const toc = doc.norm.text.slice(doc.tocSpans[0]!.start, doc.tocSpans[0]!.end);
    expect(toc.startsWith('Indholdsfortegnelse')).toBe(true);
    expect(toc).toContain('Bilag A Oplysninger');
    expect(doc.clauses[0]!.text).toBe('Databehandleraftale');
  });

  it('finds a contents table (tab-separated) and a contents list without page numbers that recurs as headings', () => {
    const table = seg('Indhold\n\t2\tPræambel\n\t3\tDen dataansvarliges rettigheder\n\tBilag A\tOplysninger om behandlingen\n\n2. Præambel\n\n1. Disse Bestemmelser.');
    expect(summary(table)).toEqual(['section:2', 'clause:2.1']);
    expect(table.tocSpans).toHaveLength(1);
    const list = seg('Table of contents\n\n1. Definitions\n\n2. Processing\n\n3. Security\n\n1. Definitions\n\n1.1 "Personal Data" means any information.\n\n2. Processing\n\n2.1 The Processor shall process.\n\n3. Security\n\n3.1 The Processor shall secure.');
    expect(summary(list)).toEqual(['section:1', 'clause:1.1', 'section:2', 'clause:2.1', 'section:3', 'clause:3.1']);
  });

  it('counts a numbered contents heading ("1. Indhold") as part of the contents', () => {
    const doc = seg('## 1. Indhold\n\n- 2. Præambel\n- 3. Den dataansvarliges rettigheder og forpligtelser\n\n## 2. Præambel\n\n2.1. Disse Bestemmelser.\n\n## 3. Den dataansvarliges rettigheder og forpligtelser\n\n3.1. Den dataansvarlige.', 'markdown');
    expect(summary(doc)).toEqual(['section:2', 'clause:2.1', 'section:3', 'clause:3.1']);
    expect(doc.norm.text.slice(doc.tocSpans[0]!.start, doc.tocSpans[0]!.end)).toBe('1. Indhold\n\n2. Præambel\n\n3. Den dataansvarliges rettigheder og forpligtelser');
  });

  it('does not take consecutive headings in the body for a table of contents', () => {
    const doc = seg('14. Ikrafttræden og ophør\n\n15.\n\n16. Kontaktpersoner\n\n1. Parterne kan kontakte hinanden.');
    expect(doc.tocSpans).toEqual([]);
  });
});

describe('English and Markdown documents', () => {
  it('reads "1. Definitions", "1.1", "(a)", "Clause 7", "Schedule 1"', () => {
    const doc = seg(
      [
        'Data Processing Agreement',
        '',
        '1. Definitions',
        '',
        '1.1 In this DPA the following terms apply:',
        '',
        '(a) "Personal Data" has the meaning given in the GDPR;',
        '',
        '(b) "Processor" means the Supplier.',
        '',
        '2. Processing of Personal Data',
        '',
        '2.1 The Processor shall process Personal Data only on documented instructions.',
        '',
        'Clause 7',
        '',
        'The Processor shall not engage a sub-processor without authorisation.',
        '',
        'Schedule 1 Details of processing',
        '',
        'Subject matter: hosting.',
      ].join('\n'),
    );
    expect(summary(doc)).toEqual([
      'front:null',
      'section:1',
      'clause:1.1',
      'litra:1.1.a',
      'litra:1.1.b',
      'section:2',
      'clause:2.1',
      'section:7',
      'annex:Schedule 1',
    ]);
    expect(clause(doc, '7').text).toBe('The Processor shall not engage a sub-processor without authorisation.');
    checkInvariants(doc);
  });

  it('uses Markdown headings and the restored list numbers', () => {
    const doc = seg('# Databehandleraftale\n\nmellem parterne\n\n## 7 Anvendelse af underdatabehandlere\n\n1. Databehandleren skal opfylde betingelserne.\n\n1. Databehandleren må ikke.\n\n## Bilag B Underdatabehandlere\n\n### B.1 Godkendte underdatabehandlere\n\n| Navn | CVR |\n|---|---|\n| Unit IT | 1 |', 'markdown');
    expect(summary(doc)).toEqual(['front:null', 'section:7', 'clause:7.1', 'clause:7.2', 'annex:B', 'annex-section:B.1']);
    expect(clause(doc, '7.2').label).toBe('2.');
    expect(clause(doc, 'B.1').text).toBe('Navn | CVR\nUnit IT | 1');
    expect(clause(doc, 'B.1').blocks.map((b) => b.kind)).toEqual(['heading', 'table']);
  });
});

const TEMPLATE = `${ROOT}../shared/templates/datatilsynet-2020-da.md`;

describe.skipIf(!existsSync(TEMPLATE))('the Datatilsynet template itself (../shared/templates)', () => {
  it('segments into sections 2-15, clauses, litras and annex sections with its contents list kept out', () => {
    const doc = seg(readFileSync(TEMPLATE, 'utf8'), 'markdown');
    const all = ids(doc);
    expect(doc.clauses.filter((c) => c.kind === 'section').map((c) => c.id)).toEqual(Array.from({ length: 14 }, (_, k) => String(k + 2)));
    for (const id of ['2.11', '6.1.d', '7.3', '7.6', '9.1.j', '9.2.a', '9.3', '10.3.c', '14.5', '15.2', 'A.5', 'B.2', 'C.8', 'D']) expect(all).toContain(id);
    expect(doc.tocSpans).toHaveLength(1);
    checkInvariants(doc);
  });
});
