// A DPA in a language dpa-lint does not read (Norwegian, Swedish, German …) gets one notice instead of clause checks:
// Norwegian and Swedish look enough like Danish that reading them as Danish would give confident, wrong findings.
import { LANGUAGE_NAMES } from '../src/language/index.js';
import type { Rule } from '../src/engine/types.js';
import { meta } from './lib/shared.js';

const rule: Rule = {
  meta: meta({
    id: 'language-unsupported',
    description: 'The DPA is not in Danish or English, so no clause checks were run (E_LANGUAGE)',
    defaultSeverity: 'info',
    // 'document': the engine runs it for every language (other categories are skipped for unsupported languages).
    category: 'document',
    recommended: true,
  }),
  check(ctx) {
    const language = ctx.doc.language;
    if (language === 'da' || language === 'en') return;
    const what = language === 'unknown' ? 'The language of the text could not be recognised' : `${LANGUAGE_NAMES[language]} text`;
    ctx.report({
      message: `E_LANGUAGE: ${what}: dpa-lint checks Danish and English DPAs only; no clause checks were run`,
      clause: null,
      offset: 0,
      suggestion: 'Lint the Danish or English version of the DPA, if there is one; otherwise review this DPA manually against GDPR Art. 28.',
    });
  },
};

export default rule;
