// A small, bounded ZIP reader: the central directory is read before anything is inflated, so a zip bomb is refused
// on its declared sizes, and every inflate is capped at the declared size (a lying header fails instead of
// expanding). Used for format detection (which parts a zip holds) and for the DOCX parts read besides mammoth.
import { inflateRawSync } from 'node:zlib';
import { InputError } from '../input/errors.js';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const MAX_ENTRIES = 20_000;

function u16(b: Uint8Array, o: number): number {
  return b[o]! | (b[o + 1]! << 8);
}

function u32(b: Uint8Array, o: number): number {
  return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
}

function u64(b: Uint8Array, o: number): number {
  return u32(b, o) + u32(b, o + 4) * 2 ** 32;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

function corrupt(why: string): InputError {
  return new InputError('E_CORRUPT', `DOCX/ZIP container is damaged or truncated (${why})`);
}

/** Entries of the central directory. Throws E_CORRUPT when there is none or it points outside the file. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const n = bytes.length;
  // End of central directory: 22 bytes plus up to 64 KiB of comment, searched from the end.
  let eocd = -1;
  for (let o = n - 22; o >= Math.max(0, n - 22 - 0xffff); o--) {
    if (bytes[o] === 0x50 && bytes[o + 1] === 0x4b && bytes[o + 2] === 5 && bytes[o + 3] === 6) {
      eocd = o;
      break;
    }
  }
  if (eocd < 0) throw corrupt('no end of central directory; truncated or not a zip');
  let count = u16(bytes, eocd + 10);
  let size = u32(bytes, eocd + 12);
  let offset = u32(bytes, eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    // ZIP64: the locator sits right before the classic record.
    const loc = eocd - 20;
    if (loc < 0 || u32(bytes, loc) !== 0x07064b50) throw corrupt('ZIP64 locator missing');
    const z = u64(bytes, loc + 8);
    if (z + 56 > n || u32(bytes, z) !== 0x06064b50) throw corrupt('ZIP64 directory missing');
    count = u64(bytes, z + 32);
    size = u64(bytes, z + 40);
    offset = u64(bytes, z + 48);
  }
  if (count > MAX_ENTRIES) throw new InputError('E_TOO_LARGE', `ZIP container lists ${count} parts, above the limit of ${MAX_ENTRIES}`);
  if (offset + size > n) throw corrupt('central directory outside the file');
  const entries: ZipEntry[] = [];
  let p = offset;
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (p + 46 > n || u32(bytes, p) !== 0x02014b50) throw corrupt('bad central directory entry');
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    let compressedSize = u32(bytes, p + 20);
    let uncompressedSize = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    let localHeaderOffset = u32(bytes, p + 42);
    if (p + 46 + nameLen + extraLen > n) throw corrupt('bad central directory entry');
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    // ZIP64 extended sizes live in extra field 0x0001, in this order, only for the fields that overflowed.
    let e = p + 46 + nameLen;
    const extraEnd = e + extraLen;
    while (e + 4 <= extraEnd) {
      const id = u16(bytes, e);
      const len = u16(bytes, e + 2);
      if (id === 1) {
        let q = e + 4;
        if (uncompressedSize === 0xffffffff && q + 8 <= e + 4 + len) {
          uncompressedSize = u64(bytes, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff && q + 8 <= e + 4 + len) {
          compressedSize = u64(bytes, q);
          q += 8;
        }
        if (localHeaderOffset === 0xffffffff && q + 8 <= e + 4 + len) localHeaderOffset = u64(bytes, q);
      }
      e += 4 + len;
    }
    entries.push({ name, method, flags, compressedSize, uncompressedSize, localHeaderOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Inflate one entry, never beyond its declared size. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  if (entry.flags & 1) throw new InputError('E_ENCRYPTED', `ZIP part ${entry.name} is encrypted`);
  const o = entry.localHeaderOffset;
  if (o + 30 > bytes.length || u32(bytes, o) !== 0x04034b50) throw corrupt(`bad local header for ${entry.name}`);
  const start = o + 30 + u16(bytes, o + 26) + u16(bytes, o + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt(`${entry.name} runs past the end of the file`);
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize) throw corrupt(`stored part ${entry.name} has inconsistent sizes`);
    return data;
  }
  if (entry.method !== 8) throw corrupt(`${entry.name} uses unsupported compression method ${entry.method}`);
  try {
    const out = inflateRawSync(data, { maxOutputLength: Math.max(entry.uncompressedSize, 1) });
    if (out.length !== entry.uncompressedSize) throw corrupt(`${entry.name} does not inflate to its declared size`);
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') throw corrupt(`${entry.name} inflates beyond its declared size`);
    throw corrupt(`${entry.name} cannot be inflated`);
  }
}
