/**
 * Turns the bytes of a file an editor gives us (a CSV, a plan's text) into text,
 * or refuses with a message naming the file, the line and what to do. Offices
 * save files from Excel and Word in whatever their machine defaults to: UTF-8
 * with or without a byte-order mark, "Unicode text" (UTF-16), or an old
 * Windows code page (Windows-1258, Latin-1) whose Vietnamese letters would be
 * read as other letters. Guessing a code page would put wrong letters in the
 * public record, so anything that is not UTF-8 or UTF-16 with a byte-order mark
 * is refused.
 *
 * The text returned has no byte-order mark and is NFC-normalised here (the form
 * the portal stores and compares), so callers need not normalise again.
 */

export class TextDecodeError extends Error {
  /** The file as the user named it. */
  readonly file: string;
  /** 1-based line of the first problem, when there is one. */
  readonly line: number | null;
  constructor(file: string, line: number | null, message: string) {
    super(message);
    this.name = 'TextDecodeError';
    this.file = file;
    this.line = line;
  }
}

const SAVE_AS = 'open it and save as "CSV UTF-8" (or "UTF-8" text)';

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < bytes.length; index += 1) if (bytes[index] === 0x0a) line += 1;
  return line;
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0;
    if (byte < 0x80) {
      index += 1;
      continue;
    }
    let length: number;
    let min: number;
    let max = 0xbf;
    if (byte >= 0xc2 && byte <= 0xdf) {
      length = 2;
      min = 0x80;
    } else if (byte >= 0xe0 && byte <= 0xef) {
      length = 3;
      min = byte === 0xe0 ? 0xa0 : 0x80;
      if (byte === 0xed) max = 0x9f; // no surrogates
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      length = 4;
      min = byte === 0xf0 ? 0x90 : 0x80;
      if (byte === 0xf4) max = 0x8f;
    } else return index;
    for (let next = 1; next < length; next += 1) {
      const continuation = bytes[index + next];
      if (continuation === undefined) return index;
      const low = next === 1 ? min : 0x80;
      const high = next === 1 ? max : 0xbf;
      if (continuation < low || continuation > high) return index;
    }
    index += length;
  }
  return -1;
}

function decodeUtf16(bytes: Uint8Array, file: string, encoding: 'utf-16le' | 'utf-16be'): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new TextDecodeError(file, null, `${file}: starts as UTF-16 ("Unicode text") but is not valid UTF-16; ${SAVE_AS}`);
  }
}

/**
 * Decodes a file's bytes: UTF-8 (with or without a byte-order mark) or UTF-16
 * with a byte-order mark (Excel's "Unicode text"), which is unambiguous and so
 * decoded rather than refused. Throws TextDecodeError for a zip or binary file
 * (NUL bytes), and for bytes that are not UTF-8 (naming the first bad byte's line).
 */
export function decodeText(bytes: Uint8Array, file: string, saveAs: string = SAVE_AS): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decodeUtf16(bytes, file, 'utf-16le');
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decodeUtf16(bytes, file, 'utf-16be');
  else {
    if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
      throw new TextDecodeError(file, null, `${file}: is a zip file (an Excel .xlsx or Word .docx workbook?), not a text file; ${saveAs}`);
    }
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
      throw new TextDecodeError(
        file,
        lineAt(bytes, nul),
        `${file}: line ${lineAt(bytes, nul)}: holds a NUL byte, so it is not a text file (or it is UTF-16 without a byte-order mark); ${saveAs}`,
      );
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      const bad = firstInvalidUtf8(bytes);
      const line = bad >= 0 ? lineAt(bytes, bad) : null;
      const where = bad >= 0 ? `line ${line}: byte 0x${(bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0')} is not UTF-8: ` : '';
      throw new TextDecodeError(file, line, `${file}: ${where}the file is not UTF-8 (perhaps Windows-1258 or Latin-1): ${saveAs}`);
    }
  }
  if (text.includes('\u0000')) {
    throw new TextDecodeError(file, null, `${file}: holds a NUL character, so it is not a text file; ${saveAs}`);
  }
  return text.normalize('NFC');
}
