// Synthetic stress documents built from the clean DPA, shared by the scaling tests (test/align/) and `npm run bench`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const WORDS = ['leverandøren', 'skal', 'sikre', 'at', 'data', 'behandles', 'fortroligt', 'og', 'efter', 'aftale', 'med', 'kunden'];

function cleanDpa(root: string): string {
  return readFileSync(join(root, 'fixtures/clean/clean-dpa.txt'), 'utf8');
}

/**
 * The clean DPA with `n` added clauses before its annexes: sections 16-99, each with up to 20 headed sub-sections
 * ("16.3. Afsnit 16.3") of up to 20 clauses ("16.3.7. Den … bestemmelse: …"), so at most 33,600.
 */
export function manyClausesDpa(root: string, n: number): string {
  const clean = cleanDpa(root);
  const parts: string[] = [];
  let k = 0;
  for (let s = 16; k < n && s < 100; s++) {
    parts.push(`${s}. Tillæg ${s}`);
    for (let c = 1; c <= 20 && k < n; c++) {
      parts.push(`${s}.${c}. Afsnit ${s}.${c}`);
      for (let j = 1; j <= 20 && k < n; j++, k++) {
        parts.push(`${s}.${c}.${j}. Den ${k}. bestemmelse: ${Array.from({ length: 10 }, (_, i) => WORDS[(k * 7 + i * 3) % WORDS.length]).join(' ')}.`);
      }
    }
  }
  const i = clean.indexOf('\nBilag A. ');
  return `${clean.slice(0, i)}\n${parts.join('\n\n')}\n${clean.slice(i)}`;
}

/** The clean DPA's title block, then "1.1." followed by the whole DPA on one line, repeated to about `bytes` bytes. */
export function oneParagraphDpa(root: string, bytes: number): string {
  const clean = cleanDpa(root);
  const head = clean.slice(0, clean.indexOf('\n2. Præambel'));
  const oneLine = clean.replace(/\s+/g, ' ');
  return `${head}\n\n1. Aftale\n\n1.1. ${`${oneLine} `.repeat(Math.ceil(bytes / oneLine.length))}\n`;
}
