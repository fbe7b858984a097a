import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { FieldDoc, sourceFromText } from '../../src/fields/view.js';
import { extractSubprocessorTerms } from '../../src/fields/subprocessor-terms.js';
it('explore', () => {
  for (const f of ['000_0dd348189ab538c3','001_e00652af3ed1b9bc','002_61eff82c15df988c','003_aa1192a22fa85dad','004_918041a7c424c53a']) {
    const text = readFileSync(`corpus/seeds/${f}.txt`, 'utf8');
    const fd = new FieldDoc(sourceFromText(text));
    const t = extractSubprocessorTerms(fd);
    console.log('SEED', f, t.authorisation.type, t.noticeDays, '\n' + t.notices.map(n => `  ${n.kind} ${n.days} ${n.text} @${n.evidence.clause}: ${n.evidence.quote.slice(0,100)}`).join('\n'));
  }
});
