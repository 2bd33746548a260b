/**
 * Sortable tables: every `table[data-sortable]` gets a button in each header cell
 * that has `data-sort-kind` ("number" or "text"). Without JavaScript the table
 * keeps the order it was built in, which its header's aria-sort states. The rows
 * of the tbody are sorted by their cells' data-sort values (src/lib/views/table-sort.ts);
 * a tfoot (e.g. a mean) stays where it is. A `[data-sort-hint]` in the table's
 * `[data-sortable-box]` is shown once the buttons are there.
 */
import { nextDirection, sortedRows, type SortKind } from '../lib/views/table-sort.ts';

function sortBy(table: HTMLTableElement, header: HTMLTableCellElement): void {
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
  const column = headers.indexOf(header);
  const kind: SortKind = header.dataset.sortKind === 'text' ? 'text' : 'number';
  const direction = nextDirection(header.getAttribute('aria-sort'), kind);
  const body = table.tBodies[0];
  if (!body || column < 0) return;
  // From the built order each time, so that rows that compare equal always keep it.
  const rows = [...body.rows].sort((a, b) => Number(a.dataset.builtOrder) - Number(b.dataset.builtOrder));
  const order = sortedRows(
    rows.map((row) => row.cells[column]?.dataset.sort),
    kind,
    direction,
  );
  body.append(...order.flatMap((index) => rows[index] ?? []));
  for (const other of headers) {
    if (other === header) other.setAttribute('aria-sort', direction);
    else other.removeAttribute('aria-sort');
  }
  table.dataset.sortedBy = header.dataset.sortKey ?? String(column);
}

/** Turns the header cells of every sortable table on the page into sort buttons. */
export function makeTablesSortable(): void {
  for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
    if (table.dataset.sortReady) continue;
    for (const header of table.querySelectorAll<HTMLTableCellElement>('thead th[data-sort-kind]')) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.append(...header.childNodes);
      header.append(button);
      button.addEventListener('click', () => sortBy(table, header));
    }
    [...(table.tBodies[0]?.rows ?? [])].forEach((row, index) => {
      row.dataset.builtOrder = String(index);
    });
    table.dataset.sortReady = 'true';
    const hint = table.closest('[data-sortable-box]')?.querySelector<HTMLElement>('[data-sort-hint]');
    if (hint) hint.hidden = false;
  }
}
