// Mutation fuzzing shared by the CI test (test/reliability/fuzz.test.ts, a short bounded run) and `npm run fuzz`
// (scripts/fuzz.ts, ≥ 10,000 inputs). Seeds are the project's own texts, PDFs and DOCX; fast-check generates a
// "case" (seed, file name, list of mutations) as plain JSON, so any failure can be replayed from the printed case.
//
// Every input is linted in a worker thread (scripts/fuzz-worker.ts, built to dist/) with a time limit and a heap
// limit: an exception, an unhandled rejection, an unknown error code, a formatter crash, a hang (per-input timeout)
// or heap exhaustion is a failure. A FileResult with findings, without findings, or with a known error code is fine.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import fc from 'fast-check';

// ------------------------------------------------------------------------------------------------ seeds

export type SeedKind = 'text' | 'pdf' | 'docx';

export interface Seed {
  /** Path relative to the project root. */
  name: string;
  kind: SeedKind;
  bytes: Uint8Array;
}

/** The codes a FileResult may carry (src/input/errors.ts); anything else is a bug. */
export const KNOWN_CODES = new Set([
  'E_ENCRYPTED',
  'E_NO_TEXT',
  'E_CORRUPT',
  'E_EMPTY',
  'E_UNSUPPORTED',
  'E_TOO_LARGE',
  'E_NOT_FOUND',
  'E_READ',
  'E_TIMEOUT',
  'E_LANGUAGE',
]);

function listDir(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => ext.test(f))
    .sort();
}

/** The seed texts, the clean and example DPAs, and the PDF and DOCX renderings in fixtures/. */
export function loadSeeds(root: string): Seed[] {
  const seeds: Seed[] = [];
  const add = (rel: string, kind: SeedKind) => seeds.push({ name: rel, kind, bytes: new Uint8Array(readFileSync(join(root, rel))) });
  for (const dir of ['corpus/seeds', 'fixtures/clean', 'corpus/examples']) for (const f of listDir(join(root, dir), /\.txt$/)) add(`${dir}/${f}`, 'text');
  for (const f of listDir(join(root, 'fixtures/pdf'), /\.pdf$/)) add(`fixtures/pdf/${f}`, 'pdf');
  for (const f of listDir(join(root, 'fixtures/docx'), /\.docx$/)) add(`fixtures/docx/${f}`, 'docx');
  return seeds;
}

// ------------------------------------------------------------------------------------------------ mutations

/** Positions are millionths of the current length, so a mutation applies to an input of any size. */
type Pos = number;

export type TextKind = 'huge-line' | 'nesting' | 'control' | 'near-match' | 'pdf-tokens';

export type ByteMutation =
  | { op: 'flip'; bits: Array<{ at: Pos; bit: number }> }
  | { op: 'truncate'; at: Pos }
  | { op: 'insert'; at: Pos; data: number[] }
  | { op: 'delete'; at: Pos; length: number }
  | { op: 'duplicate'; at: Pos; length: number; times: number }
  | { op: 'text'; at: Pos; kind: TextKind; unit: string; times: number }
  | { op: 'encode'; from: Pos; to: Pos; encoding: 'utf16le' | 'utf16be' | 'latin1' | 'invalid-utf8' | 'lone-surrogate' }
  | { op: 'bom'; at: Pos | 'start'; bom: 'utf8' | 'utf16le' | 'utf16be' | 'utf32le' }
  | { op: 'eol'; style: 'crlf' | 'cr' | 'u2028' | 'nel' | 'formfeed' };

export type ZipMutation =
  | { op: 'zip-shuffle'; keys: number[] }
  | { op: 'zip-duplicate'; index: number }
  | { op: 'zip-remove'; index: number }
  | { op: 'zip-rename'; index: number; name: string }
  | { op: 'zip-part'; part: string; mutations: ByteMutation[] }
  | { op: 'zip-declared-size'; index: number; size: number }
  | { op: 'zip-stored'; index: number }
  | { op: 'zip-bomb'; megabytes: number }
  | { op: 'zip-deep-xml'; element: string; depth: number };

export type Mutation = ByteMutation | ZipMutation;

