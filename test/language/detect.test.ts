import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectLanguage, languageScores } from '../../src/language/index.js';
import { lintFile } from '../../src/engine/lint.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHARED = join(ROOT, '..', 'shared', 'corpus-real');

// Own snippets, written for these tests, in the register of a DPA.
const DANISH = `Databehandleren må kun behandle personoplysninger efter dokumenteret instruks fra den dataansvarlige.
Databehandleren sikrer, at de personer, der er autoriseret til at behandle personoplysningerne, har forpligtet sig til
fortrolighed. Ved ophør af tjenesterne skal databehandleren efter den dataansvarliges valg slette eller tilbagelevere
alle personoplysninger, medmindre lovgivningen kræver opbevaring af oplysningerne.`;

const NORWEGIAN = `Databehandleren skal kun behandle personopplysninger etter dokumenterte instrukser fra behandlingsansvarlig.
Alle som får tilgang til personopplysningene, skal være underlagt taushetsplikt. Ved avtalens opphør skal
personopplysningene slettes eller tilbakeleveres etter behandlingsansvarligs valg, med mindre annet følger av lov.
Behandlingsansvarlig skal varsles ved bytte av underdatabehandlere, og avtalen gjelder så lenge tjenesten brukes.`;

const SWEDISH = `Personuppgiftsbiträdet ska endast behandla personuppgifter enligt dokumenterade instruktioner från den
personuppgiftsansvarige. Personuppgiftsbiträdet ska se till att personer som har tillgång till personuppgifterna
omfattas av tystnadsplikt och att uppgifterna raderas när avtalet upphör.`;

const GERMAN = `Der Auftragsverarbeiter verarbeitet personenbezogene Daten nur auf dokumentierte Weisung des Verantwortlichen.
Er gewährleistet, dass sich die zur Verarbeitung befugten Personen zur Vertraulichkeit verpflichtet haben, und löscht
nach Abschluss der Erbringung der Leistungen alle personenbezogenen Daten, soweit keine Pflicht zur Speicherung besteht.`;

const ENGLISH = `The processor shall process the personal data only on documented instructions from the controller. The
processor shall ensure that persons authorised to process the personal data have committed themselves to
confidentiality, and shall delete or return all personal data at the end of the provision of the services.`;

describe('detectLanguage', () => {
  it.each([
    ['Danish', DANISH, 'da'],
    ['Norwegian (bokmål)', NORWEGIAN, 'no'],
    ['Swedish', SWEDISH, 'sv'],
    ['German', GERMAN, 'de'],
    ['English', ENGLISH, 'en'],
  ])('recognises %s', (_name, text, want) => {
    expect(detectLanguage(text)).toBe(want);
  });

  it('tells Danish from Norwegian by the forms they spell differently', () => {
    const da = languageScores(DANISH);
    const no = languageScores(NORWEGIAN);
    expect(da.da).toBeGreaterThan(da.no);
    expect(no.no).toBeGreaterThan(no.da);
  });

  it('keeps a Danish DPA Danish when it names a Norwegian party or quotes a Norwegian phrase', () => {
    const text = `${DANISH}\nDatabehandleren er Nordlys Data AS, Oslo ("databehandleravtale" på norsk).`;
    expect(detectLanguage(text)).toBe('da');
  });

  it('reads a short Danish or English snippet as its language instead of giving up', () => {
    expect(detectLanguage('Bilag A. Oplysninger om behandlingen')).toBe('da');
    expect(detectLanguage('The processor shall notify the controller.')).toBe('en');
  });

  it('says unknown for text without words and for binary garbage', () => {
    expect(detectLanguage('')).toBe('unknown');
    expect(detectLanguage('12.3 — 45 / 67')).toBe('unknown');
    expect(detectLanguage('%PDF-1.7\u0000\u0001\u0002\uFFFD\uFFFD stream \u0003\u0004 endobj'.repeat(20))).toBe('unknown');
  });

  it('recognises the Danish seed DPAs as Danish', () => {
    const dir = join(ROOT, 'corpus', 'seeds');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(detectLanguage(readFileSync(join(dir, f), 'utf8')), f).toBe('da');
  });
});

describe.skipIf(!existsSync(SHARED))('detectLanguage on the real corpus (../shared/corpus-real)', () => {
  it('recognises the Norwegian DPA as Norwegian', () => {
    expect(detectLanguage(readFileSync(join(SHARED, 'nokken-databehandleravtale-no.md'), 'utf8'))).toBe('no');
  });

  it('recognises the Danish and English text DPAs', () => {
    for (const f of readdirSync(SHARED).filter((n) => /-(da|en)\.(md|txt)$/.test(n))) {
      const want = f.includes('-da.') ? 'da' : 'en';
      expect(detectLanguage(readFileSync(join(SHARED, f), 'utf8')), f).toBe(want);
    }
  });

  it('recognises the German PDF as German once PDFs are extracted', async () => {
    const result = await lintFile(join(SHARED, 'hetzner-avv-morpheus-de.pdf'));
    // Until the PDF extractor is wired in, the file is not read as a PDF and there is no text to judge.
    if (result.format !== 'pdf') return;
    expect(result.language).toBe('de');
    expect(result.findings.map((f) => f.ruleId)).toContain('language-unsupported');
  });
});
