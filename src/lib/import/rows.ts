/**
 * Interprets the raw rows of a task table: which rows are dimension headings,
 * sub-dimension headings, tasks, or continuations of the row above (a row cut
 * by a page break), and what reference each task carries as printed.
 */
import { fold } from '../text/fold.ts';
import { cellLine, cellParagraphs, MarkupError, markupMessage } from './cell-text.ts';
import { romanValue } from './roman.ts';
import type { ColumnRole, RawRow, Table } from './table.ts';

/** Cells of a row by role, markup still inside. */
export type RoleCells = Record<ColumnRole, string>;

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

const ROLES: ColumnRole[] = ['ref', 'label', 'text', 'lead', 'partners', 'output', 'deadline'];
/** "1.1." or "5.6" at the start of an activity cell. */
const ACTIVITY_REF = /^(\d+(?:\.\d+)+)\.?\s+/;
const DEADLINE_TAIL = /\s((?:Tháng|Quý|Năm)\s+[IVX\d]+(?:\s*\/\s*\d{4})?|Thường xuyên|Hằng năm|Hàng năm)$/u;

function plain(raw: string): string {
  return cellLine(raw);
}

function startsLowercase(text: string): boolean {
  const first = /\p{L}/u.exec(text);
  return first !== null && first[0] === first[0].toLowerCase() && first[0] !== first[0].toUpperCase();
}

function startsUppercase(text: string): boolean {
  const first = /\p{L}/u.exec(text);
  return first !== null && first.index === 0 && first[0] !== first[0].toLowerCase();
}

