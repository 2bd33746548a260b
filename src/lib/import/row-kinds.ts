/**
 * The row classifier: says what one table row is — a dimension heading, a
 * heading inside a dimension, an activity group's lead-in, the continuation of
 * the row above, a task, or a row that fits nowhere — from its cells and from
 * what the rows above established. It changes nothing; rows.ts has one small
 * handler per kind.
 *
 * The printed forms it knows are data (HEADING_FORMS), so that a new layout is
 * a new entry, not a new branch.
 */
import { fold } from '../text/fold.ts';
import { ACTIVITY_REF, plain, type RoleCells } from './row-cells.ts';
import { romanValue } from './roman.ts';

export interface RowContext {
  grouping: 'dimension' | 'activity';
  /** Maps a printed dimension name to 1–8 (by keywords), or null. */
  dimensionOf: (name: string) => number | null;
  /** True when the table has a numbering ("STT") column. */
  hasRefColumn: boolean;
  /** Dimension of the heading above, if any. */
  dimension: number | null;
  /** True once a task was read since the last heading. */
  hasTaskAbove: boolean;
  /** True once a directive was read since the last heading. */
  hasDirectiveAbove: boolean;
  /** An activity group's label printed before its number was known. */
  pendingGroupLabel: string | null;
}

/** A row's cells as plain text, and which roles are filled. */
export interface RowView {
  line: number;
  bare: boolean;
  cells: RoleCells;
  ref: string;
  label: string;
  text: string;
  lead: string;
  filled: Array<keyof RoleCells>;
}

/** What an activity-grouped row says of its group's label, applied before the row's handler. */
export interface GroupNote {
  /** The group number the row belongs to, with the label now known for it (null: none). */
  assign: { number: string; label: string } | null;
  /** The pending label after this row (undefined: unchanged). */
  pending?: string | null;
}

export type RowKind =
  | { kind: 'heading'; printedNumber: number | null; printed: string; heading: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'lead-in'; text: string }
  | { kind: 'continuation' }
  | { kind: 'stray'; reason: string }
  | { kind: 'task'; ref: string | null; subLabel: string | null; groupNumber: string | null; textCell: string; unplaced: boolean };

export type Classified = RowKind & { group: GroupNote | null };

/** The printed forms of a dimension heading row, tried in order. */
const HEADING_FORMS: ReadonlyArray<{
  name: string;
  read: (row: RowView, context: RowContext) => { printedNumber: number | null; printed: string; heading: string } | null;
}> = [
  {
    // "IV | Chỉ số nội dung Kiểm soát tham nhũng…" in the numbering column.
    name: 'Roman numeral in the numbering column',
    read: (row) => {
      const numeral = /^([IVXL]+)$/.exec(row.ref)?.[1];
      if (!numeral || row.lead) return null;
      return { printedNumber: romanValue(numeral), printed: row.ref, heading: headingText(row) };
    },
  },
  {
    // "4 | Chỉ số nội dung kiểm soát tham nhũng…: directive" — a single digit is a heading only when the text names a dimension.
    name: 'single digit naming a dimension',
    read: (row, context) => {
      const digit = /^(\d)$/.exec(row.ref)?.[1];
      if (!digit || row.lead) return null;
      const heading = headingText(row);
      const namesDimension = context.dimensionOf(heading.split(':')[0] ?? '') !== null || /^chi so noi dung/.test(fold(heading));
      return namesDimension ? { printedNumber: Number(digit), printed: row.ref, heading } : null;
    },
  },
  {
    // "1. Tham gia của người dân ở cấp cơ sở" alone in the label cell of a table without a numbering column.
    name: 'numbered heading in the label cell',
    read: (row, context) => {
      if (context.hasRefColumn || row.text || row.lead) return null;
      const inline = /^(\d)\.\s+(.+?)\s*:?$/su.exec(row.label || (row.bare ? row.text : ''));
      if (!inline) return null;
      return { printedNumber: Number(inline[1]), printed: inline[1] ?? '', heading: inline[2] ?? '' };
    },
  },
];

function headingText(row: RowView): string {
  return [row.label, row.text].filter(Boolean).join(' ');
}

function startsLowercase(text: string): boolean {
  const first = /\p{L}/u.exec(text);
  return first !== null && first[0] === first[0].toLowerCase() && first[0] !== first[0].toUpperCase();
}

