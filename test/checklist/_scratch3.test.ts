import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/engine/lint.js';
import { splitSentences } from '../../src/checklist/index.js';
it('dbg', async () => {
  const f = process.env.F!;
  const doc = await analyze(new Uint8Array(readFileSync(f)), f);
  const t = doc.segmented.norm.text;
  const grep = new RegExp(process.env.G!, 'i');
  const ss = splitSentences(t);
  ss.forEach((s, i) => { if (grep.test(s.text)) { for (let k = Math.max(0, i - 2); k <= i; k++) console.log(k, JSON.stringify(ss[k]!.text.slice(0, 300))); } });
});
