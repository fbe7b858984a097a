// PDF layout on small synthetic PDFs: each case reproduces, with invented text, a layout met in a real DPA
// (two columns, running headers and page numbers, tables, justified word-by-word text, watermarks, footnotes).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { ExtractedDocument, RawLine } from '../../src/model.js';
import { helveticaWidth, justifiedWords, miniPdf, textLines, wrap, type PdfPageSpec, type PdfText } from './helpers/mini-pdf.js';

async function pdf(pages: PdfPageSpec[]): Promise<ExtractedDocument> {
  return extract(miniPdf(pages), 'case.pdf');
}

const texts = (doc: ExtractedDocument) => doc.lines.map((l) => l.text);
const find = (doc: ExtractedDocument, needle: string): RawLine => {
  const line = doc.lines.find((l) => l.text.includes(needle));
  if (!line) throw new Error(`no line with "${needle}" in:\n${texts(doc).join('\n')}`);
  return line;
};

describe('lines and reading order', () => {
  it('rebuilds lines by y then x, whatever the order of the content stream', async () => {
    const doc = await pdf([
      {
        texts: [
          { x: 200, y: 700, text: 'anden halvdel af linjen' },
          { x: 72, y: 680, text: 'Næste linje.' },
          { x: 72, y: 700, text: 'Første halvdel,' },
        ],
      },
    ]);
    expect(texts(doc)).toEqual(['Første halvdel, anden halvdel af linjen', 'Næste linje.']);
    expect(doc.format).toBe('pdf');
    expect(doc.pages).toBe(1);
    expect(doc.paragraphsKnown).toBe(false);
  });

  it('gives each line its page and its line number on the page', async () => {
    const doc = await pdf([
      { texts: textLines(72, 760, ['Aftalens parter.', 'Aftalens formål.', 'Aftalens varighed.']) },
      { texts: textLines(72, 760, ['Behandlingens art.', 'Behandlingens formål.', 'Behandlingens varighed.']) },
    ]);
    const l = find(doc, 'Behandlingens varighed.');
    expect(l.page).toBe(2);
    expect(l.line).toBe(3);
    expect(l.column).toBe(1);
  });

  it('marks paragraph starts from vertical gaps and keeps wrapped lines as lines', async () => {
    const doc = await pdf([
      {
        texts: [
          ...textLines(72, 760, ['Databehandleren behandler alene personoplysninger efter', 'dokumenteret instruks fra den dataansvarlige.']),
          ...textLines(72, 715, ['Databehandleren underretter straks den dataansvarlige, hvis', 'en instruks er i strid med forordningen.']),
        ],
      },
    ]);
    expect(doc.lines.map((l) => l.paragraphStart)).toEqual([true, false, true, false]);
  });

  it('reads a two-column region column by column, after the full-width text above it', async () => {
    const left = wrap(
      'Controller deploys a read-only role. The processor assumes this role using short-lived credentials and an external identifier, preventing confused-deputy attacks. Every assumption is logged.',
      42,
    );
    const right = wrap(
      'Scan findings are retained for twenty-four months to support trend reporting. Reports are retained for thirty-six months and then deleted without undue delay.',
      42,
    );
    const doc = await pdf([
      {
        texts: [
          { x: 72, y: 780, text: 'Data Processing Agreement', size: 16 },
          ...textLines(72, 750, ['This agreement applies to all processing carried out by the processor on behalf of the controller.'], 9),
          { x: 72, y: 720, text: 'Access', size: 11 },
          { x: 310, y: 720, text: 'Retention', size: 11 },
          ...textLines(72, 705, left, 9, 11),
          ...textLines(310, 705, right, 9, 11),
          ...textLines(72, 600, ['This final paragraph spans the whole width of the page again, below both of the columns.'], 9),
        ],
      },
    ]);
    const t = texts(doc);
    const order = ['Data Processing Agreement', 'This agreement applies', 'Access', left[0]!, left[left.length - 1]!, 'Retention', right[0]!, right[right.length - 1]!, 'This final paragraph'];
    const at = order.map((s) => t.findIndex((x) => x.startsWith(s)));
    expect(at.every((k) => k >= 0), t.join('\n')).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // The right column's first line continues nowhere: it is its own line, not glued to the left column's.
    expect(t).toContain(left[0]);
  });
});

