/**
 * Finds the task tables (appendices) in a plan's text and reads their rows.
 *
 * The five source documents use two table encodings: tab-separated lines and
 * Markdown pipe tables whose header is repeated on every page. Both become the
 * same thing here: a header that says which column holds what, and raw rows of
 * cells with the line number they start on.
 */
import { fold } from '../text/fold.ts';
import { appendixHeading, hasTaskAndLead, headerRole, isClearHeader, knownHeaderWords, knownHeadings, type ColumnRole } from './layouts.ts';

export type { ColumnRole } from './layouts.ts';

export interface RawRow {
  /** 1-based line of the source where the row starts. */
  line: number;
  /** Cells as printed (markup still inside). */
  cells: string[];
  /** True for a line outside any table syntax (no tab, no pipe), kept as one cell. */
  bare: boolean;
}

export interface IgnoredColumn {
  /** 1-based column number. */
  column: number;
  /** The header cell as printed; '' for a column with no header cell. */
  header: string;
  /** The header line, or for a column with no header the first row with a cell in it. */
  line: number;
}

export interface Table {
  /** Line of the header row. */
  headerLine: number;
  /** Printed header cells (first header line). */
  header: string[];
  /** Role of each column; null for a column whose role could not be named. */
  roles: Array<ColumnRole | null>;
  format: 'tsv' | 'pipe';
  rows: RawRow[];
  /** Footnotes met inside the table ("⁵ Kế hoạch số 27/KH-UBND ..."). */
  footnotes: Array<{ line: number; text: string }>;
  /** Columns whose cells are not imported: a header the importer knows no role for, or no header at all. */
  ignoredColumns: IgnoredColumn[];
}

export interface Appendix {
  /** Line of the appendix heading; the header line for a table with no heading. */
  line: number;
  /** Heading and title lines as printed, e.g. ["PHỤ LỤC II", "CÁC NHIỆM VỤ ... GIAI ĐOẠN 2021-2025"]; empty with no heading. */
  title: string[];
  /** Roman numeral of the appendix, when numbered ("PHỤ LỤC 01" gives "I"). */
  numeral: string | null;
  /** Number of the appendix, from a Roman or an Arabic numeral, when numbered. */
  number: number | null;
  table: Table;
}

export interface Layout {
  appendices: Appendix[];
  /** Tables that cannot be read (a header naming no task or no lead column): the import must stop. */
  errors: string[];
}

const SUPERSCRIPT_START = /^[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s/u;
/** Lines a heading may be above its header row. */
const HEADING_REACH = 15;

type Format = 'tsv' | 'pipe';

/** Splits a pipe-table row; "\\|" is a "|" inside a cell (as in GitHub-flavoured Markdown), not a cell boundary. */
function splitPipe(line: string): string[] {
  const inner = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.replace(/\\\|/g, '|').trim());
}

function isPipeSeparator(line: string): boolean {
  return /^\|[\s:|-]+\|?\s*$/.test(line.trim());
}

function formatOf(line: string): Format | null {
  return line.trim().startsWith('|') ? 'pipe' : line.includes('\t') ? 'tsv' : null;
}

function cellsOf(line: string, format: Format): string[] | null {
  if (format === 'pipe') return line.trim().startsWith('|') ? splitPipe(line) : null;
  return line.includes('\t') ? line.split('\t').map((cell) => cell.trim()) : null;
}

/** A row every non-empty cell of which is a header word: a second header line, or the header repeated after a page break. */
function isHeaderWords(cells: string[]): boolean {
  const nonEmpty = cells.filter((cell) => cell !== '');
  return nonEmpty.length > 0 && nonEmpty.every((cell) => headerRole(cell) !== null);
}

/** A row repeating the header (page breaks) or its second line ("Cơ quan chủ trì | Cơ quan phối hợp"). */
function isHeaderRepeat(cells: string[], header: string[]): boolean {
  if (!isHeaderWords(cells)) return false;
  const nonEmpty = cells.filter((cell) => cell !== '');
  return nonEmpty.every((cell) => header.some((printed) => fold(printed) === fold(cell))) || nonEmpty.length >= 2;
}

/** A second header line names the sub-columns of the first: "Trách nhiệm thực hiện" → chủ trì / phối hợp. */
function overlaySubHeader(roles: Array<ColumnRole | null>, cells: string[]): void {
  cells.forEach((cell, column) => {
    const role = headerRole(cell);
    if (role && (roles[column] === null || roles[column] === undefined || roles[column] === 'lead')) roles[column] = role;
  });
}

