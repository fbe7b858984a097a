import { it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { analyze } from '../../src/engine/lint.js';
import { checkText, runChecklist } from '../../src/checklist/index.js';
it('seeds', async () => {
  const files = [...readdirSync('corpus/seeds').map(f => 'corpus/seeds/' + f), ...readdirSync('../shared/corpus-real').filter(f => /-da\.(md|txt)$/.test(f)).map(f => '../shared/corpus-real/' + f)];
  for (const f of files) {
    if (process.env.ONLY && !f.includes(process.env.ONLY)) continue;
    const doc = await analyze(new Uint8Array(readFileSync(f)), f);
    const res = runChecklist(doc)!;
    console.log(f.split('/').pop(), 'missing:', res.items.filter(i => !i.satisfied).map(i => i.code + (i.negated ? '(neg:' + i.negated.sentence.slice(0, 100) + ')' : '')).join(' '));
    if (process.env.SHOW) for (const i of res.items) console.log(`   ${i.satisfied ? '+' : '-'} ${i.code} [${i.pattern}] ${(i.sentence)?.slice(0, 160) ?? ''}`);
  }
});