describe('page furniture', () => {
  const clauses = ['Instruks', 'Fortrolighed', 'Behandlingssikkerhed'];
  const body = (n: number) =>
    textLines(72, 740, [`${clauses[n - 1]}: databehandleren har forpligtelser over for den dataansvarlige.`, `Afsnittet om ${clauses[n - 1]!.toLowerCase()} gælder for hele aftalens løbetid.`]);
  const pages = [1, 2, 3].map((n) => ({
    texts: [
      { x: 72, y: 800, text: 'Databehandleraftale – Fjordvang Ejendomsadministration A/S', size: 9 },
      ...body(n),
      { x: 480, y: 40, text: `Side ${n} af 3`, size: 9 },
    ],
  }));

  it('drops running headers and page numbers repeated across pages and keeps them as notes', async () => {
    const doc = await pdf(pages);
    expect(texts(doc).some((t) => t.includes('Fjordvang'))).toBe(false);
    expect(texts(doc).some((t) => /Side \d af 3/.test(t))).toBe(false);
    expect(texts(doc)).toHaveLength(6);
    const notes = doc.notes.filter((n) => n.kind === 'header-footer');
    expect(notes.map((n) => n.text)).toEqual(expect.arrayContaining(['Side 1 af 3', 'Side 3 af 3', 'Databehandleraftale – Fjordvang Ejendomsadministration A/S']));
    expect(notes.find((n) => n.text === 'Side 2 af 3')?.position).toEqual({ page: 2, line: 4, column: 1 });
  });

  it('keeps a line that appears on one page only', async () => {
    const doc = await pdf([pages[0]!, { texts: body(2) }]);
    expect(texts(doc).some((t) => t.includes('Fjordvang'))).toBe(true);
  });

  it('reports a large rotated watermark as a note and keeps one line for it', async () => {
    const mark: PdfText = { x: 150, y: 300, text: 'FORHÅNDSVISNING', size: 60, angle: 45 };
    const doc = await pdf([{ texts: [...body(1), mark] }, { texts: [...body(2), mark] }]);
    const notes = doc.notes.filter((n) => n.kind === 'watermark');
    expect(notes.map((n) => n.text)).toEqual(['FORHÅNDSVISNING', 'FORHÅNDSVISNING']);
    expect(notes[1]!.position?.page).toBe(2);
    // Once, before the body, as a paragraph of its own, so it does not split a clause.
    expect(doc.lines[0]).toMatchObject({ text: 'FORHÅNDSVISNING', page: 1, paragraphStart: true });
    expect(texts(doc).filter((t) => t.includes('FORHÅNDSVISNING'))).toHaveLength(1);
    expect(doc.lines[1]!.paragraphStart).toBe(true);
  });

  it('drops a footnote reference mark and keeps the footnote as a footnote line', async () => {
    const doc = await pdf([
      {
        texts: [
          { x: 72, y: 740, text: 'Databehandleren overholder medlemsstaternes', size: 11 },
          { x: 72 + helveticaWidth('Databehandleren overholder medlemsstaternes', 11), y: 745, text: '1', size: 7 },
          { x: 72 + helveticaWidth('Databehandleren overholder medlemsstaternes', 11) + 4, y: 740, text: ' nationale ret.', size: 11 },
          ...textLines(72, 720, ['Databehandleren må kun behandle personoplysninger efter dokumenteret instruks fra den', 'dataansvarlige, medmindre det kræves i henhold til EU-ret eller national ret.']),
          { x: 72, y: 90, text: '1', size: 6 },
          { x: 76, y: 87, text: 'Henvisninger til medlemsstat skal forstås som EU/EØS-medlemsstater.', size: 8 },
        ],
      },
    ]);
    expect(find(doc, 'medlemsstaternes').text).toMatch(/medlemsstaternes nationale ret\./);
    expect(find(doc, 'Henvisninger').kind).toBe('footnote');
  });
});

