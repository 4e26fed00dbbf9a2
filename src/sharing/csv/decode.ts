import type { CsvEncoding, CsvPreview } from '../../api/csv';

export interface DetectedEncoding {
  encoding: CsvEncoding;
  source: CsvPreview['encodingSource'];
}

const byteOrderMarks: [CsvEncoding, number[]][] = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

/**
 * How a file's bytes are text: its byte-order mark if it has one; else UTF-8 if the bytes are
 * valid UTF-8 (text in another encoding almost never is); else UTF-16 if every other byte is zero
 * (Latin text saved as UTF-16 without a mark); else Windows-1252, what Excel on Windows writes,
 * which any bytes decode as, so the recruiter confirms it by looking at the preview.
 */
export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  for (const [encoding, mark] of byteOrderMarks) {
    if (mark.every((byte, i) => bytes[i] === byte)) return { encoding, source: 'bom' };
  }
  const utf16 = utf16ByZeros(bytes);
  if (utf16) return { encoding: utf16, source: 'content' };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { encoding: 'utf-8', source: 'content' };
  } catch {
    return { encoding: 'windows-1252', source: 'fallback' };
  }
}

/** Latin letters in UTF-16 have a zero byte each; no CSV in a single-byte encoding has any. */
function utf16ByZeros(bytes: Uint8Array): CsvEncoding | null {
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length === 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.4 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros === 0) return 'utf-16be';
  return null;
}

/** The file as text; a byte-order mark of that encoding is dropped, and bytes it cannot read become �. */
export function decode(bytes: Uint8Array, encoding: CsvEncoding): string {
  return encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
}

/** What Windows-1252 has at 0x80 to 0x9F, where Latin-1 has control characters (the WHATWG table). */
const windows1252Specials =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/**
 * Node's own TextDecoder reads windows-1252 as Latin-1 since 20.18.3 (nodejs/node#60888), turning
 * the euro sign and smart quotes into control characters: every other byte is the same in both.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\x80-\x9f]/g, (c) => windows1252Specials[c.charCodeAt(0) - 0x80]!);
}
