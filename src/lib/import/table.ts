/**
 * Finds the task tables (appendices) in a plan's text and reads their rows.
 *
 * The five source documents use two table encodings: tab-separated lines and
 * Markdown pipe tables whose header is repeated on every page. Both become the
 * same thing here: a header that says which column holds what, and raw rows of
 * cells with the line number they start on.
 */
import { fold } from '../text/fold.ts';

/** What a column holds. */
export type ColumnRole = 'ref' | 'label' | 'text' | 'lead' | 'partners' | 'output' | 'deadline';

/** Folded header wordings, most specific first, for each role. */
const HEADER_WORDS: Array<[RegExp, ColumnRole]> = [
  [/^(stt|so tt|thu tu|tt)$/, 'ref'],
  [/^noi dung nhiem vu$/, 'text'],
  [/^(nhiem vu, giai phap|hoat dong|nhiem vu)$/, 'text'],
  [/^(chi so noi dung|noi dung)$/, 'label'],
  [/(chu tri|co quan thuc hien|trach nhiem thuc hien)/, 'lead'],
  [/phoi hop/, 'partners'],
  [/^(san pham|ket qua thuc hien|ket qua)$/, 'output'],
  [/^thoi gian/, 'deadline'],
];

export function headerRole(cell: string): ColumnRole | null {
  const folded = fold(cell);
  if (!folded) return null;
  for (const [pattern, role] of HEADER_WORDS) if (pattern.test(folded)) return role;
  return null;
}

export interface RawRow {
  /** 1-based line of the source where the row starts. */
  line: number;
  /** Cells as printed (markup still inside). */
  cells: string[];
  /** True for a line outside any table syntax (no tab, no pipe), kept as one cell. */
  bare: boolean;
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
}

export interface Appendix {
  /** Line of the appendix heading. */
  line: number;
  /** Heading and title lines as printed, e.g. ["PHỤ LỤC II", "CÁC NHIỆM VỤ ... GIAI ĐOẠN 2021-2025"]. */
  title: string[];
  /** Roman numeral of the appendix, when numbered. */
  numeral: string | null;
  table: Table;
}

const APPENDIX_HEADING = /^(PHỤ LỤC|Phụ lục)(?:\s+([IVX]+))?\s*$/u;
const SUPERSCRIPT_START = /^[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s/u;

function splitPipe(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split('|').map((cell) => cell.trim());
}

function isPipeSeparator(line: string): boolean {
  return /^\|[\s:|-]+\|?\s*$/.test(line.trim());
}

function cellsOf(line: string, format: 'tsv' | 'pipe'): string[] | null {
  if (format === 'pipe') return line.trim().startsWith('|') ? splitPipe(line) : null;
  return line.includes('\t') ? line.split('\t').map((cell) => cell.trim()) : null;
}

function rolesOf(cells: string[]): Array<ColumnRole | null> {
  return cells.map(headerRole);
}

function isHeaderRow(cells: string[]): boolean {
  const roles = rolesOf(cells);
  const named = roles.filter((role) => role !== null);
  return named.length >= 3 && named.includes('lead');
}

/** A row repeating the header (page breaks) or its second line ("Cơ quan chủ trì | Cơ quan phối hợp"). */
function isHeaderRepeat(cells: string[], header: string[]): boolean {
  const nonEmpty = cells.filter((cell) => cell !== '');
  if (nonEmpty.length === 0) return false;
  if (nonEmpty.every((cell) => headerRole(cell) !== null)) {
    return nonEmpty.every((cell) => header.some((printed) => fold(printed) === fold(cell))) || nonEmpty.length >= 2;
  }
  return false;
}

/** Reads one table starting at a header line; stops at the next appendix heading. */
function readTable(lines: string[], headerIndex: number, format: 'tsv' | 'pipe'): { table: Table; end: number } {
  const header = cellsOf(lines[headerIndex] ?? '', format) ?? [];
  const roles = rolesOf(header);
  const table: Table = { headerLine: headerIndex + 1, header, roles, format, rows: [], footnotes: [] };
  let index = headerIndex + 1;
  for (; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (APPENDIX_HEADING.test(line.trim())) break;
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
      // A second header line names the sub-columns: "Trách nhiệm thực hiện" → chủ trì / phối hợp.
      cells.forEach((cell, column) => {
        const role = headerRole(cell);
        if (role && (roles[column] === null || roles[column] === 'lead')) roles[column] = role;
      });
      continue;
    }
    table.rows.push({ line: index + 1, cells, bare: false });
  }
  return { table, end: index };
}

/** Finds every appendix with a task table in a document's lines. */
export function findAppendices(lines: string[]): Appendix[] {
  const appendices: Appendix[] = [];
  let index = 0;
  while (index < lines.length) {
    const heading = APPENDIX_HEADING.exec((lines[index] ?? '').trim());
    if (!heading) {
      index += 1;
      continue;
    }
    const title: string[] = [(lines[index] ?? '').trim()];
    let cursor = index + 1;
    let found: { at: number; format: 'tsv' | 'pipe' } | null = null;
    for (; cursor < lines.length && cursor < index + 15; cursor += 1) {
      const line = lines[cursor] ?? '';
      if (APPENDIX_HEADING.test(line.trim())) break;
      const format = line.trim().startsWith('|') ? 'pipe' : line.includes('\t') ? 'tsv' : null;
      if (format && isHeaderRow(cellsOf(line, format) ?? [])) {
        found = { at: cursor, format };
        break;
      }
      if (line.trim()) title.push(line.trim());
    }
    if (!found) {
      index += 1;
      continue;
    }
    const { table, end } = readTable(lines, found.at, found.format);
    appendices.push({ line: index + 1, title, numeral: heading[2] ?? null, table });
    index = end;
  }
  return appendices;
}