/** Puts a row's cells under their roles, realigning rows that lost or merged a cell. */
function roleCells(row: RawRow, table: Table, warnings: string[]): RoleCells {
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

function mergeInto(target: RoleCells, cells: RoleCells): void {
  for (const role of ROLES) {
    if (role === 'ref') continue;
    target[role] = joinCell(target[role], cells[role]);
  }
}

/** Reads the rows of one table. */
export function readRows(table: Table, options: RowOptions): RowReading {
  const reading: RowReading = { tasks: [], directives: [], dimensions: [], warnings: [], errors: [] };
  const hasRefColumn = table.roles.includes('ref');
  let dimension: number | null = null;
  let subheading: string | null = null;
  const groups = new Map<string, string>();
  let pendingGroupLabel: string | null = null;
  let last: DraftTask | null = null;
  let lastDirective: DraftDirective | null = null;
  const keyCount = new Map<string, number>();

  const uniqueKey = (base: string): string => {
    const count = (keyCount.get(base) ?? 0) + 1;
    keyCount.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  };

  for (const row of table.rows) {
    try {
      for (const cell of row.cells) cellParagraphs(cell);
    } catch (error) {
      if (!(error instanceof MarkupError)) throw error;
      reading.errors.push(markupMessage(row.line, error));
      continue;
    }
    const cells = roleCells(row, table, reading.warnings);
    const ref = plain(cells.ref);
    const label = plain(cells.label);
    const text = plain(cells.text);
    const lead = plain(cells.lead);
    const nonEmpty = ROLES.filter((role) => plain(cells[role]) !== '');

    // Dimension headings.
    if (options.grouping === 'dimension') {
      const roman = /^([IVX]+)$/.exec(ref);
      const numbered = /^(\d)$/.exec(ref);
      const inline = /^(\d)\.\s+(.+?)\s*:?$/su.exec(label || (row.bare ? text : ''));
      const headingText = [label, text].filter(Boolean).join(' ');
      let printedNumber: number | null = null;
      let heading: string | null = null;
      if (roman && !lead) {
        printedNumber = romanValue(roman[1] ?? '');
        heading = headingText;
      } else if (numbered && !lead && (options.dimensionOf(headingText.split(':')[0] ?? '') !== null || /^chi so noi dung/.test(fold(headingText)))) {
        printedNumber = Number(numbered[1]);
        heading = headingText;
      } else if (!hasRefColumn && inline && !text && !lead) {
        printedNumber = Number(inline[1]);
        heading = inline[2] ?? '';
      }
      if (heading !== null) {
        const colon = heading.indexOf(':');
        const name = (colon >= 0 ? heading.slice(0, colon) : heading).trim();
        const directive = colon >= 0 ? heading.slice(colon + 1).trim() : '';
        const byName = options.dimensionOf(name);
        if (byName !== null && printedNumber !== null && byName !== printedNumber) {
          reading.warnings.push(`line ${row.line}: heading "${name}" is numbered ${printedNumber} but names dimension ${byName}; using ${byName}`);
        }
        dimension = byName ?? printedNumber;
        if (dimension === null) reading.warnings.push(`line ${row.line}: heading "${name}" names no PAPI dimension`);
        reading.dimensions.push({ line: row.line, printed: ref || String(printedNumber ?? ''), number: dimension, name });
        subheading = null;
        last = null;
        lastDirective = null;
        if (directive) {
          lastDirective = { line: row.line, section: ref || String(printedNumber ?? ''), heading: name, text: directive, dimension };
          reading.directives.push(lastDirective);
        }
        continue;
      }
    }

    // Task references as printed.
    let taskRef: string | null = null;
    let subLabel: string | null = null;
    let groupNumber: string | null = null;
    let textCell = cells.text;
    if (hasRefColumn) {
      const activity = ACTIVITY_REF.exec(text);
      const groupAndLabel = /^(\d+)\s+(\p{Lu}.*)$/u.exec(ref);
      if (options.grouping === 'activity') {
        if (groupAndLabel) {
          groupNumber = groupAndLabel[1] ?? null;
          pendingGroupLabel = groupAndLabel[2] ?? null;
        }
        if (activity) {
          taskRef = activity[1] ?? null;
          groupNumber = taskRef?.split('.')[0] ?? null;
          textCell = plain(cells.text).slice(activity[0].length);
        } else if (/^\d+$/.test(ref) && lead) {
          taskRef = ref;
          groupNumber = ref;
        }
        if (groupNumber && (label || pendingGroupLabel)) {
          groups.set(groupNumber, label || pendingGroupLabel || '');
          pendingGroupLabel = null;
        } else if (!groupNumber && label) {
          pendingGroupLabel = label;
        }
      } else if (/^\d+(?:\.\d+)*$/.test(ref)) {
        taskRef = ref;
        if (label) subLabel = label;
      }
    } else {
      const lettered = /^([a-zđ])\)\s*(.+)$/su.exec(label);
      if (lettered) {
        taskRef = `${dimension ?? '?'}.${lettered[1]}`;
        subLabel = (lettered[2] ?? '').trim();
      }
    }

    if (taskRef === null) {
      const firstWords = label || text;
      // A heading inside a dimension ("Công khai danh sách hộ nghèo"), alone on its row.
      const single = nonEmpty.length === 1 && (nonEmpty[0] === 'label' || nonEmpty[0] === 'ref' || nonEmpty[0] === 'text');
      const singleText = single ? plain(cells[nonEmpty[0] ?? 'text']) : '';
      if (single && hasRefColumn && startsUppercase(singleText)) {
        if (singleText.endsWith(':') && nonEmpty[0] === 'text') {
          // An activity group's lead-in ("... gồm các hoạt động sau đây:"): kept as a directive.
          lastDirective = { line: row.line, section: 'lead-in', heading: '', text: singleText, dimension };
          reading.directives.push(lastDirective);
        } else {
          subheading = singleText;
        }
        continue;
      }
      const continuation = last !== null && (startsLowercase(firstWords) || lead === '' || startsLowercase(lead) || (!label && !text));
      if (continuation && last) {
        mergeInto(last.cells, cells);
        if (label && last.subdimensionLabel !== null) {
          const labelBelow = plain(cells.label);
          last.subdimensionLabel = /^[-+]\s/.test(labelBelow) ? `${last.subdimensionLabel}\n${labelBelow}` : `${last.subdimensionLabel} ${labelBelow}`;
        }
        continue;
      }
      if (!continuation && lead === '' && !last) {
        if (lastDirective && !firstWords) continue;
        reading.warnings.push(`line ${row.line}: a row with no reference and no lead agency before any task; kept as an unnumbered task`);
      }
    }

    // A task row (numbered, or unnumbered with its own agencies).
    const inherits = taskRef === null && !label && last !== null && last.dimension === dimension;
    const baseKey = taskRef !== null ? taskRef.replace(/\./g, '-') : inherits && last ? last.baseKey : String(dimension ?? groupNumber ?? 'x');
    const key = uniqueKey(baseKey);
    if (taskRef !== null && key !== baseKey) {
      reading.warnings.push(
        `line ${row.line}: reference ${taskRef} is printed twice in this table; the second row gets the id suffix "${key.slice(baseKey.length)}"`,
      );
    }
    const ownLabel = label ? cellParagraphs(cells.label).join('\n') : null;
    const draft: DraftTask = {
      line: row.line,
      ref: taskRef,
      key,
      baseKey,
      dimension: options.grouping === 'activity' ? null : dimension,
      subdimensionLabel: subLabel ?? (taskRef === null ? ownLabel : null) ?? (inherits ? (last?.subdimensionLabel ?? null) : subheading),
      printedSubdimension: taskRef && /^\d\.\d$/.test(taskRef) ? taskRef : inherits ? (last?.printedSubdimension ?? null) : null,
      group: groupNumber ? (groups.get(groupNumber) ?? null) : null,
      cells: { ...cells, text: textCell },
    };
    reading.tasks.push(draft);
    last = draft;
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
    if (options.grouping === 'activity' && number && groups.has(number)) task.group = groups.get(number) ?? null;
  }
  return reading;
}
