import { describe, expect, it } from 'vitest';
import { norm } from './pipeline.js';

const removedOf = (src: string) => norm(src).removed.map((r) => [r.kind, r.text, r.position.line]);

describe('page furniture', () => {
  it('removes page-number lines in Danish and English forms', () => {
    const src = 'Første linje.\nSide 3 af 12\nAnden linje.\nPage 4 of 12\nTredje.\n- 5 -\nFjerde.\n6/12\nFemte.';
    const doc = norm(src);
    expect(doc.text).not.toMatch(/Side 3|Page 4|- 5 -|6\/12/);
    expect(removedOf(src)).toEqual([
      ['page-number', 'Side 3 af 12', 2],
      ['page-number', 'Page 4 of 12', 4],
      ['page-number', '- 5 -', 6],
      ['page-number', '6/12', 8],
    ]);
  });

  it('removes a page number glued to the end of a text line', () => {
    const doc = norm('Sikkerhedsniveauet skal afspejle Side 12 af 18\nat behandlingen omfatter');
    expect(doc.text).toBe('Sikkerhedsniveauet skal afspejle at behandlingen omfatter');
    expect(doc.removed.map((r) => [r.kind, r.text, r.position.column])).toEqual([['page-number', 'Side 12 af 18', 34]]);
  });

  it('removes a bare number standing alone between blank lines and joins the interrupted paragraph', () => {
    const doc = norm('sådan at den dataansvarlige\n\n  8 \n\n\nkan overholde sin forpligtelse.');
    expect(doc.text).toBe('sådan at den dataansvarlige kan overholde sin forpligtelse.');
    expect(doc.removed.map((r) => [r.kind, r.text, r.position])).toEqual([['page-number', '8', { line: 3, column: 3, page: null }]]);
  });

  it('keeps an empty numbered section "15." (it has a period) and numbers inside text', () => {
    const doc = norm('14. Ikrafttræden\n\n15.\n\n16. Kontaktpersoner');
    expect(doc.blocks.map((b) => b.text)).toEqual(['14. Ikrafttræden', '15.', '16. Kontaktpersoner']);
    expect(doc.removed).toEqual([]);
  });

  it('removes watermark lines and a watermark glued to a text line', () => {
    const src = 'frihedsrettigheder FORHÅNDSVISNING\n1. Præambel\nFORHÅNDSVISNING\nUDKAST\nDraft\ntekst';
    const doc = norm(src);
    expect(doc.text).not.toMatch(/FORHÅNDSVISNING|UDKAST|Draft/);
    expect(doc.removed.map((r) => [r.kind, r.text, r.position.line, r.position.column])).toEqual([
      ['watermark', 'FORHÅNDSVISNING', 1, 20],
      ['watermark', 'FORHÅNDSVISNING', 3, 1],
      ['watermark', 'UDKAST', 4, 1],
      ['watermark', 'Draft', 5, 1],
    ]);
  });

  it('does not strip an all-caps title that contains a watermark word', () => {
    const doc = norm('UDKAST TIL DATABEHANDLERAFTALE\n\nTekst.');
    expect(doc.blocks[0]!.text).toBe('UDKAST TIL DATABEHANDLERAFTALE');
  });

  it('removes running headers and footers repeated at form-feed page boundaries', () => {
    const words = ['', 'et', 'to', 'tre', 'fire'];
    const page = (n: number) => `Databehandleraftale - ConnectUs ApS\n\nTekst på side ${words[n]} fortsætter.\n\nSide ${n} af 4`;
    const src = [1, 2, 3, 4].map(page).join('\n\f');
    const doc = norm(src);
    expect(doc.text).not.toMatch(/ConnectUs|Side \d af/);
    const kinds = doc.removed.map((r) => [r.kind, r.position.page]);
    expect(kinds.filter(([k]) => k === 'header')).toEqual([
      ['header', 1],
      ['header', 2],
      ['header', 3],
      ['header', 4],
    ]);
    expect(kinds.filter(([k]) => k === 'page-number').length).toBe(4);
    expect(doc.positionAt(doc.text.indexOf('side tre'))).toEqual({ line: 13, column: 10, page: 3 });
  });

  it('removes a line repeated far apart without form feeds, but not repeated body lines', () => {
    const filler = (n: number) => Array.from({ length: 20 }, (_, k) => `Linje ${n}-${k} i brødteksten fortsætter her.`).join('\n');
    const src = ['Standardkontraktsbestemmelser januar 2020', filler(1), 'Standardkontraktsbestemmelser januar 2020', filler(2), 'Standardkontraktsbestemmelser januar 2020', filler(3)].join('\n\n');
    const doc = norm(src);
    expect(doc.removed.filter((r) => r.kind === 'header').length).toBe(3);
    const body = 'nationale ret og disse Bestemmelser.';
    const src2 = [filler(1), body, filler(2), body, filler(3), body].join('\n');
    expect(norm(src2).removed).toEqual([]);
  });
});

