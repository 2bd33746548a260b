/**
 * Interprets the raw rows of a task table: which rows are dimension headings,
 * sub-dimension headings, tasks, or continuations of the row above (a row cut
 * by a page break), and what reference each task carries as printed.
 */
import { cellParagraphs, MarkupError, markupMessage } from './cell-text.ts';
import { mergeInto, plain, roleCells, ROLES, type RoleCells } from './row-cells.ts';
import { classifyRow, type Classified, type RowView } from './row-kinds.ts';
import type { RawRow, Table } from './table.ts';

export type { RoleCells } from './row-cells.ts';

export interface DraftTask {
  line: number;
  /** Reference as printed, composed with its heading ("1.a"), or null for an unnumbered row. */
  ref: string | null;
  /** Key for the task id inside its plan/part: "1-a", "3-3-2", "60". */
  key: string;
  /** The key an unnumbered row below this one builds on ("3-3" for "3-3-2"). */
  baseKey: string;
  dimension: number | null;
  /** Sub-dimension label as printed, plain text. */
  subdimensionLabel: string | null;
  /** Printed sub-dimension number when the label is missing ("4.2"). */
  printedSubdimension: string | null;
  group: string | null;
  cells: RoleCells;
}

export interface DraftDirective {
  line: number;
  /** Dimension or group number as printed. */
  section: string;
  /** Heading as printed ("Chỉ số nội dung Công khai, minh bạch"). */
  heading: string;
  text: string;
  dimension: number | null;
}

export interface DimensionHeading {
  line: number;
  printed: string;
  number: number | null;
  name: string;
}

export interface RowReading {
  tasks: DraftTask[];
  directives: DraftDirective[];
  dimensions: DimensionHeading[];
  warnings: string[];
  /** Rows that cannot be read (unsupported markup): the import must stop. */
  errors: string[];
}

export interface RowOptions {
  grouping: 'dimension' | 'activity';
  /** Maps a printed dimension name to 1–8 (by keywords), or null. */
  dimensionOf: (name: string) => number | null;
}

interface RowState {
  dimension: number | null;
  subheading: string | null;
  groups: Map<string, string>;
  pendingGroupLabel: string | null;
  last: DraftTask | null;
  lastDirective: DraftDirective | null;
  keyCount: Map<string, number>;
}

type Handler<K extends Classified['kind']> = (
  row: RowView,
  kind: Extract<Classified, { kind: K }>,
  state: RowState,
  reading: RowReading,
  options: RowOptions,
) => void;

const onHeading: Handler<'heading'> = (row, heading, state, reading, options) => {
  const colon = heading.heading.indexOf(':');
  const name = (colon >= 0 ? heading.heading.slice(0, colon) : heading.heading).trim();
  const directive = colon >= 0 ? heading.heading.slice(colon + 1).trim() : '';
  const byName = options.dimensionOf(name);
  if (byName !== null && heading.printedNumber !== null && byName !== heading.printedNumber) {
    reading.warnings.push(`line ${row.line}: heading "${name}" is numbered ${heading.printedNumber} but names dimension ${byName}; using ${byName}`);
  }
  state.dimension = byName ?? heading.printedNumber;
  if (state.dimension === null) reading.warnings.push(`line ${row.line}: heading "${name}" names no PAPI dimension`);
  const printed = heading.printed || String(heading.printedNumber ?? '');
  reading.dimensions.push({ line: row.line, printed, number: state.dimension, name });
  state.subheading = null;
  state.last = null;
  state.lastDirective = null;
  if (directive) {
    state.lastDirective = { line: row.line, section: printed, heading: name, text: directive, dimension: state.dimension };
    reading.directives.push(state.lastDirective);
  }
};

const onSubheading: Handler<'subheading'> = (_row, kind, state) => {
  state.subheading = kind.text;
};

const onLeadIn: Handler<'lead-in'> = (row, kind, state, reading) => {
  state.lastDirective = { line: row.line, section: 'lead-in', heading: '', text: kind.text, dimension: state.dimension };
  reading.directives.push(state.lastDirective);
};

const onContinuation: Handler<'continuation'> = (row, _kind, state) => {
  const last = state.last;
  if (!last) return;
  mergeInto(last.cells, row.cells);
  if (row.label && last.subdimensionLabel !== null) {
    const labelBelow = plain(row.cells.label);
    last.subdimensionLabel = /^[-+]\s/.test(labelBelow) ? `${last.subdimensionLabel}\n${labelBelow}` : `${last.subdimensionLabel} ${labelBelow}`;
  }
};

const onStray: Handler<'stray'> = (row, kind, _state, reading) => {
  const cells = row.filled.map((role) => `${role}: "${plain(row.cells[role])}"`).join(', ');
  reading.warnings.push(`line ${row.line}: row left out because ${kind.reason}${cells ? ` (${cells})` : ''}; check the source text`);
};