export interface FuzzCase {
  /** Index into the seed list. */
  seed: number;
  /** Extension of the name the input is linted under ("" for none). */
  ext: string;
  mutations: Mutation[];
}

export interface FuzzInput {
  bytes: Uint8Array;
  path: string;
}

/** How big the generated inputs may get: CI keeps every input small enough to lint in well under a second. */
export interface FuzzScale {
  maxRepeat: number;
  maxNesting: number;
  maxBombMb: number;
}

export const CI_SCALE: FuzzScale = { maxRepeat: 20_000, maxNesting: 2_000, maxBombMb: 0 };
export const LONG_SCALE: FuzzScale = { maxRepeat: 400_000, maxNesting: 100_000, maxBombMb: 160 };

const pos = fc.integer({ min: 0, max: 1_000_000 });

// Repeated units: characters and near-matches of the patterns the rules look for.
const NEAR_MATCHES = [
  'Bestemmelse 1.1 og ',
  'Bilag A.',
  'punkt 7.3, ',
  'afsnit 10.2., litra ',
  '[',
  '[TIDSPUNKT',
  '${',
  '{{',
  '<<',
  '_',
  '__ ',
  'a) ',
  '1.',
  '1.1.',
  '9.2.a.',
  '7.3 ',
  '\n7.',
  '\nBilag ',
  '\nA.3. ',
  '24 timer ',
  'senest 24 ',
  'CVR ',
  'CVR-nr. 1234567',
  '30 dages varsel ',
  'FORHÅNDSVISNING ',
  'Side 3 af 12\n',
  '| cell ',
  '\t\t',
  '- ',
  '* ',
  '#',
  '> ',
  '(',
  '"',
  '”',
  '...',
  '…',
  '0.',
  'ikke ',
  'databehand-\nleren ',
  'www.',
  '@',
  'XXXX',
];
const CONTROL = [
  '\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u000d', '\u001b', '\u001f', '\u007f', '\u0085', '\u009f',
  '\u00ad', '\u200b', '\u200d', '\u200e', '\u202e', '\u2028', '\u2029', '\ufeff', '\ufffd', '\ufffe', '\uffff', '\u{1F600}', 'ﬁ',
];
const NESTING = ['(', '[', '{', '<div>', '<w:p>', '> ', '  - ', '1.', '<<', '\n  ', '<table><tr><td>', '<ol><li>', '**'];
const CHARS = ['a', ' ', '_', '[', '.', '1', 'æ', '\u00a0', 'x', '-', '\t', '|', 'A', '\u200b'];
const PDF_TOKENS = [
  '[',
  '<<',
  '/Type /Pages /Count 999999999 ',
  '0 0 obj ',
  '1 0 R ',
  'endobj\n',
  'stream\n',
  'endstream\n',
  'xref\n0 99999999\n',
  'trailer << /Root 1 0 R /Encrypt 1 0 R >>\n',
  '%%EOF\n',
  'BT /F1 12 Tf (x) Tj ET ',
  '(((((',
  '/Filter /FlateDecode ',
  '/Length 999999999 ',
  '9999999999999999999 ',
  '-0.00000000001 ',
];

function textMutation(scale: FuzzScale): fc.Arbitrary<ByteMutation> {
  return fc.oneof(
    fc.record({ op: fc.constant('text' as const), at: pos, kind: fc.constant('huge-line' as const), unit: fc.constantFrom(...CHARS), times: fc.integer({ min: 1_000, max: scale.maxRepeat * 5 }) }),
    fc.record({ op: fc.constant('text' as const), at: pos, kind: fc.constant('nesting' as const), unit: fc.constantFrom(...NESTING), times: fc.integer({ min: 10, max: scale.maxNesting }) }),
    fc.record({ op: fc.constant('text' as const), at: pos, kind: fc.constant('control' as const), unit: fc.string({ unit: fc.constantFrom(...CONTROL), minLength: 1, maxLength: 8 }), times: fc.integer({ min: 1, max: 2_000 }) }),
    fc.record({ op: fc.constant('text' as const), at: pos, kind: fc.constant('near-match' as const), unit: fc.constantFrom(...NEAR_MATCHES), times: fc.integer({ min: 1, max: scale.maxRepeat }) }),
  );
}

