import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8, TextDecodeError } from './decode.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let index = 0; index < text.length; index += 1) {
    bytes[2 + index * 2] = text.charCodeAt(index) & 0xff;
    bytes[3 + index * 2] = text.charCodeAt(index) >> 8;
  }
  return bytes;
};
const thrown = (bytes: Uint8Array): TextDecodeError => {
  try {
    decodeText(bytes, 'bao-cao.csv');
  } catch (error) {
    if (error instanceof TextDecodeError) return error;
    throw error;
  }
  throw new Error('decodeText accepted the bytes');
};

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte-order mark, dropping the mark', () => {
    expect(decodeText(utf8('\uFEFFnhiệm vụ'), 'a.csv')).toBe('nhiệm vụ');
    expect(decodeText(utf8('nhiệm vụ'), 'a.csv')).toBe('nhiệm vụ');
  });
  it('returns NFC text, whatever form the file used', () => {
    const decomposed = 'Đắk R’Lấp'.normalize('NFD');
    expect(decodeText(utf8(decomposed), 'a.csv')).toBe('Đắk R’Lấp'.normalize('NFC'));
  });
  it('decodes UTF-16 with a byte-order mark (little and big endian)', () => {
    expect(decodeText(utf16le('Hoàn thành\tx'), 'a.txt')).toBe('Hoàn thành\tx');
    const le = utf16le('Hoàn thành');
    const be = new Uint8Array(le.length);
    for (let index = 0; index < le.length; index += 2) {
      be[index] = le[index + 1] ?? 0;
      be[index + 1] = le[index] ?? 0;
    }
    expect(decodeText(be, 'a.txt')).toBe('Hoàn thành');
  });
  it('refuses Windows-1258 / Latin-1 bytes, naming the file, the line and the byte', () => {
    // "Hoàn thành" in Windows-1258: à is 0xE0, which starts no valid UTF-8 sequence here.
    const error = thrown(new Uint8Array([...utf8('task,date\nx,y\nHo'), 0xe0, ...utf8('n th'), 0xe0, ...utf8('nh\n')]));
    expect(error.line).toBe(3);
    expect(error.message).toBe(
      'bao-cao.csv: line 3: byte 0xE0 is not UTF-8: the file is not UTF-8 (perhaps Windows-1258 or Latin-1): open it and save as "CSV UTF-8" (or "UTF-8" text)',
    );
  });
  it('refuses a file with NUL bytes as not text', () => {
    expect(thrown(new Uint8Array([0x61, 0x0a, 0x62, 0x00, 0x63])).message).toMatch(/^bao-cao\.csv: line 2: holds a NUL byte, so it is not a text file/);
  });
  it('refuses a zip file (an .xlsx saved under another name)', () => {
    expect(thrown(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0])).message).toMatch(/^bao-cao\.csv: is a zip file/);
  });
  it('refuses UTF-16 that is broken after its byte-order mark', () => {
    expect(thrown(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41])).message).toMatch(/not valid UTF-16/);
  });
});

describe('firstInvalidUtf8', () => {
  it('finds the first byte of a bad sequence, or -1', () => {
    expect(firstInvalidUtf8(utf8('ạ ắ 😀'))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc3]))).toBe(1); // truncated
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc0, 0x80]))).toBe(1); // overlong
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0); // surrogate
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0x62, 0x80]))).toBe(2); // stray continuation
  });
});
