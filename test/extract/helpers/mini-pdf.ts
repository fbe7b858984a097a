// A tiny PDF writer for extraction tests: pages of positioned Helvetica text (WinAnsi, so æøå work), straight lines
// and gray images, optionally "encrypted" with a Standard security handler whose password check always fails.
// Uncompressed and hand-assembled, so each test shows exactly the layout it feeds to the extractor.

export interface PdfText {
  x: number;
  y: number;
  text: string;
  size?: number;
  /** Rotation in degrees, counter-clockwise. */
  angle?: number;
}

export interface PdfLine {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PdfPageSpec {
  texts?: PdfText[];
  lines?: PdfLine[];
  /** Draw a gray image covering this rectangle (a "scanned" page). */
  image?: { x: number; y: number; width: number; height: number };
  width?: number;
  height?: number;
}

export interface MiniPdfOptions {
  /** Add an /Encrypt dictionary no password opens (pdfjs then asks for one). */
  encrypted?: boolean;
}

// WinAnsi codes of the typographic characters outside Latin-1.
const WIN_ANSI: Record<string, string> = { '€': '\x80', '…': '\x85', '‘': '\x91', '’': '\x92', '“': '\x93', '”': '\x94', '•': '\x95', '–': '\x96', '—': '\x97' };

function escapeText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/\(/g, '\\(')
    .replace(/\)/g, '\\)')
    .replace(/[€…‘’“”•–—]/g, (ch) => WIN_ANSI[ch]!);
}

function num(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(4).replace(/0+$/, '');
}

/** Content stream for one page. */
function content(page: PdfPageSpec): string {
  const ops: string[] = [];
  for (const l of page.lines ?? []) ops.push(`0.5 w ${num(l.x0)} ${num(l.y0)} m ${num(l.x1)} ${num(l.y1)} l S`);
  if (page.image) {
    const { x, y, width, height } = page.image;
    ops.push(`q ${num(width)} 0 0 ${num(height)} ${num(x)} ${num(y)} cm /Im1 Do Q`);
  }
  for (const t of page.texts ?? []) {
    const size = t.size ?? 11;
    const a = ((t.angle ?? 0) * Math.PI) / 180;
    const [c, s] = [Math.cos(a), Math.sin(a)];
    ops.push(`BT /F1 ${num(size)} Tf ${num(c)} ${num(s)} ${num(-s)} ${num(c)} ${num(t.x)} ${num(t.y)} Tm (${escapeText(t.text)}) Tj ET`);
  }
  return ops.join('\n');
}

/** Build a PDF. Text must fit WinAnsi (Latin-1 plus a few typographic characters). */
export function miniPdf(pages: PdfPageSpec[], options: MiniPdfOptions = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add('');
  const pagesObj = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const needsImage = pages.some((p) => p.image);
  const image = needsImage ? add('<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\x80\x90\xa0\xb0\nendstream') : 0;
  const kids: number[] = [];
  for (const p of pages) {
    const stream = content(p);
    const contentObj = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    const resources = `<< /Font << /F1 ${font} 0 R >>${image ? ` /XObject << /Im1 ${image} 0 R >>` : ''} >>`;
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${p.width ?? 595} ${p.height ?? 842}] /Resources ${resources} /Contents ${contentObj} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const encrypt = options.encrypted
    ? add(`<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${'1f'.repeat(32)}> /U <${'2e'.repeat(32)}> >>`)
    : 0;

  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, k) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${k + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  const id = `<${'ab'.repeat(16)}>`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encrypt ? ` /Encrypt ${encrypt} 0 R` : ''} /ID [${id} ${id}] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** Lines of running text at `size` pt, `lead` pt apart, from (x, y) downwards. */
export function textLines(x: number, y: number, lines: string[], size = 11, lead = size * 1.3): PdfText[] {
  return lines.map((text, k) => ({ x, y: y - k * lead, text, size }));
}

/** Split a paragraph into lines of at most `width` characters (a crude line breaker for test layouts). */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const word of text.split(/\s+/)) {
    if (cur && cur.length + 1 + word.length > width) {
      out.push(cur);
      cur = word;
    } else cur = cur ? `${cur} ${word}` : word;
  }
  if (cur) out.push(cur);
  return out;
}

// Helvetica advance widths (AFM, per 1000 em) for the characters the tests use; others count as 556.
const WIDTHS: Record<string, number> = {
  ' ': 278, a: 556, b: 556, c: 500, d: 556, e: 556, f: 278, g: 556, h: 556, i: 222, j: 222, k: 500, l: 222, m: 833,
  n: 556, o: 556, p: 556, q: 556, r: 333, s: 500, t: 278, u: 556, v: 500, w: 722, x: 500, y: 500, z: 500,
  A: 667, B: 667, C: 722, D: 722, E: 667, F: 611, G: 778, H: 722, I: 278, J: 500, K: 667, L: 556, M: 833, N: 722,
  O: 778, P: 667, Q: 778, R: 722, S: 667, T: 611, U: 722, V: 667, W: 944, X: 667, Y: 667, Z: 611,
  '.': 278, ',': 278, ':': 278, ';': 278, '-': 333, '(': 333, ')': 333, '/': 278, '"': 355, "'": 191, '|': 260,
  '&': 667, '§': 556, '%': 889, 'æ': 889, 'ø': 611, 'å': 556, 'Æ': 1000, 'Ø': 778, 'Å': 667, 'é': 556, '–': 556,
};

/** Width of `text` set in Helvetica at `size` pt. */
export function helveticaWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += WIDTHS[ch] ?? 556;
  return (w * size) / 1000;
}

/** One justified line set word by word (as pdfmake does): each word its own text object, gaps stretched evenly. */
export function justifiedWords(x: number, y: number, words: string[], lineWidth: number, size = 11): PdfText[] {
  const widths = words.map((w) => helveticaWidth(w, size));
  const gap = (lineWidth - widths.reduce((s, w) => s + w, 0)) / (words.length - 1);
  const out: PdfText[] = [];
  let cx = x;
  words.forEach((text, k) => {
    out.push({ x: cx, y, text, size });
    cx += widths[k]! + gap;
  });
  return out;
}
