// Run-on lines that PDF and DOCX exports produce (found in the LibreOffice renderings of the seeds): split back apart
// so the clauses come out as they do from the text, and left alone where the same shape is ordinary prose.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { segment } from '../../src/segment/index.js';
import type { RawLine } from '../../src/model.js';
import { norm, seg } from './pipeline.js';

/** A DOCX-like document: one RawLine per paragraph. */
function paragraphs(texts: string[]) {
  const lines: RawLine[] = texts.map((text, k) => ({ text, line: k + 1, column: 1, page: null, kind: 'paragraph', paragraphStart: true }));
  return normalize({ format: 'docx', pages: null, paragraphsKnown: true, notes: [], lines });
}

const ids = (text: string) => seg(text).clauses.map((c) => c.id);

describe('annex heading run onto the paragraph before it', () => {
  it('splits "… fra Leverandøren Bilag A Oplysninger om behandlingen" into the paragraph and the annex heading', () => {
    const doc = seg('15.2 Kontaktpersonen er oplyst på fakturaen fra Leverandøren Bilag A Oplysninger om behandlingen\n\nA.1. Formålet\n\nDrift af systemet.');
    expect(doc.clauses.map((c) => c.id)).toEqual(['15.2', 'A', 'A.1']);
    expect(doc.clauses[0]!.text).toBe('Kontaktpersonen er oplyst på fakturaen fra Leverandøren');
  });

  it('accepts a dash between the annex letter and its title', () => {
    expect(ids('15.2 Parterne orienterer hinanden om kontaktpunktet Bilag A - Oplysninger om behandlingen\n\nA.1. Formålet')).toEqual(['15.2', 'A', 'A.1']);
  });

  it('leaves a reference to an annex in running text alone', () => {
    const doc = seg('2.6 Nærmere oplysninger fremgår af Bilag A Oplysninger om behandlingen\n\n2.7 Andet.');
    expect(doc.clauses.map((c) => c.id)).toEqual(['2.6', '2.7']);
  });

  it('leaves a contents list run into one paragraph alone', () => {
    const doc = paragraphs(['Indhold 14. Ikrafttræden og ophør Bilag A Oplysninger om behandlingen Bilag C Instruks vedrørende behandling Bilag D Parternes regulering af andre forhold']);
    expect(doc.blocks).toHaveLength(1);
  });

  it('does not split on a word that is no annex title', () => {
    expect(ids('15.2 Se fakturaen fra Leverandøren Bilag A Kontaktliste\n\n15.3 Andet.')).toEqual(['15.2', '15.3']);
  });
});

describe('annex section run into the paragraph before it', () => {
  it('splits a chain of empty sections set on one line, label by label', () => {
    const doc = seg('Bilag A Oplysninger om behandlingen\n\nA.3. Typer af personoplysninger A.4. Kategorier af registrerede A.5. Varighed Så længe aftalen løber.');
    expect(doc.clauses.map((c) => c.id)).toEqual(['A', 'A.3', 'A.4', 'A.5']);
    expect(doc.clauses.find((c) => c.id === 'A.3')!.text).toBe('');
  });

  it('splits the next section heading off the end of a paragraph, also when its title is on the next line', () => {
    expect(ids('Bilag C Instruks\n\nC.1. Genstand\n\nDatabehandleren udfører den beskrevne behandling C.2.\nBehandlingssikkerhed\n\nKryptering.')).toEqual([
      'C',
      'C.1',
      'C.2',
    ]);
  });

  it('takes the first section after an annex heading from a wrapped heading line', () => {
    expect(ids('Bilag B Betingelser for databehandlerens brug af\nunderdatabehandlere B.1 Betingelser for brug\n\nTekst.')).toEqual(['B', 'B.1']);
  });

  it('leaves a reference to the next section alone ("jf. C.2", "angivet i Bilag C.2")', () => {
    const doc = seg('Bilag C Instruks\n\nC.1. Genstand\n\nForanstaltningerne er angivet i Bilag C.2 Sikkerhed nedenfor, jf. C.2 Sikkerhed.');
    expect(doc.clauses.map((c) => c.id)).toEqual(['C', 'C.1']);
  });

  it('does not split on a section number out of sequence', () => {
    expect(ids('Bilag C Instruks\n\nC.1. Genstand\n\nDatabehandleren følger C.5 Lokalitet som aftalt.')).toEqual(['C', 'C.1']);
  });
});

describe('footnote and the rest of the interrupted sentence in one paragraph (DOCX)', () => {
  it('puts the sentence back together and keeps the footnote as a footnote', () => {
    const doc = paragraphs([
      '2. Den dataansvarlige i en medlemsstat1 har ret og pligt til at træffe beslutninger om, til hvilke(t) formål og',
      '1 Henvisninger til "medlemsstat" skal forstås som "EØS-medlemsstater". med hvilke hjælpemidler, der må ske behandling.',
      '3. Den dataansvarlige er ansvarlig for behandlingsgrundlaget.',
    ]);
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', '2. Den dataansvarlige i en medlemsstat har ret og pligt til at træffe beslutninger om, til hvilke(t) formål og med hvilke hjælpemidler, der må ske behandling.'],
      ['footnote', '1 Henvisninger til "medlemsstat" skal forstås som "EØS-medlemsstater".'],
      ['paragraph', '3. Den dataansvarlige er ansvarlig for behandlingsgrundlaget.'],
    ]);
  });

  it('does not end a footnote at an abbreviation', () => {
    const doc = paragraphs(['1 Se f.eks. artikel 28 og stk. for nærmere.']);
    expect(doc.blocks.map((b) => b.text)).toEqual(['1 Se f.eks. artikel 28 og stk. for nærmere.']);
  });
});

