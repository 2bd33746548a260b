/**
 * Reads a progress spreadsheet (CSV: task,date,status,source,note) into
 * progress updates. Every row is checked before anything is accepted; a bad row
 * is reported with its line number and the reason. The separator (',', ';' or a
 * tab) is read from the header line; quoting that would merge rows is refused.
 */
import { detectDelimiter, readCsvTable, type Delimiter } from '../content/csv.ts';
import { progressSchema, progressStatus, type Progress, type ProgressStatus } from '../../schemas/progress.ts';
import { fold } from '../text/fold.ts';

const COLUMNS = ['task', 'date', 'status', 'source', 'note'] as const;

/** Status keys and the Vietnamese labels offices write, folded. */
const STATUS_WORDS: Record<string, ProgressStatus> = {
  'chua bat dau': 'not_started',
  'dang thuc hien': 'in_progress',
  'da hoan thanh': 'done',
  'hoan thanh': 'done',
  'cham tien do': 'delayed',
  'dang duy tri': 'ongoing',
  'thuc hien thuong xuyen': 'ongoing',
  'da huy': 'cancelled',
  'huy bo': 'cancelled',
};

export function readStatus(value: string): ProgressStatus | null {
  const trimmed = value.trim();
  const asKey = progressStatus.safeParse(trimmed.toLowerCase());
  if (asKey.success) return asKey.data;
  return STATUS_WORDS[fold(trimmed)] ?? null;
}

/** dd/mm/yyyy or yyyy-mm-dd to yyyy-mm-dd, or null when it is not a real date. */
export function readDate(value: string): string | null {
  const trimmed = value.trim();
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  const iso = dmy ? `${dmy[3]}-${dmy[2]?.padStart(2, '0')}-${dmy[1]?.padStart(2, '0')}` : /^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? trimmed : null;
  if (!iso) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
}

/** "Báo cáo số 45/BC-UBND ngày 05/10/2026 …" → title, number, date and link when the text gives them. */
export function readSource(value: string): Progress['source'] {
  const title = value.trim().replace(/\s+/g, ' ');
  const number = /\bsố\s+([0-9][^\s,;]*)/iu.exec(title)?.[1] ?? null;
  const date = readDate(/\bngày\s+(\d{1,2}\/\d{1,2}\/\d{4})/iu.exec(title)?.[1] ?? '');
  const url = /https?:\/\/\S+/.exec(title)?.[0] ?? null;
  return { title, number, date, url };
}

export interface RowError {
  line: number;
  message: string;
}

export interface ImportedRow {
  /** Line of the CSV the update was read from. */
  line: number;
  update: Progress;
}

export interface ProgressImport {
  /** The valid updates, in file order, without rows that repeat an earlier row. */
  updates: Progress[];
  /** The same updates with their line numbers. */
  rows: ImportedRow[];
  errors: RowError[];
  /** Rows identical to an earlier row of the file (skipped): line, and the line they repeat. */
  duplicates: Array<{ line: number; sameAs: number }>;
  /** The separator the file was read with (from its header line). */
  delimiter: Delimiter;
}

const SEPARATOR_NAME: Record<Delimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

export function separatorName(delimiter: Delimiter): string {
  return SEPARATOR_NAME[delimiter];
}

/** The same task on the same date: two rows saying different things about it contradict each other. */
function sameDayKey(update: Progress): string {
  return [update.task, update.date].join('\u0000');
}

/** What two updates of the same task and date disagree on, or null when they agree on status and note. */
function disagreement(a: Progress, b: Progress): string | null {
  const parts: string[] = [];
  if (a.status !== b.status) parts.push(`status "${a.status}" against "${b.status}"`);
  if ((a.note ?? '') !== (b.note ?? '')) parts.push(`note ${JSON.stringify(a.note ?? '')} against ${JSON.stringify(b.note ?? '')}`);
  return parts.length > 0 ? parts.join(', ') : null;
}

