/**
 * The data downloads written piece by piece. At 100,000 tasks tasks.json is 164 MB and
 * tasks.csv 97 MB: made as one string, each is twice that in memory (Vietnamese text takes
 * two bytes a character in V8), beside the rows it was made from and its UTF-8 bytes, and
 * the workbook's sheet even more. Written in pieces, only the bytes are ever whole.
 */
import { Readable } from 'node:stream';

/** The pieces are joined into batches of about this many characters before they are encoded. */
const BATCH = 1 << 16;

/** Pieces of text joined into batches of about 64 k characters. */
function* batches(pieces: Iterable<string>): Generator<string> {
  let batch = '';
  for (const piece of pieces) {
    batch += piece;
    if (batch.length >= BATCH) {
      yield batch;
      batch = '';
    }
  }
  if (batch.length > 0) yield batch;
}

/** Text given in pieces, as a response body in UTF-8. */
export function textBody(pieces: Iterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const source = batches(pieces)[Symbol.iterator]();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = source.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}

/** Text given in pieces, as a Node stream of UTF-8 bytes (for jszip, which reads one while it compresses). */
export function textStream(pieces: Iterable<string>): Readable {
  return Readable.from(
    (function* encoded() {
      for (const batch of batches(pieces)) yield Buffer.from(batch, 'utf8');
    })(),
  );
}

/**
 * A JSON file of the items, one item at a time: the characters of JSON.stringify(items, null, 2)
 * and a line end. Each item is indented one level (no string in JSON holds a line break, so
 * every line of an item is indented).
 */
export function* jsonArrayFile(items: Iterable<unknown>): Generator<string> {
  let first = true;
  for (const item of items) {
    // As in an array, a value JSON cannot write (undefined, a function) is written null.
    const text = JSON.stringify(item, null, 2) ?? 'null';
    yield `${first ? '[\n' : ',\n'}  ${text.replaceAll('\n', '\n  ')}`;
    first = false;
  }
  yield first ? '[]\n' : '\n]\n';
}
