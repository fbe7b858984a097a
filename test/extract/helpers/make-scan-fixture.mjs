// Generates fixtures/bad/scanned-dpa-da.pdf: a two-page "scanned" Danish data processing agreement (invented text,
// fictional companies, no personal data). Each page is text drawn with @napi-rs/canvas at 200 dpi, tilted a little
// and with a gray paper tone, encoded as JPEG and placed as the only content of a PDF page (DCTDecode image
// XObject): no text layer at all, as from an office scanner.
//
// Run once and commit the output (it needs the Liberation fonts, which CI does not have):
//   node test/extract/helpers/make-scan-fixture.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'fixtures', 'bad', 'scanned-dpa-da.pdf');
const DPI = 200;
const A4 = { w: 595, h: 842 }; // points
const FONT = '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf';
const BOLD = '/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf';
GlobalFonts.registerFromPath(FONT, 'ScanSerif');
GlobalFonts.registerFromPath(BOLD, 'ScanSerifBold');

// [kind, text]: 'h' heading, 'p' paragraph, 't' title.
const PAGES = [
  [
    ['t', 'Databehandleraftale'],
    ['p', 'mellem Nordlys Regnskab ApS, Fjordvej 1, 9999 Lilleby (den dataansvarlige) og Skyfjord Hosting A/S, Havnegade 2, 9998 Storeby (databehandleren).'],
    ['h', '1. Formål'],
    ['p', 'Denne aftale fastsætter de rettigheder og forpligtelser, som finder anvendelse, når databehandleren foretager behandling af personoplysninger på vegne af den dataansvarlige.'],
    ['h', '2. Den dataansvarliges instruks'],
    ['p', 'Databehandleren må kun behandle personoplysninger efter dokumenteret instruks fra den dataansvarlige, jf. artikel 28, stk. 3, litra a. Instruksen fremgår af Bilag C.'],
    ['h', '3. Fortrolighed'],
    ['p', 'Databehandleren sikrer, at kun de personer, der aktuelt er autoriseret hertil, har adgang til personoplysningerne, og at disse personer har påtaget sig fortrolighed.'],
  ],
  [
    ['h', '4. Anvendelse af underdatabehandlere'],
    ['p', 'Databehandleren må ikke gøre brug af en underdatabehandler uden forudgående specifik skriftlig godkendelse fra den dataansvarlige.'],
    ['h', '5. Brud på persondatasikkerheden'],
    ['p', 'Databehandleren underretter den dataansvarlige uden unødig forsinkelse og senest 24 timer efter at være blevet opmærksom på et brud på persondatasikkerheden.'],
    ['h', '6. Ophør'],
    ['p', 'Ved ophør af aftalen skal databehandleren slette alle personoplysninger, medmindre lovgivningen kræver opbevaring.'],
  ],
];

function wrap(ctx, text, maxWidth) {
  const lines = [];
  let cur = '';
  for (const word of text.split(' ')) {
    const next = cur ? `${cur} ${word}` : word;
    if (cur && ctx.measureText(next).width > maxWidth) {
      lines.push(cur);
      cur = word;
    } else cur = next;
  }
  if (cur) lines.push(cur);
  return lines;
}

function renderPage(blocks, pageNo) {
  const px = (pt) => Math.round((pt * DPI) / 72);
  const canvas = createCanvas(px(A4.w), px(A4.h));
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#f1efe9'; // paper tone
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  // A slight skew, as from a sheet fed a little askew.
  ctx.translate(canvas.width / 2, canvas.height / 2);
  ctx.rotate(((pageNo === 1 ? 0.4 : -0.3) * Math.PI) / 180);
  ctx.translate(-canvas.width / 2, -canvas.height / 2);
  ctx.fillStyle = '#1c1c1c';
  ctx.textBaseline = 'alphabetic';
  const left = px(72);
  const width = px(A4.w - 144);
  let y = px(90);
  for (const [kind, text] of blocks) {
    const size = kind === 't' ? 18 : kind === 'h' ? 13 : 11.5;
    ctx.font = `${px(size)}px ${kind === 'p' ? 'ScanSerif' : 'ScanSerifBold'}`;
    if (kind !== 't') y += px(kind === 'h' ? 10 : 4);
    for (const line of wrap(ctx, text, width)) {
      y += px(size * 1.3);
      ctx.fillText(line, kind === 't' ? (canvas.width - ctx.measureText(line).width) / 2 : left, y);
    }
    if (kind === 't') y += px(8);
  }
  ctx.font = `${px(9)}px ScanSerif`;
  const foot = `Side ${pageNo} af ${PAGES.length}`;
  ctx.fillText(foot, (canvas.width - ctx.measureText(foot).width) / 2, px(A4.h - 40));
  // Scanner speckle: a fixed pseudo-random pattern so the file is reproducible.
  let seed = 42 + pageNo;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = 'rgba(60,60,60,0.5)';
  for (let k = 0; k < 400; k++) ctx.fillRect(Math.floor(rand() * canvas.width), Math.floor(rand() * canvas.height), 2, 2);
  return { jpeg: canvas.toBuffer('image/jpeg', 50), width: canvas.width, height: canvas.height };
}

/** A PDF whose pages each paint one full-page JPEG and nothing else. */
function imagePdf(images) {
  const parts = [];
  const offsets = [];
  let length = 0;
  const push = (b) => {
    const buf = typeof b === 'string' ? Buffer.from(b, 'latin1') : b;
    parts.push(buf);
    length += buf.length;
  };
  const obj = (n, body) => {
    offsets[n] = length;
    push(`${n} 0 obj\n`);
    for (const b of [].concat(body)) push(b);
    push('\nendobj\n');
  };
  push('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  const n = images.length;
  const kids = images.map((_, k) => `${3 + 3 * k} 0 R`).join(' ');
  obj(1, '<< /Type /Catalog /Pages 2 0 R >>');
  obj(2, `<< /Type /Pages /Kids [${kids}] /Count ${n} >>`);
  images.forEach((im, k) => {
    const [page, content, image] = [3 + 3 * k, 4 + 3 * k, 5 + 3 * k];
    const ops = `q ${A4.w} 0 0 ${A4.h} 0 0 cm /Im0 Do Q`;
    obj(page, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${A4.w} ${A4.h}] /Resources << /XObject << /Im0 ${image} 0 R >> >> /Contents ${content} 0 R >>`);
    obj(content, `<< /Length ${ops.length} >>\nstream\n${ops}\nendstream`);
    obj(image, [
      `<< /Type /XObject /Subtype /Image /Width ${im.width} /Height ${im.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${im.jpeg.length} >>\nstream\n`,
      im.jpeg,
      '\nendstream',
    ]);
  });
  const size = 3 + 3 * n;
  const xref = length;
  let tail = `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (let k = 1; k < size; k++) tail += `${String(offsets[k]).padStart(10, '0')} 00000 n \n`;
  tail += `trailer\n<< /Size ${size} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  push(tail);
  return Buffer.concat(parts);
}

const pdf = imagePdf(PAGES.map((blocks, k) => renderPage(blocks, k + 1)));
writeFileSync(OUT, pdf);
console.log(`${OUT}: ${pdf.length} bytes`);
