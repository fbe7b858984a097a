// Long documents for the memory tests: running text (the clean DPA and the seeds, one after another, repeated) as a PDF
// set in Helvetica on A4 pages with a "Side n af N" footer (the hand-written writer of the extraction tests), and as a
// DOCX of as much text, one Word paragraph per paragraph.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { miniDocx, p } from '../../extract/helpers/mini-docx.js';
import { miniPdf, textLines, wrap, type PdfPageSpec } from '../../extract/helpers/mini-pdf.js';

const WIN_ANSI_EXTRA = '€…‘’“”•–—';

/** Characters the WinAnsi writer can set; anything else becomes a space. */
function winAnsi(s: string): string {
  let out = '';
  for (const ch of s) out += ch.charCodeAt(0) <= 0xff || WIN_ANSI_EXTRA.includes(ch) ? ch : ' ';
  return out.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

/** Lines of the given texts, wrapped to `width` characters, blank lines kept between paragraphs. */
export function textToLines(texts: string[], width = 95): string[] {
  const lines: string[] = [];
  for (const text of texts) {
    for (const para of text.split(/\n\s*\n/)) {
      const clean = winAnsi(para).replace(/\s+/g, ' ').trim();
      if (!clean) continue;
      lines.push(...wrap(clean, width), '');
    }
  }
  return lines;
}

export function sourceTexts(root: string): string[] {
  const files = [
    'fixtures/clean/clean-dpa.txt',
    'corpus/seeds/000_0dd348189ab538c3.txt',
    'corpus/seeds/001_e00652af3ed1b9bc.txt',
    'corpus/seeds/002_61eff82c15df988c.txt',
    'corpus/seeds/003_aa1192a22fa85dad.txt',
    'corpus/seeds/004_918041a7c424c53a.txt',
  ];
  return files.map((f) => readFileSync(join(root, f), 'utf8'));
}

/** `pages` A4 pages of 56 lines of 10 pt text, the source lines repeated as often as needed. */
export function longPdf(root: string, pages: number): Uint8Array {
  const lines = textToLines(sourceTexts(root));
  const perPage = 56;
  const specs: PdfPageSpec[] = [];
  let k = 0;
  for (let p = 1; p <= pages; p++) {
    const pageLines: string[] = [];
    for (let i = 0; i < perPage; i++) pageLines.push(lines[k++ % lines.length]!);
    specs.push({ texts: [...textLines(56, 786, pageLines, 10, 13), { x: 270, y: 30, text: `Side ${p} af ${pages}`, size: 9 }] });
  }
  return miniPdf(specs);
}

/** A DOCX holding the text of `pages` such pages (56 lines of ~95 characters each), one paragraph per paragraph. */
export async function longDocx(root: string, pages: number): Promise<Uint8Array> {
  const paras = sourceTexts(root).flatMap((t) => t.split(/\n\s*\n/).map((x) => x.replace(/\s+/g, ' ').trim()).filter(Boolean));
  const target = pages * 56 * 95;
  const body: string[] = [];
  let size = 0;
  for (let k = 0; size < target; k++) {
    const text = paras[k % paras.length]!;
    body.push(p(text));
    size += text.length;
  }
  return miniDocx({ body: body.join('') });
}