describe('footnotes', () => {
  const src = [
    'sker i overensstemmelse med databeskyttelsesforordningen (se forordningens artikel',
    '24), databeskyttelsesbestemmelser i anden EU-ret eller medlemsstaternes1 nationale',
    'ret, artikel 28 i forordning 2016/679, bilag C.6 og CVR DK44497204 samt A3 papir.',
    '2. Den dataansvarlige har ret og pligt til at træffe beslutninger om, til hvilke(t) formål og',
    '',
    '1  Henvisninger til "medlemsstat" i disse bestemmelse skal forstås som EØS medlemsstater.',
    ' med hvilke hjælpemidler, der må ske behandling af personoplysninger.',
  ].join('\n');

  it('keeps a Markdown heading however often its title recurs', () => {
    const body = Array.from({ length: 16 }, (_, k) => `Linje ${k + 1} af teksten.`).join('\n');
    const src = ['### Behandlingssikkerhed', body, '### Behandlingssikkerhed', body, '### Behandlingssikkerhed', body].join('\n');
    const doc = norm(src, 'markdown');
    expect(doc.removed).toEqual([]);
    expect(doc.text.match(/Behandlingssikkerhed/g)).toHaveLength(3);
    // The same line without the heading mark is a running header.
    expect(norm(src.replace(/### /g, '')).removed.map((r) => r.kind)).toEqual(['header', 'header', 'header']);
  });

  it('removes a marker glued to a word when a footnote text with that number exists', () => {
    const doc = norm(src);
    expect(doc.text).toContain('medlemsstaternes nationale ret, artikel 28 i forordning 2016/679, bilag C.6 og CVR DK44497204 samt A3 papir.');
    expect(doc.removed).toEqual([{ kind: 'footnote-marker', text: '1', position: { line: 2, column: 72, page: null } }]);
  });

  it('moves the footnote text after the paragraph it interrupts', () => {
    const doc = norm(src);
    expect(doc.blocks.map((b) => [b.kind, b.text.slice(0, 40)])).toEqual([
      ['paragraph', 'sker i overensstemmelse med databeskytte'],
      ['paragraph', '2. Den dataansvarlige har ret og pligt t'],
      ['footnote', '1 Henvisninger til "medlemsstat" i disse'],
    ]);
    expect(doc.blocks[1]!.text).toBe(
      '2. Den dataansvarlige har ret og pligt til at træffe beslutninger om, til hvilke(t) formål og med hvilke hjælpemidler, der må ske behandling af personoplysninger.',
    );
    // Offsets still increase block by block and still map to the right lines.
    expect(doc.positionAt(doc.text.indexOf('med hvilke'))).toEqual({ line: 7, column: 2, page: null });
    expect(doc.positionAt(doc.text.indexOf('Henvisninger'))).toEqual({ line: 6, column: 4, page: null });
  });

  it('leaves digits alone when no footnote text exists', () => {
    const doc = norm('medlemsstaternes1 nationale ret og artikel 28.');
    expect(doc.text).toBe('medlemsstaternes1 nationale ret og artikel 28.');
    expect(doc.removed).toEqual([]);
  });

  it('always removes superscript digits glued to a word', () => {
    const doc = norm('medlemsstaternes² nationale ret');
    expect(doc.text).toBe('medlemsstaternes nationale ret');
    expect(doc.removed.map((r) => [r.kind, r.text])).toEqual([['footnote-marker', '²']]);
  });
});
