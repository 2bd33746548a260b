/**
 * Sorting a table's rows by one column, pure so that it is tested without a
 * browser (src/scripts/sortable-table.ts applies it to the page). Each cell
 * carries its sort value in data-sort: a number, a name, or nothing for "no
 * data", which stays at the bottom whichever way the column is sorted.
 */
import { compareVietnamese } from '../format.ts';

export type SortKind = 'number' | 'text';
export type SortDirection = 'ascending' | 'descending';

/** The direction a click gives: the other one on the sorted column; highest first for numbers, A–Z for names on a new one. */
export function nextDirection(current: string | null, kind: SortKind): SortDirection {
  if (current === 'descending') return 'ascending';
  if (current === 'ascending') return 'descending';
  return kind === 'number' ? 'descending' : 'ascending';
}

function value(raw: string | undefined, kind: SortKind): number | string | null {
  if (raw === undefined || raw.trim() === '') return null;
  if (kind === 'text') return raw;
  const number = Number(raw);
  return Number.isFinite(number) ? number : null;
}

/**
 * The order of the rows (indexes into `cells`) sorted by their cells' data-sort values.
 * Empty values come last in both directions; rows that compare equal keep their order.
 */
export function sortedRows(cells: ReadonlyArray<string | undefined>, kind: SortKind, direction: SortDirection): number[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const values = cells.map((cell) => value(cell, kind));
  return values
    .map((_, index) => index)
    .sort((a, b) => {
      const left = values[a] ?? null;
      const right = values[b] ?? null;
      if (left === null || right === null) return (left === null ? 1 : 0) - (right === null ? 1 : 0) || a - b;
      const order = typeof left === 'number' && typeof right === 'number' ? left - right : compareVietnamese(String(left), String(right));
      return sign * order || a - b;
    });
}
