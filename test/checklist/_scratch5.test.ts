import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { lintText } from '../../src/engine/lint.js';
it('x', async () => {
  const r = await lintText(readFileSync('../shared/corpus-real/nokken-databehandleravtale-no.md', 'utf8'), { path: 'nokken.md' });
  console.log(r.findings.map(f => `${f.ruleId} ${f.severity} ${f.message}`));
});
