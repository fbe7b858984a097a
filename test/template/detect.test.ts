import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectTemplate, scoreTemplates } from '../../src/template/detect.js';
import { getTemplate, loadTemplates } from '../../src/template/load.js';
import type { Template, TemplatePart } from '../../src/template/types.js';
import { readDoc, ROOT, SHARED, segmentedFromText } from './helpers.js';

const templates = loadTemplates();
const seed = (n: string) => {
  const f = readdirSync(join(ROOT, 'corpus', 'seeds')).find((x) => x.startsWith(`${n}_`))!;
  return readDoc(join(ROOT, 'corpus', 'seeds', f));
};

describe('detectTemplate: seeds and fixtures', () => {
  it.each(['000', '001', '002', '004'])('seed %s follows the 2020 template', (n) => {
    const d = detectTemplate(seed(n), templates);
    expect(d?.template.id).toBe('datatilsynet-2020-da');
    expect(d!.confidence).toBeGreaterThan(0.8);
  });

  it('seed 003 follows the outdated 2018 template', () => {
    const d = detectTemplate(seed('003'), templates);
    expect(d?.template.id).toBe('datatilsynet-2018-da');
    expect(d?.template.outdated).toBe(true);
    expect(d!.confidence).toBeGreaterThan(0.8);
  });

  it.each(['fixtures/clean/clean-dpa.txt', 'fixtures/clean/clean-dpa-nested.txt', 'corpus/examples/example-dpa.txt'])(
    '%s follows the 2020 template',
    (path) => {
      const d = detectTemplate(readDoc(join(ROOT, path)), templates);
      expect(d?.template.id).toBe('datatilsynet-2020-da');
      expect(d!.confidence).toBeGreaterThan(0.9);
    },
  );

  it('tells 2018 from 2020 by their own wording: a 2020 seed scores far lower on 2018', () => {
    const scores = scoreTemplates(seed('001').norm.text, templates);
    const s2018 = scores.find((s) => s.id === 'datatilsynet-2018-da')!;
    const s2020 = scores.find((s) => s.id === 'datatilsynet-2020-da')!;
    expect(s2020.unique).toBeGreaterThan(0.7);
    expect(s2018.unique).toBeLessThan(0.1);
    // Shared wording still puts about a quarter of the 2018 clauses in a 2020 DPA, far below the 2020 share.
    expect(s2020.clauses).toBeGreaterThan(0.9);
    expect(s2018.clauses).toBeLessThan(0.4);
  });

  it('does not depend on the order of the candidates', () => {
    const d = detectTemplate(seed('003'), [...templates].reverse());
    expect(d?.template.id).toBe('datatilsynet-2018-da');
  });

  it('returns null without candidates', () => {
    expect(detectTemplate(seed('001'), [])).toBeNull();
  });

  it('is fast: under 20 ms per seed once the templates are prepared', () => {
    const docs = ['000', '001', '002', '003', '004'].map(seed);
    detectTemplate(docs[0]!, templates);
    const t0 = performance.now();
    for (let i = 0; i < 4; i++) for (const d of docs) detectTemplate(d, templates);
    expect((performance.now() - t0) / 20).toBeLessThan(20);
  });
});

/** A DPA that incorporates the Commission's clauses as vendors publish them: "Clause 7", "7.1 Instructions", "(a) …". */
function euDpa(t: Template, keep: (id: string) => boolean = () => true): string {
  const lines = [
    'DATA PROCESSING AGREEMENT',
    'This agreement between Example Customer GmbH (controller) and Nimbus Example Ltd (processor) incorporates the Standard Contractual Clauses of Commission Implementing Decision (EU) 2021/915.',
  ];
  const render = (parts: TemplatePart[]) =>
    parts.map((p) => (p.type === 'text' ? p.text : p.type === 'choice' ? p.options[0] : p.slotType === 'duration' ? '30 days' : 'Nimbus Example Ltd')).join('');
  for (const c of t.clauses) {
    if (!keep(c.id)) continue;
    if (c.kind === 'section') lines.push(`Clause ${c.id}`, c.title ?? '');
    else if (c.kind === 'annex') lines.push(`ANNEX ${c.id}`, c.title ?? '');
    else if (c.title) lines.push(c.kind === 'annex-section' ? c.title : `${c.id} ${c.title}`);
    const parts = c.variants ? c.variants.find((v) => v.id === 'option-2')?.parts ?? c.parts : c.parts;
    if (parts.length) lines.push(`${c.kind === 'litra' || c.kind === 'clause' ? `(${c.id.split('.').pop()}) ` : ''}${render(parts)}`);
  }
  return lines.join('\n\n');
}

