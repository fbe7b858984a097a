import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/language-unsupported.js';
import { lintText } from '../../src/engine/lint.js';
import { loadRules } from '../../rules/index.js';
import { ruleTester } from '../helpers/rule-tester.js';

const SHARED = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'corpus-real');

const NORWEGIAN = `# Databehandleravtale

Databehandleren skal kun behandle personopplysninger etter dokumenterte instrukser fra behandlingsansvarlig.
Alle som får tilgang til personopplysningene, skal være underlagt taushetsplikt. Avtalen gjelder så lenge
tjenesten brukes, og personopplysningene slettes etter avtalens opphør.`;

const GERMAN = `Vertrag zur Auftragsverarbeitung

Der Auftragsverarbeiter verarbeitet personenbezogene Daten nur auf dokumentierte Weisung des Verantwortlichen.
Er gewährleistet, dass sich die zur Verarbeitung befugten Personen zur Vertraulichkeit verpflichtet haben.`;

const SWEDISH = `Personuppgiftsbiträdet ska endast behandla personuppgifter enligt dokumenterade instruktioner från den
personuppgiftsansvarige och se till att personer som har tillgång till uppgifterna omfattas av tystnadsplikt.`;

ruleTester(rule).run({
  valid: [
    { name: 'Danish DPA', text: 'Databehandleren må kun behandle personoplysninger efter dokumenteret instruks fra den dataansvarlige.' },
    { name: 'English DPA', text: 'The processor shall process the personal data only on documented instructions from the controller.' },
  ],
  invalid: [
    { name: 'Norwegian DPA', text: NORWEGIAN, errors: [{ messageIncludes: 'Norwegian text', severity: 'info', clause: null }] },
    { name: 'German DPA', text: GERMAN, errors: [{ messageIncludes: 'E_LANGUAGE: German text' }] },
    { name: 'Swedish DPA', text: SWEDISH, errors: [{ messageIncludes: 'Swedish' }] },
  ],
});

describe('language-unsupported in the whole pipeline', () => {
  it('gives a Norwegian DPA the notice and no clause or checklist findings', async () => {
    const result = await lintText(NORWEGIAN, { path: 'avtale.md' });
    expect(result.language).toBe('no');
    expect(result.error).toBeNull();
    expect(result.findings.map((f) => f.ruleId)).toEqual(['language-unsupported']);
    expect(result.findings[0]!.message).toContain('no clause checks were run');
  });

  it.skipIf(!existsSync(SHARED))('treats the real Norwegian DPA (../shared) the same way', async () => {
    const text = readFileSync(join(SHARED, 'nokken-databehandleravtale-no.md'), 'utf8');
    const result = await lintText(text, { path: 'nokken.md' });
    expect(result.language).toBe('no');
    // Only the language-independent 'document' checks (placeholders, draft markers …) may still report.
    const documentRules = new Set((await loadRules()).filter((r) => r.meta.category === 'document').map((r) => r.meta.id));
    expect(result.findings.filter((f) => !documentRules.has(f.ruleId))).toEqual([]);
    expect(result.findings.some((f) => f.ruleId === 'language-unsupported')).toBe(true);
  });
});
