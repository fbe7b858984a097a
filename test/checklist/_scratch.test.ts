import { it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { extractPdf } from '../../src/extract/pdf.js';
import { normalize } from '../../src/normalize/index.js';
import { detectLanguage } from '../../src/language/index.js';
import { checkText } from '../../src/checklist/index.js';
it('x', async () => {
  const files = readdirSync('../shared/corpus-real').filter(f => /\.(pdf|md|txt)$/.test(f) && !f.startsWith('SOURCES')).map(f => '../shared/corpus-real/' + f);
  const only = process.env.ONLY;
  for (const f of files) {
    if (only && !f.includes(only)) continue;
    const bytes = new Uint8Array(readFileSync(f));
    let text: string;
    if (f.endsWith('.pdf')) text = normalize(await extractPdf(bytes)).text; else text = readFileSync(f, 'utf8');
    const lang = detectLanguage(text);
    if (lang !== 'da' && lang !== 'en') { console.log(`${f.split('/').pop()} lang=${lang}`); continue; }
    const res = checkText(text, lang);
    console.log(`${f.split('/').pop()} lang=${lang} missing: ${res.items.filter(i => !i.satisfied).map(i => i.code + (i.negated ? '(neg)' : '')).join(' ')}`);
    if (process.env.SHOW) for (const i of res.items) console.log(`   ${i.satisfied ? '+' : '-'} ${i.code} [${i.pattern}] ${(i.sentence ?? i.negated?.sentence)?.slice(0, 220) ?? ''}`);
    if (process.env.DUMP) console.log(text);
  }
}, 300000);
