import { describe, expect, it } from 'vitest';
import { norm } from './pipeline.js';

const texts = (src: string, format: 'text' | 'markdown' = 'text') => norm(src, format).blocks.map((b) => b.text);
const kinds = (src: string, format: 'text' | 'markdown' = 'text') => norm(src, format).blocks.map((b) => b.kind);

describe('hyphenation across line breaks', () => {
  it('joins a word split by a line-break hyphen', () => {
    expect(texts('i forbindelse med at databehand-\nleren behandler')).toEqual(['i forbindelse med at databehandleren behandler']);
  });

  it('keeps a real hyphen before an upper-case continuation or after an acronym', () => {
    expect(texts('Europa-Parlamentets og Europa-\nParlamentets')).toEqual(['Europa-Parlamentets og Europa-Parlamentets']);
    expect(texts('i henhold til EU-\nretten eller')).toEqual(['i henhold til EU-retten eller']);
  });

  it('keeps "tjeneste- og" when the next line starts with og/eller', () => {
    expect(texts('behandlingssystemer og tjeneste-\nog serviceydelser')).toEqual(['behandlingssystemer og tjeneste- og serviceydelser']);
    expect(texts('it-\neller telesystemer')).toEqual(['it- eller telesystemer']);
  });

  it('lets the document\'s own words decide, and keeps the hyphen after a one- or two-letter prefix', () => {
    expect(texts('sikring af it-\nsystemer og af alle it-systemer')).toEqual(['sikring af it-systemer og af alle it-systemer']);
    expect(texts('send en e-\nmail')).toEqual(['send en e-mail']);
    expect(texts('underdatabehandler-\naftalen og underdatabehandleraftalen')).toEqual(['underdatabehandleraftalen og underdatabehandleraftalen']);
    expect(texts('GDPR-\nreglerne og GDPR-reglerne')).toEqual(['GDPR-reglerne og GDPR-reglerne']);
  });

  it('joins across a soft hyphen at the line end', () => {
    expect(texts('personop\u00ad\nlysninger')).toEqual(['personoplysninger']);
  });

  it('repairs a hyphenation left inside a line by PDF re-flow', () => {
    expect(texts('passende foranstaltnin- ger og disse Be- stemmelser, it- og tele')).toEqual([
      'passende foranstaltninger og disse Bestemmelser, it- og tele',
    ]);
  });
});

