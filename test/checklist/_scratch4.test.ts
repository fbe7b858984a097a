import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractPdf } from '../../src/extract/pdf.js';
import { normalize } from '../../src/normalize/index.js';
it('dump', async () => {
  const f = process.env.F!;
  const text = normalize(await extractPdf(new Uint8Array(readFileSync(f)))).text;
  console.log(text);
}, 120000);
