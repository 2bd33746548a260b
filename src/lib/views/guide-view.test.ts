import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../content/corpus.ts';
import { guidesBySubdimension, guidesByTask, guidesIn, guideTasksByPlan } from './guide-view.ts';

const corpus = loadCorpus('content', { today: '2026-11-22' });
const tasks = new Map(corpus.tasks.map((task) => [task.id, task]));
const plans = new Map(corpus.plans.map((plan) => [plan.id, plan]));

describe('guideTasksByPlan', () => {
  it('groups tasks under their plans, newest plan first, tasks in printed order', () => {
    const groups = guideTasksByPlan(['nga-nam-2021-1-c', 'chi-lang-2024-1-c', 'nga-nam-2021-1-a', 'dak-rlap-2024-1-3'], tasks, plans);
    expect(groups.map((group) => group.plan.id)).toEqual(['chi-lang-2024', 'dak-rlap-2024', 'nga-nam-2021']);
    expect(groups[2]?.tasks.map((task) => task.id)).toEqual(['nga-nam-2021-1-a', 'nga-nam-2021-1-c']);
  });
  it('refuses an unknown task rather than dropping it', () => {
    expect(() => guideTasksByPlan(['nga-nam-2021-99-z'], tasks, plans)).toThrow(/nga-nam-2021-99-z/);
  });
});

describe('lookups', () => {
  const guides = [
    { slug: 'b', lang: 'vi' as const, order: 2, tasks: ['x', 'y'], subdimensions: ['1.3'] },
    { slug: 'a', lang: 'vi' as const, order: 1, tasks: ['y'], subdimensions: ['1.3', '2.4'] },
    { slug: 'a', lang: 'en' as const, order: 1, tasks: ['y'], subdimensions: ['1.3', '2.4'] },
  ];
  it('lists one language in editorial order', () => {
    expect(guidesIn(guides, 'vi').map((guide) => guide.slug)).toEqual(['a', 'b']);
  });
  it('finds the guides of a task and of a sub-dimension', () => {
    const vi = guidesIn(guides, 'vi');
    expect(
      guidesByTask(vi)
        .get('y')
        ?.map((guide) => guide.slug),
    ).toEqual(['a', 'b']);
    expect(
      guidesByTask(vi)
        .get('x')
        ?.map((guide) => guide.slug),
    ).toEqual(['b']);
    expect(
      guidesBySubdimension(vi)
        .get('2.4')
        ?.map((guide) => guide.slug),
    ).toEqual(['a']);
  });
});