describe('page number stuck to the paragraph a page break interrupted', () => {
  it('drops it and rejoins the paragraph (PDF-like lines)', () => {
    const doc = norm('2. Underretningen skal ske senest 24 timer efter, sådan at den dataansvarlige 8\n\nkan overholde sin forpligtelse.');
    expect(doc.text).toBe('2. Underretningen skal ske senest 24 timer efter, sådan at den dataansvarlige kan overholde sin forpligtelse.');
    expect(doc.removed.some((r) => r.kind === 'page-number' && r.text === '8')).toBe(true);
  });

  it('drops it between DOCX paragraphs too', () => {
    const doc = paragraphs(['2. Underretningen skal ske, sådan at den dataansvarlige 8', 'kan overholde sin forpligtelse.']);
    expect(doc.blocks.map((b) => b.text)).toEqual(['2. Underretningen skal ske, sådan at den dataansvarlige kan overholde sin forpligtelse.']);
  });

  it('keeps a number a unit or a reference word explains', () => {
    expect(norm('Databehandleren underretter senest 24\ntimer efter bruddet.').text).toBe('Databehandleren underretter senest 24 timer efter bruddet.');
    expect(norm('Databehandleren underretter inden for 36\n\ntimer efter bruddet.').text).toContain('36');
    expect(norm('jf. databeskyttelsesforordningens artikel 28\n\nstk. 3').text).toContain('artikel 28');
  });
});

describe('a reference wrapped before its last letter', () => {
  it('joins "litra" + "f." across a paragraph gap instead of making f. a clause', () => {
    const doc = segment(norm('9.3 Databehandleren bistår, jf. art. 28, stk. 3, litra\n\nf.\n\n9.4 Andet.'));
    expect(doc.clauses.map((c) => c.id)).toEqual(['9.3', '9.4']);
    expect(doc.clauses[0]!.text).toBe('Databehandleren bistår, jf. art. 28, stk. 3, litra f.');
  });
});

describe('a list whose bullets were drawn as graphics (PDF)', () => {
  const intro = 'Databehandleren bistår den dataansvarlige med at opfylde de registreredes rettigheder, som fremgår af følgende bestemmelser:';
  it('makes each short lower-case line an item, and a wrapped item one item', () => {
    const doc = norm(
      [
        intro,
        'indsigtsretten',
        'retten til berigtigelse',
        'underretningspligten i forbindelse med berigtigelse eller sletning af personoplysninger eller begrænsning af',
        'behandling',
        'retten til dataportabilitet',
        '2. Databehandleren bistår også på anden måde, når den dataansvarlige har behov for det i en konkret sag.',
      ].join('\n'),
    );
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', intro],
      ['list-item', 'indsigtsretten'],
      ['list-item', 'retten til berigtigelse'],
      ['list-item', 'underretningspligten i forbindelse med berigtigelse eller sletning af personoplysninger eller begrænsning af behandling'],
      ['list-item', 'retten til dataportabilitet'],
      ['paragraph', '2. Databehandleren bistår også på anden måde, når den dataansvarlige har behov for det i en konkret sag.'],
    ]);
  });

  it('leaves lettered items whose last words wrapped onto short lines alone', () => {
    const doc = norm(['a. oplysningspligten ved indsamling af personoplysninger hos den', 'registrerede', '', 'b. retten til dataportabilitet', '', 'c. den dataansvarliges forpligtelse til at underrette om', 'rettigheder eller', 'frihedsrettigheder'].join('\n'));
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'a. oplysningspligten ved indsamling af personoplysninger hos den registrerede',
      'b. retten til dataportabilitet',
      'c. den dataansvarliges forpligtelse til at underrette om rettigheder eller frihedsrettigheder',
    ]);
  });

  it('keeps a wrapped paragraph with one short last line one paragraph', () => {
    const text = [
      'Databehandleren skal under hensyntagen til behandlingens karakter så vidt muligt bistå den dataansvarlige',
      'ved hjælp af passende tekniske og organisatoriske foranstaltninger med opfyldelse af den dataansvarliges',
      'forpligtelse til at besvare anmodninger',
      'om udøvelse af de registreredes rettigheder.',
    ].join('\n');
    expect(norm(text).blocks).toHaveLength(1);
  });
});

describe('Markdown footnote syntax left in the text of a PDF', () => {
  it('removes "[^footnote1]" as a footnote marker', () => {
    const doc = norm('Databehandleren følger EU-ret eller medlemsstaternes nationale ret og disse Bestemmelser.[^footnote1]');
    expect(doc.text).toBe('Databehandleren følger EU-ret eller medlemsstaternes nationale ret og disse Bestemmelser.');
    expect(doc.removed).toEqual([expect.objectContaining({ kind: 'footnote-marker', text: '[^footnote1]' })]);
  });
});
