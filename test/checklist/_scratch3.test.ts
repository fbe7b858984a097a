import { it } from 'vitest';
import { splitSentences, checkText } from '../../src/checklist/index.js';
import { dpa, EN_ELEMENTS } from './dpas.js';
it('dbg', () => {
  console.log(splitSentences('The processor assists with its obligations under Art.\n32 to 36 GDPR.'));
  const text = dpa(EN_ELEMENTS, {
      drop: ['assist-breach-notification-authority', 'assist-breach-communication-subjects', 'assist-dpia', 'assist-prior-consultation'],
      replace: { 'assist-security': 'The Processor shall assist the Controller in ensuring compliance with the following obligations:\n\n(a) the security of processing under Article 32;\n\n(b) notifying a personal data breach to the supervisory authority;\n\n(c) communicating a personal data breach to the data subjects;\n\n(d) data protection impact assessments; and\n\n(e) prior consultation of the supervisory authority.' } });
  for (const i of checkText(text, 'en').items) if (/assist/.test(i.code)) console.log(i.code, i.satisfied, i.sentence);
});
