import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/input/decode.js';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('decodeText', () => {
  it('decodes UTF-8 and strips the BOM', () => {
    const utf8 = new TextEncoder().encode('\ufeffDatabehandleren må ikke – æøå ÆØÅ');
    expect(decodeText(utf8)).toBe('Databehandleren må ikke – æøå ÆØÅ');
  });

  it('decodes UTF-16 LE and BE with a BOM', () => {
    const text = 'Bilag C.6 – tredjelande æøå';
    const le = [0xff, 0xfe];
    const be = [0xfe, 0xff];
    for (const ch of text) {
      const c = ch.charCodeAt(0);
      le.push(c & 0xff, c >> 8);
      be.push(c >> 8, c & 0xff);
    }
    expect(decodeText(new Uint8Array(le))).toBe(text);
    expect(decodeText(new Uint8Array(be))).toBe(text);
  });

  it('falls back to Windows-1252 when the bytes are not valid UTF-8', () => {
    // "Bestemmelse 7.3 – “æøå”" in cp1252: 0x96 en dash, 0x93/0x94 curly quotes, 0xe6 0xf8 0xe5 æøå
    const cp = bytes(0x42, 0x69, 0x6c, 0x61, 0x67, 0x20, 0x96, 0x20, 0x93, 0xe6, 0xf8, 0xe5, 0x94, 0x20, 0xc6, 0xd8, 0xc5);
    expect(decodeText(cp)).toBe('Bilag – “æøå” ÆØÅ');
  });

  it('keeps valid UTF-8 that happens to contain Latin-1-looking sequences', () => {
    expect(decodeText(new TextEncoder().encode('Ã¦ is mojibake but valid UTF-8'))).toBe('Ã¦ is mojibake but valid UTF-8');
  });

  it('normalises CRLF and lone CR to LF', () => {
    expect(decodeText(new TextEncoder().encode('a\r\nb\rc\nd'))).toBe('a\nb\nc\nd');
    const le = [0xff, 0xfe, 0x61, 0, 0x0d, 0, 0x0a, 0, 0x62, 0];
    expect(decodeText(new Uint8Array(le))).toBe('a\nb');
  });

  it('returns an empty string for an empty or BOM-only input', () => {
    expect(decodeText(bytes())).toBe('');
    expect(decodeText(bytes(0xef, 0xbb, 0xbf))).toBe('');
  });
});