/** The index of the next line that is neither blank nor a pipe separator. */
function nextContentLine(lines: string[], from: number): number {
  let index = from;
  while (index < lines.length && ((lines[index] ?? '').trim() === '' || isPipeSeparator(lines[index] ?? ''))) index += 1;
  return index;
}

interface HeaderCandidate {
  /** Index of the (first) header line. */
  at: number;
  /** Index of the last header line (the second line of a two-row header). */
  end: number;
  format: Format;
  cells: string[];
  roles: Array<ColumnRole | null>;
  /** True when the next line is a row of the same table: the line starts a table. */
  startsTable: boolean;
}

/** Reads the line at `index` as a possible header row, with its second line if it has one. */
function headerCandidate(lines: string[], index: number): HeaderCandidate | null {
  const line = lines[index] ?? '';
  const format = formatOf(line);
  if (!format) return null;
  const cells = cellsOf(line, format) ?? [];
  if (cells.filter((cell) => cell !== '').length < 2) return null;
  const roles = cells.map(headerRole);
  const next = nextContentLine(lines, index + 1);
  const below = next < lines.length ? cellsOf(lines[next] ?? '', format) : null;
  let end = index;
  if (below && isHeaderWords(below)) {
    overlaySubHeader(roles, below);
    end = next;
  }
  return { at: index, end, format, cells, roles, startsTable: below !== null };
}

/** Reads one table after its header; stops at the next appendix heading. */
function readTable(lines: string[], found: HeaderCandidate): { table: Table; end: number } {
  const { format, cells: header } = found;
  const roles = [...found.roles];
  const table: Table = { headerLine: found.at + 1, header, roles, format, rows: [], footnotes: [], ignoredColumns: [] };
  let index = found.end + 1;
  for (; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (appendixHeading(line) !== null) break;
    if (line.trim() === '') continue;
    if (format === 'pipe' && isPipeSeparator(line)) continue;
    const cells = cellsOf(line, format);
    if (cells === null) {
      if (SUPERSCRIPT_START.test(line.trim())) {
        table.footnotes.push({ line: index + 1, text: line.trim() });
      } else {
        table.rows.push({ line: index + 1, cells: [line.trim()], bare: true });
      }
      continue;
    }
    // "---\t--\t---" lines are conversion debris of a page break.
    if (cells.every((cell) => /^-*$/.test(cell))) continue;
    if (isHeaderRepeat(cells, header)) {
      overlaySubHeader(roles, cells);
      continue;
    }
    table.rows.push({ line: index + 1, cells, bare: false });
  }
  // A table whose only content column is headed "Nội dung" (a label word) holds its tasks there.
  if (!roles.includes('text') && roles.lastIndexOf('label') >= 0) roles[roles.lastIndexOf('label')] = 'text';
  table.ignoredColumns = ignoredColumns(table);
  return { table, end: index };
}

/** Every column whose cells are not imported: no column is dropped without a word. */
function ignoredColumns(table: Table): IgnoredColumn[] {
  const width = Math.max(table.header.length, ...table.rows.filter((row) => !row.bare).map((row) => row.cells.length));
  const ignored: IgnoredColumn[] = [];
  for (let column = 0; column < width; column += 1) {
    if ((table.roles[column] ?? null) !== null) continue;
    const header = table.header[column] ?? '';
    if (header !== '') {
      ignored.push({ column: column + 1, header, line: table.headerLine });
      continue;
    }
    const used = table.rows.find((row) => !row.bare && (row.cells[column] ?? '') !== '');
    if (used) ignored.push({ column: column + 1, header: '', line: used.line });
  }
  return ignored;
}

/** What an editor reads about an ignored column. */
export function ignoredColumnMessage(ignored: IgnoredColumn): string {
  return ignored.header !== ''
    ? `line ${ignored.line}: column ${ignored.column} "${ignored.header}" is not imported: no known header word names it (the known words are in src/lib/import/layouts.ts)`
    : `line ${ignored.line}: column ${ignored.column} has no header cell; its cells (first on this line) are not imported`;
}

function knownWordsList(): string {
  return knownHeaderWords()
    .map((entry) => `  - ${entry}`)
    .join('\n');
}