describe('paragraphs', () => {
  it('joins wrapped lines and breaks at blank lines', () => {
    const src = [
      'Databehandleren må kun behandle personoplysninger efter dokumenteret instruks fra den',
      'dataansvarlige, medmindre det kræves i henhold til EU-ret eller medlemsstaternes nationale',
      'ret, som databehandleren er underlagt.',
      '',
      'Den dataansvarlige skal vurdere risiciene.',
    ].join('\n');
    expect(texts(src)).toEqual([
      'Databehandleren må kun behandle personoplysninger efter dokumenteret instruks fra den dataansvarlige, medmindre det kræves i henhold til EU-ret eller medlemsstaternes nationale ret, som databehandleren er underlagt.',
      'Den dataansvarlige skal vurdere risiciene.',
    ]);
  });

  it('starts a block at a clause label even without a blank line', () => {
    const src = '7.2. Databehandleren må således ikke gøre brug af en underdatabehandler.\n7.3. Databehandleren har den dataansvarliges generelle godkendelse.\na) overføre personoplysninger\n(b) overlade behandling\nBilag B Underdatabehandlere\nA.3. Behandlingen omfatter\n1. Disse Bestemmelser';
    expect(texts(src)).toEqual([
      '7.2. Databehandleren må således ikke gøre brug af en underdatabehandler.',
      '7.3. Databehandleren har den dataansvarliges generelle godkendelse.',
      'a) overføre personoplysninger',
      '(b) overlade behandling',
      'Bilag B Underdatabehandlere',
      'A.3. Behandlingen omfatter',
      '1. Disse Bestemmelser',
    ]);
  });

  it('does not start a clause at a wrapped reference ("Bestemmelse 9.1. og" / "9.2.")', () => {
    expect(texts('Det gælder for de forpligtelser, der følger af Bestemmelse 9.1. og\n9.2.\n\n9. Underretning')).toEqual([
      'Det gælder for de forpligtelser, der følger af Bestemmelse 9.1. og 9.2.',
      '9. Underretning',
    ]);
  });

  it('continues a paragraph across a blank line when the line stops mid-sentence', () => {
    const src = [
      '2. Disse bestemmelser er udformet med henblik på parternes efterlevelse af artikel 28,',
      '',
      'stk. 3, i Europa-Parlamentets og Rådets forordning (EU) 2016/679 af 27. april 2016 om',
      '',
      'beskyttelse af fysiske personer.',
      '',
      '3. I forbindelse med leveringen',
    ].join('\n');
    expect(texts(src)).toEqual([
      '2. Disse bestemmelser er udformet med henblik på parternes efterlevelse af artikel 28, stk. 3, i Europa-Parlamentets og Rådets forordning (EU) 2016/679 af 27. april 2016 om beskyttelse af fysiske personer.',
      '3. I forbindelse med leveringen',
    ]);
  });

  it('keeps a numbered title on its own before a blank line', () => {
    expect(texts('1. Standardkontraktsbestemmelser\n\ni henhold til artikel 28')).toEqual(['1. Standardkontraktsbestemmelser', 'i henhold til artikel 28']);
    expect(texts('8. Overførsel af oplysninger til tredjelande eller\n\ninternationale organisationer')).toEqual([
      '8. Overførsel af oplysninger til tredjelande eller internationale organisationer',
    ]);
  });

  it('keeps an annex heading apart from its upper-case body and joins its wrapped title', () => {
    expect(texts('A.1. Formålet med databehandlerens behandling af personoplysninger på vegne af den\ndataansvarlige\nDatabehandleren varetager opbevaring.')).toEqual([
      'A.1. Formålet med databehandlerens behandling af personoplysninger på vegne af den dataansvarlige',
      'Databehandleren varetager opbevaring.',
    ]);
  });

  it('turns bullet characters into list items', () => {
    const doc = norm('Følgende:\n• SSL-krypteret forbindelse\n▪ 2-faktor validering\n– logning\n· backup\no Medarbejderinstruksen opdateres\n- a. Pseudonymisering');
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Følgende:'],
      ['list-item', 'SSL-krypteret forbindelse'],
      ['list-item', '2-faktor validering'],
      ['list-item', 'logning'],
      ['list-item', 'backup'],
      ['list-item', 'Medarbejderinstruksen opdateres'],
      ['list-item', 'a. Pseudonymisering'],
    ]);
  });

  it('treats each RawLine as a block when the extractor knows the paragraphs', async () => {
    const { normalize } = await import('../../src/normalize/index.js');
    const doc = normalize({
      format: 'docx',
      pages: null,
      paragraphsKnown: true,
      notes: [],
      lines: [
        { text: 'Anvendelse af underdatabehandlere', line: 1, column: 1, page: null, kind: 'heading', label: '7.' },
        { text: 'Databehandleren skal opfylde de betingelser', line: 2, column: 1, page: null, label: '7.1.' },
        { text: 'der er omhandlet i artikel 28', line: 3, column: 1, page: null },
      ],
    });
    expect(doc.blocks.map((b) => [b.kind, b.label, b.text])).toEqual([
      ['heading', '7.', 'Anvendelse af underdatabehandlere'],
      ['paragraph', '7.1.', 'Databehandleren skal opfylde de betingelser'],
      ['paragraph', undefined, 'der er omhandlet i artikel 28'],
    ]);
  });

  it('joins blocks with a blank line in NormalizedDocument.text and keeps offsets consistent', () => {
    const doc = norm('Første afsnit\nfortsat.\n\nAndet afsnit.');
    expect(doc.text).toBe('Første afsnit fortsat.\n\nAndet afsnit.');
    for (const b of doc.blocks) expect(doc.text.slice(b.start, b.end)).toBe(b.text);
  });
});

