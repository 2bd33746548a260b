/**
 * A small RFC 4180 CSV reader and writer: quoted fields, doubled quotes, CRLF,
 * and a byte-order mark at the start (spreadsheet programs write one).
 */

export function parseCsv(text: string): string[][] {
  const source = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index];
    if (quoted) {
      if (char === '"') {
        if (source[index + 1] === '"') {
          field += '"';
          index += 1;
        } else {
          quoted = false;
        }
      } else {
        field += char;
      }
      continue;
    }
    if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[index + 1] === '\n') index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((cells) => !(cells.length === 1 && cells[0] === ''));
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A cell a spreadsheet would run as a formula (it begins with =, +, -, @, a tab or a
 * carriage return: "- Tuyên truyền…" is one) gets a leading apostrophe, as OWASP
 * recommends against CSV injection; plain numbers ("-1", "42.86") stay numbers. The
 * JSON files keep the text as it is.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) && !/^[-+]?\d+(?:\.\d+)?$/.test(value) ? `'${value}` : value;
}

/**
 * Writes rows as CSV with CRLF line ends, every cell neutralised against formulas
 * (the site publishes these files for spreadsheets); `bom` adds a byte-order mark.
 */
export function writeCsv(rows: ReadonlyArray<ReadonlyArray<string>>, options: { bom?: boolean } = {}): string {
  const body = rows.map((row) => row.map((cell) => quote(neutraliseFormula(cell))).join(',')).join('\r\n') + '\r\n';
  return options.bom ? `\uFEFF${body}` : body;
}

/** Rows as objects keyed by the header row. */
export function csvRecords(text: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [name.trim(), row[index] ?? ''])));
}
