import { it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { detectLanguage, languageScores } from '../../src/language/index.js';
it('x', () => {
  const files = ['../shared/corpus-real/nokken-databehandleravtale-no.md', ...readdirSync('../shared/corpus-real').filter(f => /\.(md|txt)$/.test(f)).map(f => '../shared/corpus-real/' + f), ...readdirSync('corpus/seeds').map(f => 'corpus/seeds/' + f)];
  for (const f of files) { const t = readFileSync('/work/main/' + f, 'utf8'); console.log(f, detectLanguage(t), JSON.stringify(languageScores(t))); }
  for (const t of ['Der Auftragsverarbeiter verarbeitet personenbezogene Daten nur auf dokumentierte Weisung des Verantwortlichen.', 'Personuppgiftsbiträdet ska endast behandla personuppgifter enligt instruktioner från den personuppgiftsansvarige.', 'Databehandleren må kun behandle personopplysninger etter dokumenterte instrukser fra behandlingsansvarlig.', 'Databehandleren må kun behandle personoplysninger efter instruks fra den dataansvarlige.', 'The processor shall only process personal data on documented instructions.', 'hello', ''])
    console.log(detectLanguage(t), t.slice(0, 40));
});
