/**
 * Reads a progress spreadsheet (CSV: task,date,status,source,note) into
 * progress updates. Every row is checked before anything is accepted; a bad row
 * is reported with its line number and the reason.
 */
import { parseCsv } from '../content/csv.ts';
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

export interface ProgressImport {
  updates: Progress[];
  errors: RowError[];
}

export function parseProgressCsv(text: string, taskIds: ReadonlySet<string>, today: string): ProgressImport {
  const rows = parseCsv(text.normalize('NFC'));
  const [header, ...body] = rows;
  const errors: RowError[] = [];
  const names = (header ?? []).map((cell) => cell.trim().toLowerCase());
  const missing = COLUMNS.filter((column) => !names.includes(column));
  if (!header || missing.length > 0) {
    return {
      updates: [],
      errors: [{ line: 1, message: `the header row must name the columns ${COLUMNS.join(',')}; missing: ${missing.join(', ') || 'all'}` }],
    };
  }
  const updates: Progress[] = [];
  body.forEach((cells, index) => {
    const line = index + 2;
    if (cells.every((cell) => cell.trim() === '')) return;
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
      return;
    }
    const parsed = progressSchema.safeParse({ task, date, status, source: readSource(cell('source')), note: cell('note') || null });
    if (parsed.success) updates.push(parsed.data);
    else errors.push({ line, message: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ') });
  });
  return { updates, errors };
}

/** The identity of an update: importing the same row twice must add nothing. */
export function updateKey(update: Progress): string {
  return [update.task, update.date, update.status, update.source.title, update.note ?? ''].join('\u0000');
}