describe('tables', () => {
  // Three columns at x = 72, 220, 360; the second row wraps in its last cell; a paragraph follows whose last line
  // is short enough to fit in the first column.
  const table: PdfText[] = [
    { x: 72, y: 700, text: 'Navn' },
    { x: 220, y: 700, text: 'CVR' },
    { x: 360, y: 700, text: 'Behandling' },
    { x: 72, y: 680, text: 'Klarsky Systems ApS' },
    { x: 220, y: 680, text: '12345678' },
    { x: 360, y: 680, text: 'Hosting og drift' },
    { x: 72, y: 660, text: 'Nordlys Backup A/S' },
    { x: 220, y: 660, text: '87654321' },
    { x: 360, y: 660, text: 'Sikkerhedskopiering af' },
    { x: 360, y: 647, text: 'data i EU/EØS' },
    { x: 72, y: 627, text: 'Fjordpost ApS' },
    { x: 220, y: 627, text: '11223344' },
    { x: 360, y: 627, text: 'Udsendelse af e-mail' },
    ...textLines(72, 600, ['Den dataansvarlige har ved aftalens indgåelse godkendt brugen af de ovennævnte', 'underdatabehandlere.']),
  ];

  it('recovers rows and cells from x-positions and ends the table where the text resumes', async () => {
    const doc = await pdf([{ texts: [{ x: 72, y: 740, text: 'Bilag B Underdatabehandlere', size: 14 }, ...table] }]);
    const rows = doc.lines.filter((l) => l.kind === 'table-row');
    expect(rows.map((r) => r.cells)).toEqual([
      ['Navn', 'CVR', 'Behandling'],
      ['Klarsky Systems ApS', '12345678', 'Hosting og drift'],
      ['Nordlys Backup A/S', '87654321', 'Sikkerhedskopiering af data i EU/EØS'],
      ['Fjordpost ApS', '11223344', 'Udsendelse af e-mail'],
    ]);
    expect(new Set(rows.map((r) => r.tableId)).size).toBe(1);
    expect(rows[2]!.text).toBe('Nordlys Backup A/S | 87654321 | Sikkerhedskopiering af data i EU/EØS');
    expect(find(doc, 'underdatabehandlere.').kind).toBeUndefined();
    expect(find(doc, 'Bilag B').kind).toBe('heading');
  });

  it('uses ruling lines to separate rows when they are drawn', async () => {
    const rules = [710, 690, 670, 637, 617].map((y) => ({ x0: 68, y0: y, x1: 520, y1: y }));
    const { extractPdf } = await import('../../src/extract/pdf.js');
    const doc = await extractPdf(miniPdf([{ texts: table, lines: rules }]), { rulingLines: true });
    const rows = doc.lines.filter((l) => l.kind === 'table-row');
    expect(rows).toHaveLength(4);
    expect(rows[2]!.cells![2]).toBe('Sikkerhedskopiering af data i EU/EØS');
  });

  it('does not take justified text set word by word for a table', async () => {
    const words = 'Databehandleren stiller alle oplysninger der er nødvendige for at påvise overholdelsen af'.split(' ');
    const doc = await pdf([
      {
        texts: [
          ...justifiedWords(72, 700, words, 460),
          ...justifiedWords(72, 687, 'artikel 28 og disse Bestemmelser til rådighed for den dataansvarlige og giver mulighed for'.split(' '), 460),
          ...justifiedWords(72, 674, 'revisioner herunder inspektioner der foretages af den dataansvarlige eller en anden revisor'.split(' '), 460),
          { x: 72, y: 661, text: 'som er bemyndiget af den dataansvarlige.' },
        ],
      },
    ]);
    expect(doc.lines.some((l) => l.kind === 'table-row')).toBe(false);
    expect(doc.lines[0]!.text).toBe(words.join(' '));
  });

  it('reads a hanging-indent numbered list as lines, label first', async () => {
    const doc = await pdf([
      {
        texts: [
          { x: 72, y: 700, text: '1.' },
          ...textLines(100, 700, ['Disse Bestemmelser fastsætter databehandlerens rettigheder', 'og forpligtelser.']),
          { x: 72, y: 665, text: '2.' },
          ...textLines(100, 665, ['Bestemmelserne har forrang i forhold til tilsvarende', 'bestemmelser i andre aftaler.']),
          { x: 72, y: 630, text: '3.' },
          { x: 100, y: 630, text: 'Der hører fire bilag til disse Bestemmelser.' },
        ],
      },
    ]);
    expect(texts(doc)).toEqual([
      '1. Disse Bestemmelser fastsætter databehandlerens rettigheder',
      'og forpligtelser.',
      '2. Bestemmelserne har forrang i forhold til tilsvarende',
      'bestemmelser i andre aftaler.',
      '3. Der hører fire bilag til disse Bestemmelser.',
    ]);
  });
});

describe('input bytes', () => {
  it('reads a PDF handed over as a Node Buffer (what readFile returns), and leaves the bytes intact', async () => {
    const bytes = Buffer.from(miniPdf([{ texts: [{ x: 72, y: 700, text: 'Databehandleren skal behandle personoplysninger.' }] }]));
    const before = Buffer.from(bytes);
    const doc = await extract(bytes, 'case.pdf');
    expect(texts(doc)).toContain('Databehandleren skal behandle personoplysninger.');
    expect(bytes.equals(before)).toBe(true);
  });
});