export function parseProgressCsv(text: string, taskIds: ReadonlySet<string>, today: string): ProgressImport {
  const delimiter = detectDelimiter(text);
  const empty = { updates: [], rows: [], duplicates: [], delimiter };
  const table = readCsvTable(text.normalize('NFC'), { delimiter, columns: COLUMNS.length });
  if (table.problem) return { ...empty, errors: [table.problem] };
  const [header, ...body] = table.rows;
  const expected = `the header must be: ${COLUMNS.join(delimiter === '\t' ? '<tab>' : delimiter)}`;
  if (!header) return { ...empty, errors: [{ line: 1, message: `is empty: ${expected}, then one row per update` }] };
  const names = header.cells.map((cell) => cell.trim().toLowerCase());
  const headerProblems: string[] = [];
  const missing = COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) headerProblems.push(`the header row lacks the column(s) ${missing.map((name) => `"${name}"`).join(', ')}`);
  const unknown = names.filter((name) => name !== '' && !(COLUMNS as readonly string[]).includes(name));
  if (unknown.length > 0)
    headerProblems.push(`the column(s) ${unknown.map((name) => `"${name}"`).join(', ')} are not read by the importer (remove or rename them)`);
  const repeated = COLUMNS.filter((column) => names.indexOf(column) !== names.lastIndexOf(column));
  if (repeated.length > 0) headerProblems.push(`the column(s) ${repeated.map((name) => `"${name}"`).join(', ')} appear twice`);
  if (headerProblems.length > 0) return { ...empty, errors: [{ line: header.line, message: `${headerProblems.join('; ')}: ${expected}` }] };

  const errors: RowError[] = [];
  const rows: ImportedRow[] = [];
  const duplicates: ProgressImport['duplicates'] = [];
  const seen = new Map<string, number>();
  const sameDay = new Map<string, ImportedRow>();
  for (const { line, cells } of body) {
    if (cells.every((cell) => cell.trim() === '')) continue;
    // Cells beyond the header, or under a blank header cell, hold data nothing would read.
    const lastFilled = cells.findLastIndex((cell) => cell.trim() !== '');
    const stray = cells.findIndex((cell, index) => cell.trim() !== '' && (names[index] ?? '') === '');
    if (stray >= 0) {
      const detail =
        lastFilled >= names.length
          ? `has ${lastFilled + 1} cells but the header has ${names.length} columns`
          : `has a value in column ${stray + 1}, which has no name in the header`;
      errors.push({
        line,
        message: `${detail}: remove the extra cells, or put in quotes ("…") a cell whose text contains the separator "${delimiter === '\t' ? '<tab>' : delimiter}"`,
      });
      continue;
    }
    const cell = (column: (typeof COLUMNS)[number]) => (cells[names.indexOf(column)] ?? '').trim();
    const problems: string[] = [];
    const task = cell('task');
    if (!taskIds.has(task)) problems.push(`unknown task "${task}" (use an id from /data/tasks.json)`);
    const date = readDate(cell('date'));
    if (date === null) problems.push(`date "${cell('date')}" is not a date (write dd/mm/yyyy or yyyy-mm-dd)`);
    else if (date > today) problems.push(`date ${cell('date')} is in the future`);
    const status = readStatus(cell('status'));
    if (status === null)
      problems.push(`unknown status "${cell('status')}" (use ${progressStatus.options.join(', ')} or their Vietnamese labels, e.g. "Đang thực hiện")`);
    if (cell('source') === '') problems.push('no source: name the report or document that states this progress');
    if (problems.length > 0) {
      errors.push({ line, message: problems.join('; ') });
      continue;
    }
    const parsed = progressSchema.safeParse({ task, date, status, source: readSource(cell('source')), note: cell('note') || null });
    if (!parsed.success) {
      errors.push({ line, message: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ') });
      continue;
    }
    const update = parsed.data;
    const first = seen.get(updateKey(update));
    if (first !== undefined) {
      duplicates.push({ line, sameAs: first });
      continue;
    }
    const earlier = sameDay.get(sameDayKey(update));
    const conflict = earlier ? disagreement(update, earlier.update) : null;
    if (earlier && conflict) {
      errors.push({
        line,
        message: `contradicts line ${earlier.line}: both report task "${task}" on ${update.date}, with ${conflict}; keep the row the report states and delete the other`,
      });
      continue;
    }
    seen.set(updateKey(update), line);
    sameDay.set(sameDayKey(update), { line, update });
    rows.push({ line, update });
  }
  return { updates: rows.map((row) => row.update), rows, errors, duplicates, delimiter };
}

export interface RecordedUpdate {
  update: Progress;
  /** The content file it is recorded in. */
  file: string;
}

export interface Comparison {
  /** Rows not yet recorded anywhere. */
  fresh: ImportedRow[];
  /** Rows recorded already (an identical update in a progress file), with that file. */
  recorded: Array<ImportedRow & { file: string }>;
  /** Rows that say something else about a task and date than a recorded update. */
  conflicts: RowError[];
}

/** Sorts the imported rows into new, already recorded, and contradicting what is recorded. */
export function compareWithRecorded(rows: readonly ImportedRow[], recorded: readonly RecordedUpdate[]): Comparison {
  const known = new Map(recorded.map((entry) => [updateKey(entry.update), entry.file]));
  const byDay = new Map<string, RecordedUpdate[]>();
  for (const entry of recorded) byDay.set(sameDayKey(entry.update), [...(byDay.get(sameDayKey(entry.update)) ?? []), entry]);
  const result: Comparison = { fresh: [], recorded: [], conflicts: [] };
  for (const row of rows) {
    const file = known.get(updateKey(row.update));
    if (file !== undefined) {
      result.recorded.push({ ...row, file });
      continue;
    }
    const clash = (byDay.get(sameDayKey(row.update)) ?? [])
      .map((entry) => ({ entry, conflict: disagreement(row.update, entry.update) }))
      .find((item) => item.conflict);
    if (clash) {
      result.conflicts.push({
        line: row.line,
        message: `task "${row.update.task}" on ${row.update.date} is already recorded in ${clash.entry.file} differently (this row against the record: ${clash.conflict}); an import never changes a recorded update: correct the row, or, if the report corrects the record, edit ${clash.entry.file} by hand`,
      });
      continue;
    }
    result.fresh.push(row);
  }
  return result;
}

/** The identity of an update: importing the same row twice must add nothing. */
export function updateKey(update: Progress): string {
  return [update.task, update.date, update.status, update.source.title, update.note ?? ''].join('\u0000');
}