function byteMutation(kind: SeedKind | 'xml', scale: FuzzScale): fc.Arbitrary<ByteMutation> {
  const generic: Array<fc.Arbitrary<ByteMutation>> = [
    fc.record({ op: fc.constant('flip' as const), bits: fc.array(fc.record({ at: pos, bit: fc.integer({ min: 0, max: 7 }) }), { minLength: 1, maxLength: 24 }) }),
    fc.record({ op: fc.constant('truncate' as const), at: pos }),
    fc.record({ op: fc.constant('insert' as const), at: pos, data: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 64 }) }),
    fc.record({ op: fc.constant('delete' as const), at: pos, length: fc.integer({ min: 1, max: 8_192 }) }),
    fc.record({ op: fc.constant('duplicate' as const), at: pos, length: fc.integer({ min: 1, max: 4_096 }), times: fc.integer({ min: 1, max: 40 }) }),
    textMutation(scale),
    fc.record({
      op: fc.constant('encode' as const),
      from: pos,
      to: pos,
      encoding: fc.constantFrom('utf16le' as const, 'utf16be' as const, 'latin1' as const, 'invalid-utf8' as const, 'lone-surrogate' as const),
    }),
    fc.record({ op: fc.constant('bom' as const), at: fc.oneof(fc.constant('start' as const), pos), bom: fc.constantFrom('utf8' as const, 'utf16le' as const, 'utf16be' as const, 'utf32le' as const) }),
    fc.record({ op: fc.constant('eol' as const), style: fc.constantFrom('crlf' as const, 'cr' as const, 'u2028' as const, 'nel' as const, 'formfeed' as const) }),
  ];
  if (kind === 'pdf') {
    generic.push(
      fc.record({ op: fc.constant('text' as const), at: pos, kind: fc.constant('pdf-tokens' as const), unit: fc.constantFrom(...PDF_TOKENS), times: fc.integer({ min: 1, max: scale.maxNesting }) }),
    );
  }
  return fc.oneof(...generic);
}

const DOCX_PARTS = ['word/document.xml', 'word/numbering.xml', 'word/styles.xml', '[Content_Types].xml', 'word/_rels/document.xml.rels', 'word/footnotes.xml'];
const ZIP_NAMES = ['word/document.xml', 'word/document2.xml', '[Content_Types].xml', 'word/numbering.xml', 'word/styles.xml', '../../evil.xml', 'word/media/image1.xml', '', 'WORD/DOCUMENT.XML', 'mimetype'];

function zipMutation(scale: FuzzScale): fc.Arbitrary<ZipMutation> {
  const index = fc.integer({ min: 0, max: 40 });
  const arbs: Array<fc.Arbitrary<ZipMutation>> = [
    fc.record({ op: fc.constant('zip-shuffle' as const), keys: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 2, maxLength: 40 }) }),
    fc.record({ op: fc.constant('zip-duplicate' as const), index }),
    fc.record({ op: fc.constant('zip-remove' as const), index }),
    fc.record({ op: fc.constant('zip-rename' as const), index, name: fc.constantFrom(...ZIP_NAMES) }),
    fc.record({ op: fc.constant('zip-part' as const), part: fc.constantFrom(...DOCX_PARTS), mutations: fc.array(byteMutation('xml', scale), { minLength: 1, maxLength: 3 }) }),
    fc.record({ op: fc.constant('zip-declared-size' as const), index, size: fc.constantFrom(0, 1, 100, 0x7fffffff, 0xfffffff0) }),
    fc.record({ op: fc.constant('zip-stored' as const), index }),
    fc.record({ op: fc.constant('zip-deep-xml' as const), element: fc.constantFrom('w:p', 'w:r', 'w:tbl><w:tr><w:tc', 'w:sdt><w:sdtContent', 'w:ins', 'w:hyperlink', 'w:smartTag'), depth: fc.integer({ min: 10, max: scale.maxNesting * 5 }) }),
  ];
  if (scale.maxBombMb > 0) arbs.push(fc.record({ op: fc.constant('zip-bomb' as const), megabytes: fc.integer({ min: 1, max: scale.maxBombMb }) }));
  return fc.oneof(...arbs);
}

const EXTENSIONS = ['.txt', '.md', '.pdf', '.docx', '.html', '', '.doc', '.rtf', '.TXT'];

