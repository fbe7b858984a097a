import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/engine/lint.js';
import { alignmentProof } from '../../src/checklist/index.js';
it('x', async () => {
  const f = '000_0dd348189ab538c3.txt';
  const doc = await analyze(new Uint8Array(readFileSync('corpus/seeds/' + f)), f);
  const m = doc.alignment!.matches.find(m => m.template.id === '4.1')!;
  console.log(doc.alignment?.template.id, m.status, m.clauses.length, alignmentProof(doc, 'documented-instructions'));
  const doc2 = await analyze(new Uint8Array(readFileSync('/work/main/corpus/seeds/' + f)), f);
  console.log(doc2.alignment?.template.id, alignmentProof(doc2, 'documented-instructions'));
});