const onTask: Handler<'task'> = (row, kind, state, reading, options) => {
  if (kind.unplaced) {
    reading.warnings.push(`line ${row.line}: a row with no reference and no lead agency before any task; kept as an unnumbered task`);
  }
  const last = state.last;
  const inherits = kind.ref === null && !row.label && last !== null && last.dimension === state.dimension;
  const baseKey = kind.ref !== null ? kind.ref.replace(/\./g, '-') : inherits && last ? last.baseKey : String(state.dimension ?? kind.groupNumber ?? 'x');
  const count = (state.keyCount.get(baseKey) ?? 0) + 1;
  state.keyCount.set(baseKey, count);
  const key = count === 1 ? baseKey : `${baseKey}-${count}`;
  if (kind.ref !== null && key !== baseKey) {
    reading.warnings.push(
      `line ${row.line}: reference ${kind.ref} is printed twice in this table; the second row gets the id suffix "${key.slice(baseKey.length)}"`,
    );
  }
  const ownLabel = row.label ? cellParagraphs(row.cells.label).join('\n') : null;
  const draft: DraftTask = {
    line: row.line,
    ref: kind.ref,
    key,
    baseKey,
    dimension: options.grouping === 'activity' ? null : state.dimension,
    subdimensionLabel: kind.subLabel ?? (kind.ref === null ? ownLabel : null) ?? (inherits ? (last?.subdimensionLabel ?? null) : state.subheading),
    printedSubdimension: kind.ref && /^\d\.\d$/.test(kind.ref) ? kind.ref : inherits ? (last?.printedSubdimension ?? null) : null,
    group: kind.groupNumber ? (state.groups.get(kind.groupNumber) ?? null) : null,
    cells: { ...row.cells, text: kind.textCell },
  };
  reading.tasks.push(draft);
  state.last = draft;
};

function handle(row: RowView, classified: Classified, state: RowState, reading: RowReading, options: RowOptions): void {
  switch (classified.kind) {
    case 'heading':
      return onHeading(row, classified, state, reading, options);
    case 'subheading':
      return onSubheading(row, classified, state, reading, options);
    case 'lead-in':
      return onLeadIn(row, classified, state, reading, options);
    case 'continuation':
      return onContinuation(row, classified, state, reading, options);
    case 'stray':
      return onStray(row, classified, state, reading, options);
    case 'task':
      return onTask(row, classified, state, reading, options);
  }
}

function viewOf(row: RawRow, table: Table, warnings: string[]): RowView {
  const cells = roleCells(row, table, warnings);
  return {
    line: row.line,
    bare: row.bare,
    cells,
    ref: plain(cells.ref),
    label: plain(cells.label),
    text: plain(cells.text),
    lead: plain(cells.lead),
    filled: ROLES.filter((role) => plain(cells[role]) !== ''),
  };
}

/** Reads the rows of one table: each row is classified, then handled by the handler of its kind. */
export function readRows(table: Table, options: RowOptions): RowReading {
  const reading: RowReading = { tasks: [], directives: [], dimensions: [], warnings: [], errors: [] };
  const hasRefColumn = table.roles.includes('ref');
  const state: RowState = {
    dimension: null,
    subheading: null,
    groups: new Map(),
    pendingGroupLabel: null,
    last: null,
    lastDirective: null,
    keyCount: new Map(),
  };

  for (const row of table.rows) {
    try {
      for (const cell of row.cells) cellParagraphs(cell);
    } catch (error) {
      if (!(error instanceof MarkupError)) throw error;
      reading.errors.push(markupMessage(row.line, error));
      continue;
    }
    const view = viewOf(row, table, reading.warnings);
    const classified = classifyRow(view, {
      grouping: options.grouping,
      dimensionOf: options.dimensionOf,
      hasRefColumn,
      dimension: state.dimension,
      hasTaskAbove: state.last !== null,
      hasDirectiveAbove: state.lastDirective !== null,
      pendingGroupLabel: state.pendingGroupLabel,
    });
    if (classified.group) {
      if (classified.group.pending !== undefined) state.pendingGroupLabel = classified.group.pending;
      if (classified.group.assign) state.groups.set(classified.group.assign.number, classified.group.assign.label);
    }
    handle(view, classified, state, reading, options);
  }

  // A lead-in belongs to the group of the task that follows it.
  for (const directive of reading.directives) {
    if (directive.section !== 'lead-in') continue;
    const next = reading.tasks.find((task) => task.line > directive.line);
    directive.section = next?.ref?.split('.')[0] ?? 'lead-in';
  }

  // Group labels may appear on a later row than the first task of the group.
  for (const task of reading.tasks) {
    const number = task.ref?.split('.')[0] ?? null;
    if (options.grouping === 'activity' && number && state.groups.has(number)) task.group = state.groups.get(number) ?? null;
  }
  return reading;
}