/** A fuzz case for one of the seeds: mostly linted under the seed's own extension, sometimes under a wrong one. */
export function caseArb(seeds: Seed[], scale: FuzzScale = CI_SCALE, weights: Record<SeedKind, number> = { text: 1, pdf: 1, docx: 1 }): fc.Arbitrary<FuzzCase> {
  // Seeds picked by kind first, so the share of (slower) PDF and DOCX inputs is set by `weights`, not by the file count.
  const byKind = (kind: SeedKind) => seeds.map((s, i) => (s.kind === kind ? i : -1)).filter((i) => i >= 0);
  const seedArb = fc.oneof(
    ...(['text', 'pdf', 'docx'] as const)
      .filter((k) => byKind(k).length > 0 && weights[k] > 0)
      .map((k) => ({ weight: weights[k], arbitrary: fc.constantFrom(...byKind(k)) })),
  );
  return seedArb.chain((seed) => {
    const kind = seeds[seed]!.kind;
    const own = kind === 'text' ? '.txt' : `.${kind}`;
    const ext = fc.oneof({ weight: 6, arbitrary: fc.constant(own) }, { weight: 1, arbitrary: fc.constantFrom(...EXTENSIONS) });
    const one: fc.Arbitrary<Mutation> =
      kind === 'docx' ? fc.oneof({ weight: 3, arbitrary: zipMutation(scale) }, { weight: 2, arbitrary: byteMutation(kind, scale) }) : byteMutation(kind, scale);
    return fc.record({ seed: fc.constant(seed), ext, mutations: fc.array(one, { minLength: 1, maxLength: 4 }) });
  });
}

// ------------------------------------------------------------------------------------------------ applying

function at(p: Pos, length: number): number {
  return Math.min(length, Math.floor((p / 1_000_000) * (length + 1)));
}

function concat(...parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

const utf8 = new TextEncoder();
const utf8Lossy = new TextDecoder('utf-8');

function encodeAs(text: string, encoding: string): Uint8Array {
  switch (encoding) {
    case 'utf16le':
      return new Uint8Array(Buffer.from(text, 'utf16le'));
    case 'utf16be': {
      const b = Buffer.from(text, 'utf16le');
      for (let i = 0; i + 1 < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1]!, b[i]!];
      return new Uint8Array(b);
    }
    case 'latin1':
      return new Uint8Array(Buffer.from(text, 'latin1'));
    case 'invalid-utf8': {
      // Overlong forms, stray continuation bytes and a truncated sequence between the original characters.
      const bad = [0xc0, 0xaf, 0x80, 0xe2, 0x82, 0xf8, 0x88, 0x80, 0x80, 0x80, 0xff, 0xfe, 0xed, 0xa0, 0x80];
      const src = utf8.encode(text);
      const out: number[] = [];
      for (let i = 0; i < src.length; i++) {
        out.push(src[i]!);
        if (i % 97 === 0) out.push(bad[i % bad.length]!);
      }
      return new Uint8Array(out);
    }
    default: {
      // CESU-style lone surrogates: ED A0 80 (U+D800) inserted between words.
      const out = utf8.encode(text.replace(/ /g, ' \ud800'));
      const s = Buffer.from(out);
      return new Uint8Array(Buffer.concat([s, Buffer.from([0xed, 0xa0, 0x80])]));
    }
  }
}

const BOMS: Record<string, number[]> = { utf8: [0xef, 0xbb, 0xbf], utf16le: [0xff, 0xfe], utf16be: [0xfe, 0xff], utf32le: [0xff, 0xfe, 0x00, 0x00] };

