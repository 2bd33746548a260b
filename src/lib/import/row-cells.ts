/**
 * The cells of one table row under their column roles: realigning rows that a
 * converter cut short, and joining a row continued across a page break to the
 * row above. Pure text work; what a row means is decided in row-kinds.ts.
 */
import { cellLine } from './cell-text.ts';
import type { ColumnRole, RawRow, Table } from './table.ts';

/** Cells of a row by role, markup still inside. */
export type RoleCells = Record<ColumnRole, string>;

export const ROLES: readonly ColumnRole[] = ['ref', 'label', 'text', 'lead', 'partners', 'output', 'deadline'];

/** "1.1." or "5.6" at the start of an activity cell. */
export const ACTIVITY_REF = /^(\d+(?:\.\d+)+)\.?\s+/;
const DEADLINE_TAIL = /\s((?:Tháng|Quý|Năm)\s+[IVX\d]+(?:\s*\/\s*\d{4})?|Thường xuyên|Hằng năm|Hàng năm)$/u;

/** A cell as one line of plain text. */
export function plain(raw: string): string {
  return cellLine(raw);
}

/** Puts a row's cells under their roles, realigning rows that lost or merged a cell. */
export function roleCells(row: RawRow, table: Table, warnings: string[]): RoleCells {
  const cells = [...row.cells];
  const width = table.roles.length;
  const textColumn = table.roles.indexOf('text');
  if (!row.bare && cells.length < width) {
    const activityAt = cells.findIndex((cell) => ACTIVITY_REF.test(plain(cell)));
    if (activityAt >= 0 && textColumn > activityAt) {
      // The converter dropped an empty leading cell ("\t5.6. Kiểm tra ..."): shift right.
      cells.unshift(...Array<string>(textColumn - activityAt).fill(''));
    } else if (cells.length === width - 1 && table.roles.at(-1) === 'deadline') {
      // Output and deadline ran into one cell ("Báo cáo kết quả thực hiện Tháng 12/2023").
      const last = plain(cells.at(-1) ?? '');
      const tail = DEADLINE_TAIL.exec(last);
      if (tail) {
        cells.splice(cells.length - 1, 1, last.slice(0, tail.index).trim(), tail[1] ?? '');
        warnings.push(
          `line ${row.line}: the last cell held both the output and the deadline; split it into "${last.slice(0, tail.index).trim()}" and "${tail[1]}"`,
        );
      }
    }
  }
  const result = Object.fromEntries(ROLES.map((role) => [role, ''])) as RoleCells;
  cells.forEach((cell, column) => {
    const role = row.bare ? (table.roles.includes('label') ? 'label' : 'text') : table.roles[column];
    if (!role) return;
    result[role] = result[role] ? `${result[role]} ${cell}` : cell;
  });
  return result;
}

/** Joins a continuation cell to the cell above; a word cut after "-" or "/" is rejoined. */
function joinCell(above: string, below: string): string {
  if (!below) return above;
  if (!above) return below;
  const belowPlain = plain(below);
  // Text that runs on across the page break must not start a new paragraph.
  const flowing = !/^[-+•]\s/.test(belowPlain) ? below.replace(/^(\s*<(?:p|ul|li)\b[^>]*>\s*)+/i, '') : below;
  // Closing tags at the end of the cell above would also start a new paragraph.
  const open = flowing === below ? above : above.replace(/(\s*<\/(?:p|li|ul)>\s*)+$/i, '');
  const glue = /[-/]$/.test(plain(above)) ? '' : ' ';
  return `${open.trimEnd()}${glue}${flowing.trimStart()}`;
}

/** Appends a continuation row's cells to the task above, cell by cell (the reference stays the task's own). */
export function mergeInto(target: RoleCells, cells: RoleCells): void {
  for (const role of ROLES) {
    if (role === 'ref') continue;
    target[role] = joinCell(target[role], cells[role]);
  }
}
