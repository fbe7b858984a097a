import { it } from 'vitest';
import { lintFile } from '../../src/engine/lint.js';
it('x', async () => {
  for (const f of ['flintwood-dpa-en.pdf', 'shyware-dpa-en.docx', 'hetzner-avv-morpheus-de.pdf']) {
    const r = await lintFile('../shared/corpus-real/' + f);
    console.log(f, r.format, r.language, r.error, r.findings.filter(x => x.ruleId === 'art28-element-missing').map(x => x.element).join(' '));
  }
});