function startsUppercase(text: string): boolean {
  const first = /\p{L}/u.exec(text);
  return first !== null && first.index === 0 && first[0] !== first[0].toLowerCase();
}

interface Reference {
  ref: string | null;
  subLabel: string | null;
  groupNumber: string | null;
  textCell: string;
  group: GroupNote | null;
}

/** The task reference a row prints, and for activity tables what it says of its group. */
function readReference(row: RowView, context: RowContext): Reference {
  const reference: Reference = { ref: null, subLabel: null, groupNumber: null, textCell: row.cells.text, group: null };
  if (!context.hasRefColumn) {
    // "a) Công khai …" in the label cell of a table without a numbering column.
    const lettered = /^([a-zđ])\)\s*(.+)$/su.exec(row.label);
    if (lettered) {
      reference.ref = `${context.dimension ?? '?'}.${lettered[1]}`;
      reference.subLabel = (lettered[2] ?? '').trim();
    }
    return reference;
  }
  if (context.grouping === 'dimension') {
    if (/^\d+(?:\.\d+)*$/.test(row.ref)) {
      reference.ref = row.ref;
      if (row.label) reference.subLabel = row.label;
    }
    return reference;
  }
  // Activity tables: "5.6. Kiểm tra …" in the text cell, or a group number with its label in the numbering cell.
  let pending = context.pendingGroupLabel;
  const group: GroupNote = { assign: null };
  const groupAndLabel = /^(\d+)\s+(\p{Lu}.*)$/u.exec(row.ref);
  if (groupAndLabel) {
    reference.groupNumber = groupAndLabel[1] ?? null;
    pending = groupAndLabel[2] ?? null;
    group.pending = pending;
  }
  const activity = ACTIVITY_REF.exec(row.text);
  if (activity) {
    reference.ref = activity[1] ?? null;
    reference.groupNumber = reference.ref?.split('.')[0] ?? null;
    reference.textCell = row.text.slice(activity[0].length);
  } else if (/^\d+$/.test(row.ref) && row.lead) {
    reference.ref = row.ref;
    reference.groupNumber = row.ref;
  }
  if (reference.groupNumber && (row.label || pending)) {
    group.assign = { number: reference.groupNumber, label: row.label || pending || '' };
    group.pending = null;
  } else if (!reference.groupNumber && row.label) {
    group.pending = row.label;
  }
  reference.group = group.assign !== null || group.pending !== undefined ? group : null;
  return reference;
}

/** Says what a row is. */
export function classifyRow(row: RowView, context: RowContext): Classified {
  if (context.grouping === 'dimension') {
    for (const form of HEADING_FORMS) {
      const heading = form.read(row, context);
      if (heading) return { kind: 'heading', ...heading, group: null };
    }
  }

  const reference = readReference(row, context);
  const group = reference.group;
  if (reference.ref !== null) {
    return {
      kind: 'task',
      ref: reference.ref,
      subLabel: reference.subLabel,
      groupNumber: reference.groupNumber,
      textCell: reference.textCell,
      unplaced: false,
      group,
    };
  }

  // A heading inside a dimension ("Công khai danh sách hộ nghèo"), alone on its row.
  const only = row.filled.length === 1 ? row.filled[0] : undefined;
  if (only && (only === 'label' || only === 'ref' || only === 'text') && context.hasRefColumn) {
    const single = plain(row.cells[only]);
    if (startsUppercase(single)) {
      // An activity group's lead-in ("... gồm các hoạt động sau đây:"): kept as a directive.
      if (single.endsWith(':') && only === 'text') return { kind: 'lead-in', text: single, group };
      return { kind: 'subheading', text: single, group };
    }
  }

  const firstWords = row.label || row.text;
  const continues = startsLowercase(firstWords) || row.lead === '' || startsLowercase(row.lead) || (!row.label && !row.text);
  if (context.hasTaskAbove && continues) return { kind: 'continuation', group };
  if (!context.hasTaskAbove && row.lead === '') {
    if (context.hasDirectiveAbove && !firstWords) {
      return { kind: 'stray', reason: 'it has neither a reference nor a task text and follows a directive', group };
    }
    return { kind: 'task', ref: null, subLabel: null, groupNumber: reference.groupNumber, textCell: reference.textCell, unplaced: true, group };
  }
  return { kind: 'task', ref: null, subLabel: null, groupNumber: reference.groupNumber, textCell: reference.textCell, unplaced: false, group };
}
