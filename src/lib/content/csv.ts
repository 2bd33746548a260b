/**
 * A small RFC 4180 CSV reader and writer: quoted fields, doubled quotes, CRLF,
 * and a byte-order mark at the start (spreadsheet programs write one). One reader,
 * readCsvTable, for the content files and the progress reports alike.
 */

/** The cells of a CSV text, read by readCsvTable; a quoting problem throws, naming its line. */
export function parseCsv(text: string): string[][] {
  const table = readCsvTable(text);
  if (table.problem) throw new Error(`line ${table.problem.line}: ${table.problem.message}`);
  return table.rows.map((row) => row.cells);
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
  return [...csvPieces(rows, options)].join('');
}

/** The text of writeCsv, a line at a time (for the large downloads: src/lib/open-data/text-pieces.ts). */
export function* csvPieces(rows: Iterable<ReadonlyArray<string>>, options: { bom?: boolean } = {}): Generator<string> {
  if (options.bom) yield '\uFEFF';
  let empty = true;
  for (const row of rows) {
    yield `${row.map((cell) => quote(neutraliseFormula(cell))).join(',')}\r\n`;
    empty = false;
  }
  // As before: no rows is one empty line.
  if (empty) yield '\r\n';
}

export interface CsvRecords {
  /** Each row after the header as an object keyed by the header, with the line it starts on. */
  records: Array<{ line: number; values: Record<string, string> }>;
  /** As readCsvTable's: the records stop before it. */
  problem: CsvTable['problem'];
}

/** Rows as objects keyed by the header row, read strictly (readCsvTable). */
export function csvRecords(text: string): CsvRecords {
  const { rows, problem } = readCsvTable(text);
  const [header, ...body] = rows;
  if (!header) return { records: [], problem };
  const names = header.cells.map((name) => name.trim());
  return { records: body.map((row) => ({ line: row.line, values: Object.fromEntries(names.map((name, index) => [name, row.cells[index] ?? ''])) })), problem };
}

/** The separators spreadsheets write: ',' (CSV), ';' (Excel where ',' is the decimal mark, as in Vietnam) and a tab. */
export type Delimiter = ',' | ';' | '\t';

/**
 * The separator of a file, read from its header line: ',' when the header has one;
 * otherwise ';' or a tab when the header has that; ',' when it has none of them.
 */
export function detectDelimiter(text: string): Delimiter {
  const header = /^[^\r\n]*/.exec(text.replace(/^\uFEFF/, ''))?.[0] ?? '';
  if (header.includes(',')) return ',';
  if (header.includes(';')) return ';';
  if (header.includes('\t')) return '\t';
  return ',';
}

export interface CsvRow {
  /** 1-based line on which the row starts. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  /** Rows in order, blank lines left out. */
  rows: CsvRow[];
  /** A quoting problem that makes the rest of the file unreadable; the rows stop before it. */
  problem: { line: number; message: string } | null;
}

const QUOTE_HINT = 'a quote (") inside a cell must be doubled ("") and a cell that starts with a quote must end with one';

/**
 * Reads CSV strictly, keeping each row's line number. It refuses quoting that
 * would silently merge rows: a quote never closed, a closing quote
 * followed by more text, or (when `columns` is given) a quoted cell running on
 * over a line that holds a whole row's worth of separators.
 */
export function readCsvTable(text: string, options: { delimiter?: Delimiter; columns?: number } = {}): CsvTable {
  const source = text.replace(/^\uFEFF/, '');
  const delimiter = options.delimiter ?? ',';
  const rows: CsvRow[] = [];
  let row: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let quoteLine = 0;
  let quoted = false;
  const endRow = () => {
    row.push(field);
    if (!(row.length === 1 && row[0] === '')) rows.push({ line: rowLine, cells: row });
    row = [];
    field = '';
  };
  const looksLikeRow = (from: number) => {
    if (!options.columns || options.columns < 2) return false;
    // The line's text still inside the quote: up to the next quote or the end of the line.
    const rest = source.slice(from);
    const end = rest.search(/["\r\n]/);
    return (end < 0 ? rest : rest.slice(0, end)).split(delimiter).length >= options.columns;
  };
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index];
    if (quoted) {
      if (char === '"') {
        if (source[index + 1] === '"') {
          field += '"';
          index += 1;
          continue;
        }
        quoted = false;
        const after = source[index + 1];
        if (after !== undefined && after !== delimiter && after !== '\n' && after !== '\r') {
          return {
            rows,
            problem: {
              line: quoteLine,
              message: `the quoted cell that opens on line ${quoteLine} closes${line === quoteLine ? '' : ` on line ${line}`} and is followed by more text (${JSON.stringify(source.slice(index, index + 12))}): ${QUOTE_HINT}`,
            },
          };
        }
        continue;
      }
      if (char === '\n' || (char === '\r' && source[index + 1] !== '\n')) {
        line += 1;
        if (looksLikeRow(index + 1)) {
          return {
            rows,
            problem: {
              line: quoteLine,
              message: `the quote (") opened on line ${quoteLine} runs on into line ${line}, which looks like a row of its own; close the quote on line ${quoteLine}: ${QUOTE_HINT}`,
            },
          };
        }
      }
      field += char;
      continue;
    }
    if (char === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (char === delimiter) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[index + 1] === '\n') index += 1;
      endRow();
      line += 1;
      rowLine = line;
    } else field += char;
  }
  if (quoted) {
    return { rows, problem: { line: quoteLine, message: `the quote (") opened on line ${quoteLine} is never closed, so every line after it would be one cell: ${QUOTE_HINT}` } };
  }
  if (field !== '' || row.length > 0) endRow();
  return { rows, problem: null };
}
