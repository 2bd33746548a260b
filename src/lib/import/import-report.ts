/**
 * What an editor reads before (with --dry-run) or after an import: the tasks
 * per dimension or group with their reference, first words, lead and
 * deadline; the sub-dimension filings and why; the warnings; and how the
 * import differs from the plan's files as they are now. Pure: text in, text out.
 */
import type { Commitment } from '../../schemas/commitment.ts';
import type { Task } from '../../schemas/task.ts';
import type { ImportResult } from './plan-import.ts';
import { isHandWritten } from './validate-import.ts';

export interface EntryDiff {
  added: string[];
  removed: string[];
  /** Entries present before and after whose content differs, with the fields that differ. */
  changed: Array<{ id: string; fields: string[] }>;
  unchanged: number;
}

/** Compares entries by id, field by field (order of entries apart). */
export function diffEntries<T extends { id: string }>(before: readonly T[], after: readonly T[]): EntryDiff {
  const old = new Map(before.map((entry) => [entry.id, entry]));
  const next = new Map(after.map((entry) => [entry.id, entry]));
  const diff: EntryDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const [id, entry] of next) {
    const previous = old.get(id);
    if (!previous) {
      diff.added.push(id);
      continue;
    }
    const keys = [...new Set([...Object.keys(previous), ...Object.keys(entry)])] as Array<keyof T>;
    const fields = keys.filter((key) => JSON.stringify(previous[key]) !== JSON.stringify(entry[key])).map(String);
    if (fields.length > 0) diff.changed.push({ id, fields });
    else diff.unchanged += 1;
  }
  for (const id of old.keys()) if (!next.has(id)) diff.removed.push(id);
  return diff;
}

const FIRST_WORDS = 8;

function firstWords(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > FIRST_WORDS ? `${words.slice(0, FIRST_WORDS).join(' ')} …` : words.join(' ');
}

function groupOf(task: Task): string {
  if (task.dimension !== null) return `Dimension ${task.dimension}`;
  if (task.group) return `Group "${task.group}"`;
  return 'No dimension or group';
}

function taskLine(task: Task): string {
  const lead = task.lead_printed ?? '(none printed)';
  const deadline = task.deadline.text ?? '(none printed)';
  const sub = task.subdimension ? ` [${task.subdimension}]` : '';
  return `  ${(task.ref ?? '–').padEnd(6)}${sub} ${firstWords(task.text)} | lead: ${lead} | deadline: ${deadline} | line ${task.source_line}`;
}

function diffLines(what: string, diff: EntryDiff): string[] {
  if (diff.added.length + diff.removed.length + diff.changed.length === 0) return [`  ${what}: no change (${diff.unchanged} identical)`];
  // A task added or removed shifts the running order of every task after it: counted, not listed.
  const reordered = diff.changed.filter((change) => change.fields.length === 1 && change.fields[0] === 'order');
  const changed = diff.changed.filter((change) => !reordered.includes(change));
  const moved = reordered.length > 0 ? `, ${reordered.length} only moved in order` : '';
  const lines = [`  ${what}: ${diff.added.length} added, ${diff.removed.length} removed, ${changed.length} changed${moved}, ${diff.unchanged} identical`];
  for (const id of diff.added) lines.push(`    + ${id}`);
  for (const id of diff.removed) lines.push(`    - ${id}`);
  for (const change of changed) lines.push(`    ~ ${change.id}: ${change.fields.join(', ')}`);
  return lines;
}

export interface ReportInput {
  planId: string;
  sourcePath: string;
  result: Pick<ImportResult, 'tasks' | 'commitments' | 'warnings' | 'subdimensions'>;
  current: { tasks: readonly Task[]; commitments: readonly Commitment[] };
  dryRun: boolean;
}

/** The import report, one line a string. */
export function importReport(input: ReportInput): string[] {
  const { result } = input;
  const lines: string[] = [
    `${input.planId}: ${input.dryRun ? 'would import' : 'imported'} ${result.tasks.length} tasks and ${result.commitments.length} narrative commitments from ${input.sourcePath}`,
  ];
  const groups = new Map<string, Task[]>();
  for (const task of result.tasks) groups.set(groupOf(task), [...(groups.get(groupOf(task)) ?? []), task]);
  for (const [group, tasks] of groups) {
    const count = `${group}: ${tasks.length} task${tasks.length === 1 ? '' : 's'}`;
    if (input.dryRun) lines.push('', count, ...tasks.map(taskLine));
    else lines.push(`  ${count}`);
  }
  if (input.dryRun && result.subdimensions.length > 0) {
    lines.push('', 'Sub-dimension filings:');
    for (const filing of result.subdimensions) {
      const reason = filing.by === 'label' ? `its label "${filing.label}" names it` : "the table's labelled rows are numbered by PAPI code";
      lines.push(`  line ${filing.line}: ${filing.ref ?? '(unnumbered)'} → ${filing.code} (${reason})`);
    }
  }
  lines.push('', `${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'}`);
  if (input.dryRun) lines.push(...result.warnings.map((warning) => `  warning: ${warning}`));
  lines.push(
    '',
    `Difference from content/plans/${input.planId}/ as it is now:`,
    ...diffLines('tasks', diffEntries(input.current.tasks, result.tasks)),
    ...diffLines(
      'commitments',
      diffEntries(
        input.current.commitments.filter((entry) => !isHandWritten(entry)),
        result.commitments,
      ),
    ),
  );
  if (input.dryRun) lines.push('', 'Dry run: nothing was written. Run the same command without --dry-run to write these files.');
  return lines;
}
