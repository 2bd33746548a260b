/**
 * Status derivation. Updates here are test data built in the test, never published.
 */
import { describe, expect, it } from 'vitest';
import { planSchema, type Plan } from '../../schemas/plan.ts';
import type { Progress } from '../../schemas/progress.ts';
import type { Task } from '../../schemas/task.ts';
import { parseDeadline } from '../import/deadline.ts';
import { ProgressIndex } from './progress-index.ts';
import { summarise, taskProgress } from './status.ts';

const source = { title: 'Báo cáo (dữ liệu thử nghiệm)', number: null, date: null, url: null };
const update = (task: string, date: string, status: Progress['status']): Progress => ({ task, date, status, source, note: null });
const index = (updates: Progress[]) => new ProgressIndex(updates);
const none = index([]);

function task(id: string, deadline: string | null, period = { from: 2021, to: 2021 }): Task {
  return {
    id,
    plan: 'ke-hoach-thu',
    part: null,
    ref: '1',
    order: 1,
    dimension: 1,
    subdimension: null,
    subdimension_label: null,
    group: null,
    text: 'Nhiệm vụ thử nghiệm',
    actions: [],
    lead: [],
    lead_printed: null,
    partners: [],
    partners_printed: null,
    output: null,
    deadline: parseDeadline(deadline, period),
    footnotes: [],
    source_line: 1,
  };
}

describe('status derivation', () => {
  it('no report: the status is no_report, never inferred', () => {
    expect(taskProgress(task('a', 'Quý IV/2021'), none, '2021-06-01', undefined)).toMatchObject({
      status: 'no_report',
      history: [],
      overdueWithoutReport: false,
    });
  });
  it('a report: its status, with the report in the history', () => {
    const state = taskProgress(task('a', 'Quý IV/2021'), index([update('a', '2021-10-01', 'in_progress')]), '2021-11-01', undefined);
    expect(state.status).toBe('in_progress');
    expect(state.history).toHaveLength(1);
  });
  it('several reports out of order: the latest by date wins, history newest first', () => {
    const updates = [update('a', '2022-03-01', 'done'), update('a', '2021-10-01', 'in_progress'), update('a', '2021-12-01', 'delayed')];
    const state = taskProgress(task('a', 'Quý IV/2021'), index(updates), '2022-06-01', undefined);
    expect(state.status).toBe('done');
    expect(state.history.map((entry) => entry.date)).toEqual(['2022-03-01', '2021-12-01', '2021-10-01']);
    expect(index(updates).latest('a')).toBe('done');
  });
  it('deadline passed without a report: flagged', () => {
    expect(taskProgress(task('a', 'Quý IV/2021'), none, '2022-01-01', undefined)).toMatchObject({ deadline: 'passed', overdueWithoutReport: true });
  });
  it('deadline passed with a report: not flagged as without report', () => {
    expect(taskProgress(task('a', 'Quý IV/2021'), index([update('a', '2021-12-15', 'delayed')]), '2022-01-01', undefined)).toMatchObject({
      deadline: 'passed',
      overdueWithoutReport: false,
      status: 'delayed',
    });
  });
  it('recurring task: judged per year of its period', () => {
    const recurring = task('r', 'Hằng năm (2021-2025)', { from: 2021, to: 2025 });
    const state = taskProgress(recurring, index([update('r', '2022-12-01', 'ongoing')]), '2024-06-01', undefined);
    expect(state.years).toEqual([
      { year: 2021, status: 'no_report' },
      { year: 2022, status: 'ongoing' },
      { year: 2023, status: 'no_report' },
      { year: 2024, status: 'no_report' },
    ]);
    expect(state.deadline).toBe('recurring');
  });
  it('multi-year period: a recurring task is late only once the whole period has ended', () => {
    const recurring = task('r', 'Thường xuyên (2021-2025)', { from: 2021, to: 2025 });
    expect(taskProgress(recurring, none, '2025-12-31', undefined).overdueWithoutReport).toBe(false);
    expect(taskProgress(recurring, none, '2026-01-01', undefined).overdueWithoutReport).toBe(true);
  });
  it('cancelled: shown as cancelled and not counted as unfinished', () => {
    const summary = summarise([task('c', 'Quý IV/2021')], index([update('c', '2021-08-01', 'cancelled')]), '2022-06-01', new Map());
    expect(summary.byStatus.cancelled).toBe(1);
    expect(summary.overdueNotFinished).toBe(0);
    expect(summary.overdueWithoutReport).toBe(0);
  });
  it('summaries count by status and the tasks past their deadline without a report', () => {
    const tasks = [task('a', 'Quý IV/2021'), task('b', 'Quý IV/2021'), task('c', 'Theo kế hoạch')];
    const summary = summarise(tasks, index([update('a', '2021-12-01', 'done')]), '2022-01-10', new Map());
    expect(summary).toMatchObject({ total: 3, overdueWithoutReport: 1, overdueNotFinished: 1 });
    expect(summary.byStatus).toMatchObject({ done: 1, no_report: 2 });
  });
});

describe('one rule for every count: a plan whose period has ended', () => {
  // A labelled test plan, built here and never published.
  const plan: Plan = planSchema.parse({
    id: 'ke-hoach-thu',
    title: 'Kế hoạch thử nghiệm',
    issuer: 'UBND thử nghiệm',
    locality: 'thu',
    province: 'thu',
    level: 'district',
    period: { from: 2021, to: 2021 },
    document_number: null,
    issued: null,
    source: { file: 'thu.txt', note: { vi: 'dữ liệu thử nghiệm', en: 'test data' } },
  });
  const plans = new Map([[plan.id, plan]]);
  const noDeadline = task('n', null);
  const conditional = task('c', 'Theo kế hoạch');

  it('a task printing no deadline counts as "plan period ended, no report held" once the plan\'s year is over', () => {
    expect(taskProgress(noDeadline, none, '2021-06-01', plan)).toMatchObject({ deadline: 'none', overdueWithoutReport: false });
    expect(taskProgress(noDeadline, none, '2026-12-02', plan)).toMatchObject({ deadline: 'plan-ended', overdueWithoutReport: true });
    expect(taskProgress(conditional, none, '2026-12-02', plan)).toMatchObject({ deadline: 'plan-ended', overdueWithoutReport: true });
  });

  it('a plan of 2021 whose tasks print no deadline does not read as on track in 2026', () => {
    expect(summarise([noDeadline, conditional, task('q', 'Quý IV/2021')], none, '2026-12-02', plans)).toMatchObject({ total: 3, overdueWithoutReport: 3 });
  });

  it("the counts of any subset (an agency's, a dimension's) add up to the plan's, task by task", () => {
    const tasks = [noDeadline, conditional, task('q', 'Quý IV/2021'), task('r', 'Thường xuyên'), task('d', 'Quý IV/2022', { from: 2021, to: 2022 })];
    const updates = index([update('q', '2021-12-01', 'done')]);
    const whole = summarise(tasks, updates, '2022-06-01', plans);
    const halves = [summarise(tasks.slice(0, 2), updates, '2022-06-01', plans), summarise(tasks.slice(2), updates, '2022-06-01', plans)];
    expect(halves[0]!.overdueWithoutReport + halves[1]!.overdueWithoutReport).toBe(whole.overdueWithoutReport);
    const perTask = tasks.filter((one) => taskProgress(one, updates, '2022-06-01', plans.get(one.plan)).overdueWithoutReport).length;
    expect(whole.overdueWithoutReport).toBe(perTask);
    expect(whole.overdueWithoutReport).toBe(3);
  });
});
