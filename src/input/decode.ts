// Bytes → string: UTF-8 (BOM stripped), UTF-16 LE/BE with BOM, else Windows-1252 when the bytes are not valid UTF-8.
// Line ends are normalised to "\n" here so every later stage counts lines the same way.

const utf8 = new TextDecoder('utf-8', { fatal: true });
// Node's TextDecoder('windows-1252') decodes 0x80-0x9F as Latin-1 control characters, so that range is mapped here.
const CP1252_HIGH =
  '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd' +
  '\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';

function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    const chars = new Array<string>(chunk.length);
    for (let k = 0; k < chunk.length; k++) {
      const b = chunk[k]!;
      chars[k] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b);
    }
    out += chars.join('');
  }
  return out;
}

export function decodeText(bytes: Uint8Array): string {
  let text: string;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    text = decodeUtf8OrLatin(bytes.subarray(3));
  } else if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else {
    text = decodeUtf8OrLatin(bytes);
  }
  // A BOM can survive inside UTF-16 payloads that were concatenated; drop a leading one.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text.replace(/\r\n?/g, '\n');
}

function decodeUtf8OrLatin(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    // Not valid UTF-8: Danish documents saved by older Windows tools are Windows-1252 (a superset of Latin-1 for æøå).
    return decodeCp1252(bytes);
  }
}
