import { describe } from 'vitest';
import rule from '../../rules/security-measures-generic.js';
import { CLEAN, edit } from '../helpers/clean.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { seedCases } from './_seeds.js';

const C2 = /(\nC\.2\. Behandlingssikkerhed\n\n)[\s\S]*?(\n\nC\.3\. )/;
const withC2 = (text: string) => edit(CLEAN, C2, `$1${text}$2`);
const GENERIC = [
  'Databehandleren træffer passende tekniske og organisatoriske sikkerhedsforanstaltninger for at sikre et sikkerhedsniveau, der passer til de risici, som behandlingen indebærer, jf. databeskyttelsesforordningens artikel 32.',
  'Sikkerhedsforanstaltningerne kan omfatte:',
  '- pseudonymisering og kryptering af personoplysninger,',
  '- foranstaltninger til at sikre vedvarende fortrolighed, integritet, tilgængelighed og robusthed i behandlingssystemer og -tjenester.',
].join('\n\n');

ruleTester(rule).run({
  valid: [
    { name: 'clean DPA', text: CLEAN },
    {
      name: 'Art. 32 wording plus agreed measures',
      text: withC2(`${GENERIC}\n\nDatabehandleren skal som minimum kryptere al trafik med TLS 1.2, kræve tofaktorgodkendelse og tage daglig backup.`),
    },
  ],
  invalid: [{ name: 'Art. 32 restated only', text: withC2(GENERIC), errors: [{ clause: 'C.2', messageIncludes: 'only restates Article 32', severity: 'warning' }] }],
});

describe('security-measures-generic on the seeds', () => {
  seedCases(rule, [
    { seed: '004', count: 1, includes: [{ clause: 'C.2' }] },
    { seed: '000', count: 0, includes: [] },
    { seed: '001', count: 0, includes: [] },
    { seed: '002', count: 0, includes: [] },
    { seed: '003', count: 0, includes: [] },
  ]);
});
