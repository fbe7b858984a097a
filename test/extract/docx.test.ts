// DOCX extraction: paragraphs, headings, tables, footnotes, Word list labels restored from numbering.xml, and
// unaccepted tracked changes (text as accepted, each change a note at its line).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { ExtractedDocument } from '../../src/model.js';
import { abstractNum, miniDocx, num, p, type DocxParts } from './helpers/mini-docx.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures');

async function docx(parts: DocxParts): Promise<ExtractedDocument> {
  return extract(await miniDocx(parts), 'case.docx');
}

const labelled = (doc: ExtractedDocument) => doc.lines.map((l) => (l.label ? `${l.label} ${l.text}` : l.text));

describe('DOCX structure', () => {
  it('gives one line per paragraph, headings, tables with cells and footnotes', async () => {
    const doc = await docx({
      styles: '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>',
      body: [
        p('Databehandleraftale', { style: 'Heading1' }),
        '<w:p><w:r><w:t xml:space="preserve">Databehandleren overholder medlemsstaternes</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t xml:space="preserve"> nationale ret.</w:t></w:r></w:p>',
        '<w:tbl><w:tr><w:tc>' + p('Navn') + '</w:tc><w:tc>' + p('CVR') + '</w:tc></w:tr>',
        '<w:tr><w:tc>' + p('Klarsky Systems ApS') + '</w:tc><w:tc>' + p('12345678') + '</w:tc></w:tr></w:tbl>',
        p('Slut.'),
      ].join(''),
      footnotes: '<w:footnote w:id="1"><w:p><w:r><w:t>Medlemsstater er EU/EØS-medlemsstater.</w:t></w:r></w:p></w:footnote>',
    });
    expect(doc.format).toBe('docx');
    expect(doc.paragraphsKnown).toBe(true);
    expect(doc.pages).toBeNull();
    expect(doc.lines.map((l) => [l.kind, l.text])).toEqual([
      ['heading', 'Databehandleraftale'],
      ['paragraph', 'Databehandleren overholder medlemsstaternes nationale ret.'],
      ['table-row', 'Navn | CVR'],
      ['table-row', 'Klarsky Systems ApS | 12345678'],
      ['paragraph', 'Slut.'],
      ['footnote', '1 Medlemsstater er EU/EØS-medlemsstater.'],
    ]);
    expect(doc.lines[3]!.cells).toEqual(['Klarsky Systems ApS', '12345678']);
    expect(doc.lines[2]!.tableId).toBe(doc.lines[3]!.tableId);
    expect(doc.lines.map((l) => l.line)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(doc.lines.every((l) => l.paragraphStart === true && l.page === null)).toBe(true);
  });

  it('reads the sub-processor table of the fixture with its rows and cells', async () => {
    const doc = await extract(new Uint8Array(readFileSync(join(FIXTURES, 'docx', 'table-subprocessors.docx'))), 'table-subprocessors.docx');
    const rows = doc.lines.filter((l) => l.kind === 'table-row');
    expect(rows).toHaveLength(9);
    expect(rows[0]!.cells).toEqual(['Navn', 'CVR', 'Adresse', 'Beskrivelse af behandling']);
    expect(rows[1]!.cells).toEqual(['Microsoft Danmark ApS', '13612870', 'Kanalvej 7, 2800 Kongens Lyngby', 'Hosting af e-mail og dokumenter (Microsoft 365); data opbevares i EU/EØS.']);
  });
});

describe('Word list labels', () => {
  it('restores 1. / 1.1 / a. and the continuation of a list after a table (numbered-docxlib.docx)', async () => {
    const doc = await extract(new Uint8Array(readFileSync(join(FIXTURES, 'docx', 'numbered-docxlib.docx'))), 'numbered-docxlib.docx');
    const labels = doc.lines.filter((l) => l.label).map((l) => l.label);
    expect(labels).toEqual(['1.', '1.1', '1.2', '2.', '2.1', 'a.', 'b.', 'c.', '2.2', '3.', '3.1', '4.', '4.1']);
    expect(doc.lines.find((l) => l.text.startsWith('Ikrafttræden'))!.label).toBe('4.');
    expect(doc.lines.find((l) => l.text.startsWith('pseudonymisering'))!.kind).toBe('list-item');
  });

  const decimal3 = abstractNum(0, [
    { fmt: 'decimal', text: '%1.' },
    { fmt: 'decimal', text: '%1.%2.' },
    { fmt: 'lowerLetter', text: '(%3)' },
  ]);

  it('follows lvlText patterns and restarts deeper levels', async () => {
    const doc = await docx({
      numbering: decimal3 + num(1, 0),
      body: [p('Instruks', { numId: 1, ilvl: 0 }), p('Første', { numId: 1, ilvl: 1 }), p('litra', { numId: 1, ilvl: 2 }), p('litra', { numId: 1, ilvl: 2 }), p('Anden', { numId: 1, ilvl: 1 }), p('Fortrolighed', { numId: 1, ilvl: 0 }), p('Første', { numId: 1, ilvl: 1 })].join(''),
    });
    expect(labelled(doc)).toEqual(['1. Instruks', '1.1. Første', '(a) litra', '(b) litra', '1.2. Anden', '2. Fortrolighed', '2.1. Første']);
  });

  it('continues a list across nums sharing an abstract, restarts it on startOverride', async () => {
    const doc = await docx({
      numbering: decimal3 + num(1, 0) + num(2, 0) + num(3, 0, [{ ilvl: 0, start: 1 }]),
      body: [p('a', { numId: 1, ilvl: 0 }), p('b', { numId: 1, ilvl: 0 }), p('Mellemtekst.'), p('c', { numId: 2, ilvl: 0 }), p('d', { numId: 3, ilvl: 0 }), p('e', { numId: 3, ilvl: 0 })].join(''),
    });
    expect(labelled(doc)).toEqual(['1. a', '2. b', 'Mellemtekst.', '3. c', '1. d', '2. e']);
  });

  it('numbers paragraphs through their style (numPr in styles.xml, levels linked by pStyle)', async () => {
    const doc = await docx({
      styles: [
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>',
        '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>',
        '<w:style w:type="paragraph" w:styleId="Clause"><w:name w:val="Clause"/><w:basedOn w:val="Heading1"/></w:style>',
      ].join(''),
      numbering:
        abstractNum(4, [
          { fmt: 'decimal', text: '%1.', pStyle: 'Heading1' },
          { fmt: 'decimal', text: '%1.%2', pStyle: 'Heading2' },
          { fmt: 'upperRoman', text: '%3)', pStyle: 'Clause' },
        ]) + num(5, 4),
      body: [p('Definitioner', { style: 'Heading1' }), p('Begreber', { style: 'Heading2' }), p('Fortolkning', { style: 'Heading2' }), p('Instruks', { style: 'Heading1' }), p('Ingen nummerering', { style: 'Heading1', numId: 0 }), p('Underpunkt', { style: 'Heading2' })].join(''),
    });
    expect(labelled(doc)).toEqual(['1. Definitioner', '1.1 Begreber', '1.2 Fortolkning', '2. Instruks', 'Ingen nummerering', '2.1 Underpunkt']);
    expect(doc.lines[0]!.kind).toBe('heading');
  });

  it('handles isLgl, lvlRestart and roman/letter formats', async () => {
    const doc = await docx({
      numbering:
        abstractNum(0, [
          { fmt: 'upperRoman', text: '%1.' },
          { fmt: 'decimal', text: '%1.%2', isLgl: true, restart: 0 },
        ]) + num(1, 0),
      body: [p('x', { numId: 1, ilvl: 0 }), p('y', { numId: 1, ilvl: 1 }), p('z', { numId: 1, ilvl: 0 }), p('w', { numId: 1, ilvl: 1 })].join(''),
    });
    // isLgl shows the parent level in Arabic numerals; lvlRestart 0 keeps counting across parents.
    expect(labelled(doc)).toEqual(['I. x', '1.1 y', 'II. z', '2.2 w']);
  });

  it('gives bullets no label but keeps them list items', async () => {
    const doc = await docx({
      numbering: abstractNum(0, [{ fmt: 'bullet', text: '•' }]) + num(1, 0),
      body: [p('punkt', { numId: 1, ilvl: 0 })].join(''),
    });
    expect(doc.lines[0]).toMatchObject({ text: 'punkt', kind: 'list-item' });
    expect(doc.lines[0]!.label).toBeUndefined();
  });

  it('puts the label of a numbered paragraph inside a table cell into the cell', async () => {
    const doc = await docx({
      numbering: decimal3 + num(1, 0),
      body: '<w:tbl><w:tr><w:tc>' + p('Instruks', { numId: 1, ilvl: 0 }) + '</w:tc><w:tc>' + p('Se bilag C.') + '</w:tc></w:tr></w:tbl>',
    });
    expect(doc.lines[0]!.cells).toEqual(['1. Instruks', 'Se bilag C.']);
  });
});

describe('tracked changes', () => {
  const body = [
    '<w:p><w:r><w:t xml:space="preserve">Databehandleren underretter </w:t></w:r>',
    '<w:del w:id="1" w:author="Revisor" w:date="2025-01-02T10:00:00Z"><w:r><w:delText>inden 24 timer</w:delText></w:r></w:del>',
    '<w:ins w:id="2" w:author="Revisor" w:date="2025-01-02T10:00:00Z"><w:r><w:t>uden unødig forsinkelse</w:t></w:r></w:ins>',
    '<w:r><w:t xml:space="preserve"> den dataansvarlige.</w:t></w:r></w:p>',
    p('Uændret afsnit.'),
    '<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="Revisor"/></w:rPr></w:pPr><w:del w:id="4" w:author="Revisor"><w:r><w:delText>Slettet afsnit.</w:delText></w:r></w:del></w:p>',
    '<w:p><w:ins w:id="5" w:author="Jurist"><w:r><w:t>Nyt afsnit.</w:t></w:r></w:ins></w:p>',
  ].join('');

  it('reads the text as if every change were accepted', async () => {
    const doc = await docx({ body });
    expect(doc.lines.map((l) => l.text)).toEqual(['Databehandleren underretter uden unødig forsinkelse den dataansvarlige.', 'Uændret afsnit.', 'Nyt afsnit.']);
  });

  it('reports each change as a note with its text and position', async () => {
    const doc = await docx({ body });
    const notes = doc.notes.filter((n) => n.kind === 'tracked-change');
    expect(notes.map((n) => [n.text, n.position])).toEqual([
      ['inden 24 timer', { line: 1, column: 29, page: null }],
      ['uden unødig forsinkelse', { line: 1, column: 29, page: null }],
      // A paragraph deleted whole points at the next paragraph that remains.
      ['Slettet afsnit.', { line: 3, column: 1, page: null }],
      ['Nyt afsnit.', { line: 3, column: 1, page: null }],
    ]);
    expect(notes[0]!.message).toMatch(/deletion by Revisor/);
    expect(notes[1]!.message).toMatch(/insertion by Revisor/);
    expect('Databehandleren underretter uden unødig forsinkelse'.indexOf('uden') + 1).toBe(29);
  });

  it('has no tracked-change notes for a clean document', async () => {
    const doc = await extract(new Uint8Array(readFileSync(join(FIXTURES, 'docx', '000-connectus.docx'))), '000-connectus.docx');
    expect(doc.notes.filter((n) => n.kind === 'tracked-change')).toEqual([]);
  });
});

describe('DOCX watermark', () => {
  it('reports WordArt in the page header as a watermark note and a first line', async () => {
    const JSZip = (await import('jszip')).default;
    const base = await miniDocx({ body: p('Databehandleren behandler kun personoplysninger efter instruks.') });
    const zip = await JSZip.loadAsync(base);
    zip.file(
      'word/header1.xml',
      '<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml"><w:p><w:r><w:pict><v:shape id="PowerPlusWaterMarkObject1" type="#_x0000_t136"><v:textpath style="font-family:&quot;Calibri&quot;" string="UDKAST"/></v:shape></w:pict></w:r></w:p></w:hdr>',
    );
    const doc = await extract(new Uint8Array(await zip.generateAsync({ type: 'uint8array' })), 'draft.docx');
    expect(doc.notes.filter((n) => n.kind === 'watermark').map((n) => n.text)).toEqual(['UDKAST']);
    expect(doc.lines.map((l) => [l.line, l.text])).toEqual([
      [1, 'UDKAST'],
      [2, 'Databehandleren behandler kun personoplysninger efter instruks.'],
    ]);
  });
});
