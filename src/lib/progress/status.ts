/**
 * A task's status is what the latest dated report says; silence is shown as
 * "no_report" and never read as any status.
 */
import type { Progress, ProgressStatus } from '../../schemas/progress.ts';

export function updatesFor(taskId: string, progress: readonly Progress[]): Progress[] {
  return progress.filter((update) => update.task === taskId).sort((a, b) => a.date.localeCompare(b.date));
}

export function latestStatus(taskId: string, progress: readonly Progress[]): ProgressStatus | 'no_report' {
  return updatesFor(taskId, progress).at(-1)?.status ?? 'no_report';
}