function generatedText(m: Extract<ByteMutation, { op: 'text' }>): string {
  if (m.kind === 'nesting') {
    const close: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<div>': '</div>', '<w:p>': '</w:p>', '<<': '>>', '<table><tr><td>': '</td></tr></table>', '<ol><li>': '</li></ol>', '**': '**' };
    const c = close[m.unit];
    if (m.unit === '  - ' || m.unit === '\n  ') {
      // Indented lists/lines one level deeper each time (bounded so the input stays a few MB at most).
      const depth = Math.min(m.times, 2_000);
      let s = '';
      for (let i = 0; i < depth; i++) s += `\n${' '.repeat(i * 2)}${m.unit.trim() || 'x'} niveau ${i}`;
      return s + '\n';
    }
    if (m.unit === '1.') return '\n' + Array.from({ length: Math.min(m.times, 5_000) }, (_, i) => String((i % 9) + 1)).join('.') + '. Dyb nummerering\n';
    return m.unit.repeat(m.times) + 'tekst' + (c ? c.repeat(Math.floor(m.times / 2)) : '');
  }
  return m.unit.repeat(m.times);
}

export function applyByteMutation(bytes: Uint8Array, m: ByteMutation): Uint8Array {
  const n = bytes.length;
  switch (m.op) {
    case 'flip': {
      const out = bytes.slice();
      if (n === 0) return out;
      for (const b of m.bits) {
        const i = Math.min(n - 1, at(b.at, n - 1));
        out[i] = out[i]! ^ (1 << b.bit);
      }
      return out;
    }
    case 'truncate':
      return bytes.slice(0, at(m.at, n));
    case 'insert': {
      const i = at(m.at, n);
      return concat(bytes.subarray(0, i), new Uint8Array(m.data), bytes.subarray(i));
    }
    case 'delete': {
      const i = at(m.at, n);
      return concat(bytes.subarray(0, i), bytes.subarray(Math.min(n, i + m.length)));
    }
    case 'duplicate': {
      const i = at(m.at, n);
      const piece = bytes.subarray(i, Math.min(n, i + m.length));
      return concat(bytes.subarray(0, i), ...Array.from({ length: m.times + 1 }, () => piece), bytes.subarray(i + piece.length));
    }
    case 'text': {
      const i = at(m.at, n);
      return concat(bytes.subarray(0, i), utf8.encode(generatedText(m)), bytes.subarray(i));
    }
    case 'encode': {
      const [a, b] = [at(Math.min(m.from, m.to), n), at(Math.max(m.from, m.to), n)];
      const middle = encodeAs(utf8Lossy.decode(bytes.subarray(a, b)), m.encoding);
      return concat(bytes.subarray(0, a), middle, bytes.subarray(b));
    }
    case 'bom': {
      const i = m.at === 'start' ? 0 : at(m.at, n);
      return concat(bytes.subarray(0, i), new Uint8Array(BOMS[m.bom]!), bytes.subarray(i));
    }
    case 'eol': {
      const repl: Record<string, number[]> = { crlf: [13, 10], cr: [13], u2028: [0xe2, 0x80, 0xa8], nel: [0xc2, 0x85], formfeed: [12, 10] };
      const r = repl[m.style]!;
      const out: number[] = [];
      for (const b of bytes) {
        if (b === 10) out.push(...r);
        else out.push(b);
      }
      return new Uint8Array(out);
    }
  }
}

// ZIP: read every entry (inflated), mutate the list, write it back. Entries that cannot be read are kept as raw bytes.

export interface ZipItem {
  name: string;
  data: Uint8Array;
  stored?: boolean;
  /** Uncompressed size written into the headers (defaults to the true size). */
  declaredSize?: number;
  /** Pre-deflated body (zip bombs: deflating 100 MB of zeros once is enough). */
  deflated?: Uint8Array;
}