describe('text tables', () => {
  it('groups tab-separated rows into one table block', () => {
    const doc = norm('Leverandør\tLand\tFunktion\nMicrosoft Danmark ApS\tHolland\tHosting\n\nVisma DataLøn A/S\tDanmark\tLøn\n\nVed ikrafttræden.');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['table', 'paragraph']);
    const table = doc.blocks[0]!;
    expect(table.rows).toEqual([
      ['Leverandør', 'Land', 'Funktion'],
      ['Microsoft Danmark ApS', 'Holland', 'Hosting'],
      ['Visma DataLøn A/S', 'Danmark', 'Løn'],
    ]);
    expect(table.text).toBe('Leverandør | Land | Funktion\nMicrosoft Danmark ApS | Holland | Hosting\nVisma DataLøn A/S | Danmark | Løn');
  });

  it('groups rows separated by two or more spaces and skips separator rows', () => {
    const doc = norm('Navn:    Consile ApS\nCVR:     45643360\n-----    --------\nBy:      Holstebro');
    expect(doc.blocks[0]!.rows).toEqual([
      ['Navn:', 'Consile ApS'],
      ['CVR:', '45643360'],
      ['By:', 'Holstebro'],
    ]);
  });

  it('keeps empty cells so columns stay aligned', () => {
    const doc = norm('Leverandør\tLand\tGrundlag\tFunktion\nNetIP A/S\tDanmark\t\tBackup');
    expect(doc.blocks[0]!.rows![1]).toEqual(['NetIP A/S', 'Danmark', '', 'Backup']);
  });

  it('does not take a single padded line or a padded label for a table', () => {
    expect(kinds('Bilag A    Oplysninger om behandlingen\n9.   2-faktor-godkendelse\nHeroku  Salesforce UK Limited')).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
  });
});

describe('markdown', () => {
  it('maps headings, list items, emphasis, links and pipe tables', () => {
    const src = [
      '# Databehandleraftale',
      '',
      '## 7. Anvendelse af **underdatabehandlere**',
      '',
      '7.1. Se [bilag B](#bilag-b) og __bilag C__.',
      '',
      '- første punkt',
      '* andet punkt',
      '',
      '| Navn | CVR |',
      '|------|-----|',
      '| Unit IT A/S | 15660945 |',
    ].join('\n');
    const doc = norm(src, 'markdown');
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Databehandleraftale'],
      ['heading', '7. Anvendelse af underdatabehandlere'],
      ['paragraph', '7.1. Se bilag B og bilag C.'],
      ['list-item', 'første punkt'],
      ['list-item', 'andet punkt'],
      ['table', 'Navn | CVR\nUnit IT A/S | 15660945'],
    ]);
    // Positions survive the removed markup.
    const at = (s: string) => doc.positionAt(doc.text.indexOf(s));
    expect(at('Anvendelse')).toEqual({ line: 3, column: 7, page: null });
    expect(at('underdatabehandlere')).toEqual({ line: 3, column: 23, page: null });
    expect(at('bilag B')).toEqual({ line: 5, column: 10, page: null });
    expect(at('bilag C')).toEqual({ line: 5, column: 34, page: null });
    expect(at('Unit IT')).toEqual({ line: 12, column: 3, page: null });
    expect(at('15660945')).toEqual({ line: 12, column: 17, page: null });
  });

  it('ignores YAML front matter and restores lazily numbered ordered lists', () => {
    const doc = norm('---\ntitle: DPA\n---\n## 1 Præambel\n\n1. Første\n\n1. Anden\n\n1. Tredje\n', 'markdown');
    expect(doc.blocks.map((b) => [b.label, b.text])).toEqual([
      [undefined, '1 Præambel'],
      [undefined, '1. Første'],
      ['2.', 'Anden'],
      ['3.', 'Tredje'],
    ]);
  });

  it('skips HTML comments, also across lines', () => {
    const doc = norm('<!--\nid: template\n-->\n# Titel\n\n<!-- note -->\nTekst.', 'markdown');
    expect(doc.blocks.map((b) => b.text)).toEqual(['Titel', 'Tekst.']);
  });

  it('removes escapes and turns footnote references into removed markers', () => {
    const doc = norm('7\\.1\\. Medlemsstaternes[^1] nationale ret.\n\n[^1]: Henvisninger til medlemsstat.', 'markdown');
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', '7.1. Medlemsstaternes nationale ret.'],
      ['footnote', '1 Henvisninger til medlemsstat.'],
    ]);
    expect(doc.removed.map((r) => [r.kind, r.text])).toEqual([['footnote-marker', '¹']]);
  });
});
