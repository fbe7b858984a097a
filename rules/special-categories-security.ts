// Sensitive data and the security level must agree: A.3 lists Art. 9 or Art. 10 data or CPR numbers but C.2 sets no high
// level, or C.2 speaks of Art. 9 data that A.3 does not list (one of the two annexes is wrong).
import type { Rule } from '../src/engine/types.js';
import { meta } from './lib/shared.js';
import { fields, reportAt } from './lib/values.js';

const rule: Rule = {
  meta: meta({
    id: 'special-categories-security',
    description: 'A.3 lists special-category, criminal-offence or CPR data but C.2 sets no high security level, or C.2 cites Art. 9 data A.3 does not list',
    defaultSeverity: 'warning',
    category: 'values',
    recommended: true,
  }),
  check(ctx) {
    const f = fields(ctx);
    if (!f) return;
    const cat = f.dataCategories;
    const sec = f.security;
    if (!cat.evidence || !sec.evidence) return;
    const kinds = [cat.special ? 'special categories (Art. 9)' : null, cat.criminal ? 'criminal offences (Art. 10)' : null, cat.cpr ? 'CPR numbers' : null].filter(
      (k): k is string => k !== null,
    );
    // No level stated but a C.2 that lists real measures is left alone: the finding is about a level set too low, or
    // about sensitive data protected by nothing more than generic words.
    const weak = sec.level !== null ? sec.level !== 'high' : sec.generic || sec.concreteMeasures < 3;
    if (kinds.length && weak) {
      reportAt(ctx, sec.levelEvidence ?? sec.evidence, {
        clause: 'C.2',
        message: `A.3 lists ${kinds.join(', ')}, but C.2 ${sec.level ? `sets a ${sec.level} security level` : 'sets no security level'}`,
        expected: 'a high security level in C.2 for sensitive data',
        actual: sec.level ? `${sec.level} level` : 'no level stated',
        suggestion: 'State in C.2 that the security level must be high because of the data in A.3, and list the measures that achieve it.',
      });
    }
    if (sec.citesArt9 && !cat.special && !cat.empty) {
      reportAt(ctx, sec.art9Evidence ?? sec.evidence, {
        clause: 'C.2',
        message: 'C.2 says the processing covers special categories of data (Art. 9), but A.3 lists none',
        expected: 'A.3 and C.2 describe the same data',
        actual: 'Art. 9 data in C.2 only',
        suggestion: 'Add the special categories to A.3, or correct C.2 if no such data is processed.',
      });
    } else if (sec.citesArt9 && cat.empty) {
      reportAt(ctx, sec.art9Evidence ?? sec.evidence, {
        clause: 'C.2',
        message: 'C.2 says the processing covers special categories of data (Art. 9), but A.3 lists no types of personal data at all',
        expected: 'A.3 lists the types of data, including the special categories C.2 mentions',
        actual: 'A.3 empty',
        suggestion: 'Fill in A.3 with the types of personal data, including the special categories.',
      });
    }
  },
};

export default rule;
