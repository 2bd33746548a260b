/**
 * A strict CSV reader for the tests of the published spreadsheets — deliberately
 * not the site's own parser (src/lib/content/csv.ts), so a writer bug cannot hide
 * behind the same bug in the reader.
 */

export interface Field {
  value: string;
  /** Written between quotes: LibreOffice's export quotes text and leaves numbers bare. */
  quoted: boolean;
}

/**
 * RFC 4180, strictly: records end with `recordEnd` (CRLF, as the RFC says; LibreOffice
 * writes LF); a field is either unquoted (no '"', no separator, no CR or LF) or quoted,
 * with '""' for a quote; every record has as many fields as the header. Anything else
 * throws, naming the record.
 */
export function readFields(text: string, separator: ',' | ';', recordEnd: '\r\n' | '\n' = '\r\n'): Field[][] {
  const records: Field[][] = [];
  let record: Field[] = [];
  let index = 0;
  const fail = (why: string): never => {
    throw new Error(`record ${records.length + 1}: ${why}`);
  };
  while (index < text.length) {
    let value = '';
    const quoted = text[index] === '"';
    if (quoted) {
      index += 1;
      for (;;) {
        if (index >= text.length) fail('a quoted field is not closed');
        if (text[index] === '"') {
          if (text[index + 1] === '"') {
            value += '"';
            index += 2;
            continue;
          }
          index += 1;
          break;
        }
        value += text[index];
        index += 1;
      }
    } else {
      while (index < text.length && text[index] !== separator && text[index] !== '\r' && text[index] !== '\n') {
        if (text[index] === '"') fail('a quote inside an unquoted field');
        value += text[index];
        index += 1;
      }
    }
    record.push({ value, quoted });
    if (text[index] === separator) {
      index += 1;
      continue;
    }
    if (text.startsWith(recordEnd, index)) {
      index += recordEnd.length;
      records.push(record);
      record = [];
      continue;
    }
    const end = recordEnd === '\r\n' ? 'CRLF' : 'LF';
    fail(
      index >= text.length ? `the last record does not end with ${end}` : `a bare ${text[index] === '\n' ? 'LF' : 'CR'} or a character after a closing quote`,
    );
  }
  const width = records[0]?.length ?? 0;
  records.forEach((row, number) => {
    if (row.length !== width) throw new Error(`record ${number + 1} has ${row.length} fields, the header ${width}`);
  });
  return records;
}

/** The cell texts of a strict RFC 4180 file (CRLF). */
export function readRfc4180(text: string, separator: ',' | ';'): string[][] {
  return readFields(text, separator).map((record) => record.map((field) => field.value));
}
