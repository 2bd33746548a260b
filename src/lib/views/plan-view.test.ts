import { describe, expect, it } from 'vitest';
import type { Task } from '../../schemas/task.ts';
import { importReal, realCorpus } from '../../__tests__/real-import.ts';
import { planSections } from './plan-view.ts';
import { countByPlan } from './dimension-view.ts';
import { RelatedIndex, type RelatedTasks } from './task-view.ts';

/** The related tasks of `task` among `tasks`, as a task page gets them from the build's index. */
const relatedTasks = (task: Task, tasks: readonly Task[], options: { limit?: number; provinceOf?: (plan: string) => string | undefined } = {}): RelatedTasks =>
  new RelatedIndex(tasks, options.provinceOf).related(task, options.limit);

describe('planSections', () => {
  it('groups Ngã Năm by dimension and sub-dimension in printed order', () => {
    const sections = planSections(importReal('nga-nam-2021').tasks, realCorpus.dimensions);
    expect(sections.map((section) => section.dimension)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(sections[0]?.groups.map((group) => group.code)).toEqual(['1.1', '1.2', '1.3', '1.4']);
    expect(sections.reduce((sum, section) => sum + section.count, 0)).toBe(24);
  });
  it("groups Sóc Trăng's activities by the plan's own groups", () => {
    const sections = planSections(importReal('soc-trang-2023').tasks, realCorpus.dimensions);
    expect(sections).toHaveLength(1);
    expect(sections[0]?.dimension).toBeNull();
    expect(sections[0]?.groups).toHaveLength(6);
  });
});

describe('relatedTasks', () => {
  it('finds the election tasks of the other plans', () => {
    const all = ['nga-nam-2021', 'chi-lang-2024', 'dak-rlap-2024'].flatMap((id) => importReal(id).tasks);
    const nganam = all.find((task) => task.id === 'nga-nam-2021-1-c');
    const related = relatedTasks(nganam!, all);
    expect(related.tasks.map((task) => task.id)).toEqual(['chi-lang-2024-1-c', 'dak-rlap-2024-1-3']);
    expect(related.total).toBe(2);
  });

  const task = (plan: string, order: number, subdimension: string | null = '1.1') => ({
    ...importReal('nga-nam-2021').tasks[0]!,
    id: `${plan}-${order}`,
    plan,
    order,
    subdimension,
  });
  const many = ['a', 'b', 'c', 'd'].flatMap((plan) => [1, 2, 3, 4, 5].map((order) => task(plan, order)));

  it('shows at most the limit, one task per plan in turn, and counts them all', () => {
    const related = relatedTasks(task('x', 1), many, { limit: 6 });
    expect(related.total).toBe(20);
    expect(related.tasks.map((entry) => entry.id)).toEqual(['a-1', 'a-2', 'b-1', 'b-2', 'c-1', 'd-1']);
  });
  it('puts the plans of the same province first', () => {
    const provinceOf = (plan: string) => (plan === 'c' || plan === 'x' ? 'p1' : 'p2');
    const related = relatedTasks(task('x', 1), many, { limit: 3, provinceOf });
    expect(related.tasks.map((entry) => entry.id)).toEqual(['c-1', 'a-1', 'b-1']);
  });
  it('gives each task its own answer when the grouping of a list is reused', () => {
    const provinceOf = (plan: string) => (plan === 'a' || plan === 'b' ? 'p1' : 'p2');
    const index = new RelatedIndex(many, provinceOf);
    const fromA = index.related(many[0]!, 3);
    const fromC = index.related(many[10]!, 3);
    const fromAAgain = index.related(many[1]!, 3);
    expect(fromA.tasks.map((entry) => entry.id)).toEqual(['b-1', 'c-1', 'd-1']);
    expect(fromA.total).toBe(15);
    expect(fromC.tasks.map((entry) => entry.id)).toEqual(['d-1', 'a-1', 'b-1']);
    expect(fromAAgain).toEqual(fromA);
  });
  it('leaves out the task’s own plan, other sub-dimensions, and tasks without one', () => {
    const list = [task('x', 2), task('a', 1, '1.2'), task('b', 1)];
    expect(relatedTasks(task('x', 1), list).tasks.map((entry) => entry.id)).toEqual(['b-1']);
    expect(relatedTasks(task('x', 1, null), list)).toEqual({ tasks: [], total: 0 });
  });
});

describe('countByPlan', () => {
  it('counts the tasks of each plan in the order the plans appear', () => {
    const tasks = importReal('nga-nam-2021').tasks.slice(0, 3).concat(importReal('chi-lang-2024').tasks.slice(0, 2));
    expect(countByPlan(tasks)).toEqual([
      { plan: 'nga-nam-2021', count: 3 },
      { plan: 'chi-lang-2024', count: 2 },
    ]);
  });
});