/** Why no task table was found, in plain words, with the words the importer looks for. */
export function noTaskTableMessage(): string {
  return [
    // Both layouts the importer reads are named on the first line: a plan without a table is read as narrative paragraphs.
    'found no task table and no numbered dimension paragraphs: expected either a task table under a heading such as "PHỤ LỤC", or dimension paragraphs such as "1.1. Chỉ số nội dung “…”", "I. Tham gia …" or "Chỉ số 1: …" with the tasks "a)", "b)" … under them.',
    'A task table is tab-separated lines or a Markdown pipe table whose header row names at least the task column and the lead-agency column.',
    `The table may follow a heading, ${knownHeadings()}, with its title on the next lines or on the same line after ":";`,
    'or it may have no heading when its header names the task, the lead agency and at least one more column.',
    'Header words the importer knows (case and accents do not matter):',
    knownWordsList(),
  ].join('\n');
}

function unreadableHeaderMessage(lines: string[], headingIndex: number, candidate: HeaderCandidate): string {
  const missing = [
    candidate.roles.includes('text') || candidate.roles.includes('label') ? null : 'no task column',
    candidate.roles.includes('lead') ? null : 'no lead-agency column',
  ].filter(Boolean);
  const printed = candidate.format === 'pipe' ? (lines[candidate.at] ?? '').trim() : candidate.cells.join(' | ');
  return [
    `line ${candidate.at + 1}: cannot read the table under "${(lines[headingIndex] ?? '').trim()}" (line ${headingIndex + 1}):`,
    `its header "${printed}" names ${missing.join(' and ')}.`,
    'Rename the header cells with words the importer knows (case and accents do not matter):',
    knownWordsList(),
  ].join('\n');
}

/**
 * A header with no task word but a "Nội dung" label column holds its tasks there — unless
 * another column has a header the importer does not know ("Việc cần làm"): that one may be
 * the task column, and taking the label column instead would import the wrong text. Stop.
 */
function taskColumnGuess(lines: string[], candidate: HeaderCandidate): string | null {
  if (candidate.roles.includes('text')) return null;
  const unknown = candidate.cells
    .map((cell, column) => ({ cell: cell.trim(), column }))
    .filter(({ cell, column }) => cell !== '' && (candidate.roles[column] ?? null) === null);
  if (unknown.length === 0) return null;
  const printed = candidate.format === 'pipe' ? (lines[candidate.at] ?? '').trim() : candidate.cells.join(' | ');
  return [
    `line ${candidate.at + 1}: the header "${printed}" names no task column, and ${unknown.map(({ cell, column }) => `column ${column + 1} "${cell}"`).join(', ')} may hold the tasks under a word the importer does not know.`,
    'Rename the task column with a word the importer knows (case and accents do not matter), and import again:',
    knownWordsList(),
  ].join('\n');
}

/** Finds every task table in a document's lines, with or without an appendix heading above it. */
export function findAppendices(lines: string[]): Layout {
  const layout: Layout = { appendices: [], errors: [] };
  let index = 0;
  while (index < lines.length) {
    const heading = appendixHeading(lines[index] ?? '');
    if (!heading) {
      const headless = headerCandidate(lines, index);
      if (headless && headless.startsTable && isClearHeader(headless.roles)) {
        const guessed = taskColumnGuess(lines, headless);
        if (guessed) {
          layout.errors.push(guessed);
          index = headless.end + 1;
          continue;
        }
        const { table, end } = readTable(lines, headless);
        layout.appendices.push({ line: index + 1, title: [], numeral: null, number: null, table });
        index = end;
      } else {
        index += 1;
      }
      continue;
    }
    const title: string[] = [(lines[index] ?? '').trim()];
    let found: HeaderCandidate | null = null;
    let unreadable: HeaderCandidate | null = null;
    for (let cursor = index + 1; cursor < lines.length && cursor < index + HEADING_REACH; cursor += 1) {
      const line = lines[cursor] ?? '';
      if (appendixHeading(line) !== null) break;
      const candidate = headerCandidate(lines, cursor);
      if (candidate && hasTaskAndLead(candidate.roles)) {
        found = candidate;
        break;
      }
      if (candidate?.startsTable) {
        // The first row of a table under the heading is its header: one that names no task or lead column stops the import.
        unreadable = candidate;
        break;
      }
      if (line.trim()) title.push(line.trim());
    }
    if (unreadable) {
      layout.errors.push(unreadableHeaderMessage(lines, index, unreadable));
      index = unreadable.end + 1;
      continue;
    }
    if (!found) {
      index += 1;
      continue;
    }
    const guessed = taskColumnGuess(lines, found);
    if (guessed) {
      layout.errors.push(guessed);
      index = found.end + 1;
      continue;
    }
    const { table, end } = readTable(lines, found);
    layout.appendices.push({ line: index + 1, title, numeral: heading.numeral, number: heading.number, table });
    index = end;
  }
  return layout;
}