describe('detectTemplate: the Commission clauses', () => {
  const eu = getTemplate('eu-scc-2021-915-en')!;

  it('recognises a DPA incorporating the clauses', () => {
    const d = detectTemplate(segmentedFromText(euDpa(eu)), templates);
    expect(d?.template.id).toBe('eu-scc-2021-915-en');
    expect(d!.confidence).toBeGreaterThan(0.9);
  });

  it('recognises it without the optional docking clause and with empty annexes', () => {
    const d = detectTemplate(segmentedFromText(euDpa(eu, (id) => !/^(5|I|II|III|IV)(\.|$)/.test(id))), templates);
    expect(d?.template.id).toBe('eu-scc-2021-915-en');
  });

  it('does not take a vendor adaptation of the clauses (own headings, reworded parties) for the template', () => {
    // Like the LEXR adaptation: the clauses' substance in the vendor's words, without Clauses 2 and 5 or their headings.
    const adapted = euDpa(eu, (id) => !/^(2|5)(\.|$)/.test(id))
      .split('\n\n')
      .filter((p) => !/^(Clause \d+|ANNEX|[\d.]+ [A-Z])/.test(p) && !eu.sections.some((s) => s.title === p))
      .map((p) =>
        p
          .replace(/\bthe processor\b/gi, 'the Data Processor')
          .replace(/\bthe controller\b/gi, 'the Data Controller')
          .replace(/these Clauses/g, 'this DPA')
          .replace(/Regulation \(EU\) 2016\/679/g, 'the GDPR')
          .replace(/ shall /g, ' will ')
          .replace(/personal data/g, 'Customer Personal Data')
          .replace(/\bAnnex\b/g, 'Schedule')
          .replace(/\b(the|these) Parties\b/g, 'the parties hereto')
          .replace(/ of the /g, ' of its '),
      )
      .join('\n\n');
    const best = scoreTemplates(adapted, templates)[0]!;
    expect(best.id).toBe('eu-scc-2021-915-en');
    expect(best.coverage).toBeGreaterThan(0.3); // much of the vocabulary is still there …
    expect(best.clauses).toBeLessThan(0.4); // … but few clauses survive verbatim
    expect(detectTemplate(segmentedFromText(adapted), templates)).toBeNull();
  });

  it('does not take a text quoting only a few of the clauses for the template', () => {
    const d = detectTemplate(segmentedFromText(euDpa(eu, (id) => /^7\.1(\.|$)|^7\.7(\.|$)/.test(id))), templates);
    expect(d).toBeNull();
  });
});

describe('detectTemplate: unrelated texts', () => {
  it('returns null for a vendor text on data protection that follows no template', () => {
    const text = [
      'Databehandleraftale',
      'Leverandøren behandler kundens personoplysninger i overensstemmelse med databeskyttelsesforordningen og kun efter kundens instruks.',
      'Leverandøren sikrer passende tekniske og organisatoriske foranstaltninger, herunder kryptering og adgangskontrol.',
      'Leverandøren må anvende underleverandører, hvis kunden får besked senest 14 dage før.',
      'Ved ophør sletter leverandøren alle data inden for 30 dage.',
    ].join('\n\n');
    expect(detectTemplate(segmentedFromText(text), templates)).toBeNull();
  });

  it('returns null for text in no template language', () => {
    expect(detectTemplate(segmentedFromText('Lorem ipsum dolor sit amet, consectetur adipiscing elit.'), templates)).toBeNull();
  });

  const real = join(SHARED, 'corpus-real');
  describe.skipIf(!existsSync(real))('../shared/corpus-real', () => {
    it.each([
      'plausible-dpa-en.md',
      'commonpaper-dpa-standard-terms-en.md',
      'klerk-dpa-en.md',
      'klerk-dpa-da.md',
      'journalklar-dpa-da.txt',
      'crmx-plesnertech-dpa-da.md',
      'replypilot-vibelab-databehandleraftale-da.md',
      'nokken-databehandleravtale-no.md',
      'aabenforms-databehandleraftale-da.md',
      'operia-dca-bilag-abcd-da.md',
    ])('%s follows no known template', (f) => {
      expect(detectTemplate(segmentedFromText(readFileSync(join(real, f), 'utf8')), templates)).toBeNull();
    });

    it.each(['erst-itrammeaftale-bilag7-da.md', 'deranged-fixanalytics-vilkaar-dpa-da.md'])('%s follows the 2020 template', (f) => {
      const d = detectTemplate(segmentedFromText(readFileSync(join(real, f), 'utf8')), templates);
      expect(d?.template.id).toBe('datatilsynet-2020-da');
    });
  });
});
