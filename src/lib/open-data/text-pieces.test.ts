import { describe, expect, it } from 'vitest';
import { jsonArrayFile, textBody, textStream } from './text-pieces.ts';

const join = (pieces: Iterable<string>) => [...pieces].join('');

describe('a JSON file written an item at a time', () => {
  const cases: Record<string, unknown[]> = {
    'no items': [],
    'one item': [{ id: 'a' }],
    'nested objects and arrays, empty ones too': [
      { id: 'ha-giang-2024-1-1', offices: ['Sở Nội vụ', 'UBND xã'], progress: [], source: { page: 3, quote: 'Trích "nguyên văn"\ndòng hai' } },
      { id: 'x', nested: { deeper: { list: [1, 2.5, null, true] } }, empty: {} },
    ],
    'values JSON writes as null in an array': [undefined, () => 1, Number.NaN],
    'plain values': ['hoà', 42, null, false],
  };
  for (const [name, items] of Object.entries(cases)) {
    it(`is JSON.stringify(items, null, 2) and a line end: ${name}`, () => {
      expect(join(jsonArrayFile(items))).toBe(`${JSON.stringify(items, null, 2)}\n`);
    });
  }

  it('reads the items as it goes (a generator is not read ahead)', () => {
    let read = 0;
    function* items() {
      for (let i = 0; i < 3; i += 1) {
        read += 1;
        yield { i };
      }
    }
    const pieces = jsonArrayFile(items());
    pieces.next();
    expect(read).toBe(1);
  });
});

/** Bytes of a stream of Uint8Array or Buffer chunks, as UTF-8 text. */
async function text(chunks: AsyncIterable<Uint8Array>): Promise<string> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return Buffer.concat(parts).toString('utf8');
}

describe('text in pieces as UTF-8 bytes', () => {
  // Enough pieces for several 64 k batches, with letters of two and three bytes and a character outside the BMP.
  const pieces = Array.from({ length: 30_000 }, (_, i) => `${i};Hoà Bình, Đắk Lắk — “giá đất” 𝔸\r\n`);
  const whole = pieces.join('');

  it('a response body holds the same text', async () => {
    const response = new Response(textBody(pieces));
    expect(await response.text()).toBe(whole);
    expect(Buffer.byteLength(whole)).toBeGreaterThan(3 * 65_536);
  });

  it('a Node stream holds the same text', async () => {
    expect(await text(textStream(pieces))).toBe(whole);
  });

  it('no pieces make an empty body', async () => {
    expect(await new Response(textBody([])).text()).toBe('');
  });
});