function u16(b: Uint8Array, o: number): number {
  return b[o]! | (b[o + 1]! << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
}

export function unzip(bytes: Uint8Array): ZipItem[] {
  let eocd = -1;
  for (let o = bytes.length - 22; o >= 0; o--) {
    if (u32(bytes, o) === 0x06054b50) {
      eocd = o;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip');
  const count = u16(bytes, eocd + 10);
  let p = u32(bytes, eocd + 16);
  const items: ZipItem[] = [];
  for (let i = 0; i < count; i++) {
    const method = u16(bytes, p + 10);
    const csize = u32(bytes, p + 20);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    const local = u32(bytes, p + 42);
    const name = utf8Lossy.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    const body = bytes.subarray(start, start + csize);
    items.push({ name, data: method === 8 ? new Uint8Array(inflateRawSync(body)) : body.slice() });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return items;
}

/** A ZIP written byte by byte, so that its headers can lie (declaredSize, stored, a pre-deflated body); the tests
 * build their hostile containers with it too. */
export function zip(items: ZipItem[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of items) {
    const name = Buffer.from(e.name, 'utf8');
    const body = e.stored ? Buffer.from(e.data) : Buffer.from(e.deflated ?? deflateRawSync(e.data));
    const size = e.declaredSize ?? e.data.length;
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.stored ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(e.stored ? 0 : 8, 10);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(body.length, 20);
    cd.writeUInt32LE(size >>> 0, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    chunks.push(local, name, body);
    central.push(cd, name);
    offset += local.length + name.length + body.length;
  }
  const cdBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(items.length & 0xffff, 8);
  end.writeUInt16LE(items.length & 0xffff, 10);
  end.writeUInt32LE(cdBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, cdBuf, end]));
}

let bombCache: { megabytes: number; deflated: Uint8Array } | null = null;

function applyZipMutation(items: ZipItem[], m: ZipMutation): ZipItem[] {
  const pick = (index: number) => (items.length ? index % items.length : -1);
  switch (m.op) {
    case 'zip-shuffle': {
      const keyed = items.map((it, i) => ({ it, k: m.keys[i % m.keys.length]! * 100 + i }));
      return keyed.sort((a, b) => a.k - b.k).map((x) => x.it);
    }
    case 'zip-duplicate': {
      const i = pick(m.index);
      return i < 0 ? items : [...items, { ...items[i]! }];
    }
    case 'zip-remove': {
      const i = pick(m.index);
      return items.filter((_, k) => k !== i);
    }
    case 'zip-rename': {
      const i = pick(m.index);
      return items.map((it, k) => (k === i ? { ...it, name: m.name } : it));
    }
    case 'zip-part':
      return items.map((it) => (it.name === m.part ? { ...it, data: m.mutations.reduce(applyByteMutation, it.data) } : it));
    case 'zip-declared-size': {
      const i = pick(m.index);
      return items.map((it, k) => (k === i ? { ...it, declaredSize: m.size } : it));
    }
    case 'zip-stored': {
      const i = pick(m.index);
      return items.map((it, k) => (k === i ? { ...it, stored: true } : it));
    }
    case 'zip-bomb': {
      if (bombCache?.megabytes !== m.megabytes) {
        bombCache = { megabytes: m.megabytes, deflated: new Uint8Array(deflateRawSync(Buffer.alloc(m.megabytes * 1024 * 1024, 0x20), { level: 9 })) };
      }
      // The declared size is true; the data itself is never materialised again (crc of a zero-length stand-in).
      return [...items, { name: 'word/bomb.xml', data: new Uint8Array(0), declaredSize: m.megabytes * 1024 * 1024, deflated: bombCache.deflated }];
    }
    case 'zip-deep-xml':
      return items.map((it) => {
        if (it.name !== 'word/document.xml') return it;
        const xml = utf8Lossy.decode(it.data);
        const [open, close] = [`<${m.element.split('><').join('><')}>`, m.element.split('><').reverse().map((e) => `</${e.split(' ')[0]}>`).join('')];
        const deep = open.repeat(m.depth) + '<w:r><w:t>dyb tekst</w:t></w:r>' + close.repeat(m.depth);
        const i = xml.indexOf('</w:body>');
        const out = i < 0 ? xml + deep : xml.slice(0, i) + `<w:p>${deep}</w:p>` + xml.slice(i);
        return { ...it, data: utf8.encode(out) };
      });
  }
}

function isZipMutation(m: Mutation): m is ZipMutation {
  return m.op.startsWith('zip-');
}

/** Bytes and file name of a case: ZIP mutations first (DOCX seeds), then byte mutations in order. */
export function applyCase(seeds: Seed[], c: FuzzCase): FuzzInput {
  const seed = seeds[c.seed]!;
  let bytes = seed.bytes;
  const zipOps = c.mutations.filter(isZipMutation);
  if (zipOps.length > 0 && seed.kind === 'docx') bytes = zip(zipOps.reduce(applyZipMutation, unzip(bytes)));
  for (const m of c.mutations) if (!isZipMutation(m)) bytes = applyByteMutation(bytes, m);
  const base = seed.name.split('/').pop()!.replace(/\.[^.]+$/, '');
  return { bytes, path: `fuzz/${base}${c.ext}` };
}

// ------------------------------------------------------------------------------------------------ running

export type Outcome =
  | 'findings'
  | 'no-findings'
  | `error:${string}`
  | 'crash'
  | 'unhandled-rejection'
  | 'unknown-code'
  | 'bad-result'
  | 'bad-output'
  | 'hang'
  | 'out-of-memory';

export const FAILURES: ReadonlySet<string> = new Set(['crash', 'unhandled-rejection', 'unknown-code', 'bad-result', 'bad-output', 'hang', 'out-of-memory']);

export interface RunResult {
  outcome: Outcome;
  ms: number;
  /** Stack or message of a failure. */
  detail?: string;
  /** Worker heap in use after the input (MB). */
  heapMb?: number;
}

export interface RunnerOptions {
  /**
   * Per-input time limit (the worker is terminated and restarted when it is reached: a hang). The engine itself is
   * given half of it (its `timeoutMs`): past that it must answer E_TIMEOUT, and not answering at all is the failure.
   */
  timeoutMs: number;
  /**
   * V8 old-generation limit of the worker: beyond it the input counts as unbounded memory. The engine's extraction
   * worker gets the same limit (its `maxHeapMb`), where running out must end as E_TOO_LARGE.
   */
  maxHeapMb: number;
  /** The built worker (dist/scripts/fuzz-worker.js). */
  workerFile: string;
}

interface WorkerReply {
  id: number;
  outcome?: Outcome;
  detail?: string;
  heapMb?: number;
  unhandled?: string;
}

/** One worker thread that lints inputs one at a time, replaced after a hang or a crash of the thread itself. */
export class FuzzRunner {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending: { id: number; resolve: (r: WorkerReply) => void } | null = null;
  /** An unhandled rejection seen while no input was pending is charged to the last input. */
  private late: string | null = null;

  constructor(private readonly options: RunnerOptions) {
    if (!existsSync(options.workerFile)) throw new Error(`${options.workerFile} is missing: run "npx tsc -p tsconfig.json" (npm run build) first`);
  }

  private start(): Worker {
    const worker = new Worker(this.options.workerFile, { resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb }, stdout: true, stderr: true });
    // pdf.js prints warnings about broken files; they are expected and not interesting here.
    worker.stdout.resume();
    worker.stderr.resume();
    worker.on('message', (msg: WorkerReply) => {
      if (msg.unhandled !== undefined) {
        if (this.pending) this.pending.resolve({ id: this.pending.id, outcome: 'unhandled-rejection', detail: msg.unhandled });
        else this.late = msg.unhandled;
        return;
      }
      if (this.pending && msg.id === this.pending.id) this.pending.resolve(msg);
    });
    const died = (outcome: Outcome, detail: string) => {
      if (this.worker === worker) this.worker = null;
      if (this.pending) this.pending.resolve({ id: this.pending.id, outcome, detail });
    };
    worker.on('error', (error: Error & { code?: string }) => {
      died(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out-of-memory' : 'crash', error.stack ?? String(error));
    });
    worker.on('exit', (code) => died('crash', `worker exited with code ${code}`));
    return worker;
  }

  /** An unhandled rejection that arrived after the last input's result (it belongs to that input), once. */
  takeLate(): string | null {
    const late = this.late;
    this.late = null;
    return late;
  }

  async run(input: FuzzInput): Promise<RunResult> {
    this.worker ??= this.start();
    const worker = this.worker;
    const id = this.nextId++;
    const t0 = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const reply = await new Promise<WorkerReply>((resolve) => {
      this.pending = { id, resolve };
      timer = setTimeout(() => resolve({ id, outcome: 'hang', detail: `no result after ${this.options.timeoutMs} ms` }), this.options.timeoutMs);
      worker.postMessage({ id, bytes: input.bytes, path: input.path, timeoutMs: Math.floor(this.options.timeoutMs / 2), maxHeapMb: this.options.maxHeapMb });
    });
    clearTimeout(timer);
    this.pending = null;
    const ms = performance.now() - t0;
    if (reply.outcome === 'hang' || reply.outcome === 'out-of-memory' || reply.outcome === 'crash') {
      // The thread may be stuck or dead: start a fresh one for the next input.
      if (this.worker === worker) this.worker = null;
      await worker.terminate().catch(() => undefined);
    }
    const result: RunResult = { outcome: reply.outcome ?? 'crash', ms };
    if (reply.detail !== undefined) result.detail = reply.detail;
    if (reply.heapMb !== undefined) result.heapMb = reply.heapMb;
    return result;
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) {
      w.removeAllListeners('exit');
      await w.terminate();
    }
  }
}

export interface FuzzFailure {
  case: FuzzCase;
  seedName: string;
  path: string;
  size: number;
  result: RunResult;
}

export interface FuzzSummary {
  total: number;
  counts: Record<string, number>;
  failures: FuzzFailure[];
  /** The five slowest inputs that did not hang. */
  slowest: Array<{ ms: number; case: FuzzCase; seedName: string; size: number; outcome: string }>;
  maxHeapMb: number;
  totalMs: number;
}

/** Lint every case on `parallel` workers; count outcomes; keep the failures with their cases. */
export async function runCases(
  seeds: Seed[],
  cases: FuzzCase[],
  options: RunnerOptions & { parallel?: number; onProgress?: (done: number, summary: FuzzSummary) => void },
): Promise<FuzzSummary> {
  const summary: FuzzSummary = { total: 0, counts: {}, failures: [], slowest: [], maxHeapMb: 0, totalMs: 0 };
  const t0 = performance.now();
  const runners = Array.from({ length: Math.max(1, options.parallel ?? 1) }, () => new FuzzRunner(options));
  let next = 0;
  try {
    await Promise.all(
      runners.map(async (runner) => {
        let previous: { case: FuzzCase; path: string; size: number } | null = null;
        const chargeLate = () => {
          const late = runner.takeLate();
          if (late === null || !previous) return;
          const result: RunResult = { outcome: 'unhandled-rejection', ms: 0, detail: `after its result: ${late}` };
          summary.counts[result.outcome] = (summary.counts[result.outcome] ?? 0) + 1;
          summary.failures.push({ case: previous.case, seedName: seeds[previous.case.seed]!.name, path: previous.path, size: previous.size, result });
        };
        for (let k = next++; k < cases.length; k = next++) {
          const c = cases[k]!;
          const input = applyCase(seeds, c);
          chargeLate();
          const result = await runner.run(input);
          previous = { case: c, path: input.path, size: input.bytes.length };
          summary.total++;
          summary.counts[result.outcome] = (summary.counts[result.outcome] ?? 0) + 1;
          if (result.heapMb !== undefined) summary.maxHeapMb = Math.max(summary.maxHeapMb, result.heapMb);
          if (result.outcome !== 'hang') {
            summary.slowest.push({ ms: result.ms, case: c, seedName: seeds[c.seed]!.name, size: input.bytes.length, outcome: result.outcome });
            summary.slowest = summary.slowest.sort((a, b) => b.ms - a.ms).slice(0, 5);
          }
          if (FAILURES.has(result.outcome)) summary.failures.push({ case: c, seedName: seeds[c.seed]!.name, path: input.path, size: input.bytes.length, result });
          options.onProgress?.(summary.total, summary);
        }
        // A rejection from the last input arrives a moment later, if at all.
        await new Promise((resolve) => setTimeout(resolve, 200));
        chargeLate();
      }),
    );
  } finally {
    await Promise.all(runners.map((r) => r.close()));
  }
  summary.totalMs = performance.now() - t0;
  return summary;
}

/** The project root, from scripts/ (vitest) or dist/scripts/ (built). */
export function projectRoot(from: string): string {
  let dir = from;
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'rules'))) return dir;
    dir = join(dir, '..');
  }
  throw new Error('cannot find the project root');
}

/** Short, replayable description of a failure. */
export function describeFailure(f: FuzzFailure): string {
  return `${f.result.outcome} on ${f.path} (${f.size} bytes, from ${f.seedName}) after ${f.result.ms.toFixed(0)} ms\n  case: ${JSON.stringify(f.case)}\n  ${(f.result.detail ?? '').split('\n').slice(0, 12).join('\n  ')}`;
}
