/** The build's lookups, on the real content: each must give what a scan of the lists gives. */
import { describe, expect, it } from 'vitest';
import { isUnit } from '../../schemas/agency.ts';
import { loadCorpus } from './corpus.ts';
import { buildIndexes } from './indexes.ts';

const corpus = loadCorpus('content', { today: '2026-12-03' });
const agencies = corpus.agencies.filter(isUnit);
const indexes = buildIndexes({ agencies, plans: corpus.plans, tasks: corpus.tasks, localities: corpus.localities, progress: corpus.progress });

describe('buildIndexes', () => {
  it("gives each locality's offices in the content's order, as a scan does", () => {
    for (const locality of corpus.localities) {
      expect(indexes.agenciesByLocality.get(locality.id) ?? []).toEqual(agencies.filter((agency) => agency.locality === locality.id));
    }
    expect(indexes.agenciesByLocality.get('chi-lang')?.length).toBeGreaterThan(10);
  });

  it("gives each plan's place in the content's order", () => {
    expect(corpus.plans.map((plan) => indexes.planOrder.get(plan.id))).toEqual(corpus.plans.map((_plan, index) => index));
  });

  it("gives each plan's tasks, all of them once", () => {
    for (const plan of corpus.plans) {
      expect((indexes.tasksByPlan.get(plan.id) ?? []).map((task) => task.id).sort()).toEqual(
        corpus.tasks
          .filter((task) => task.plan === plan.id)
          .map((task) => task.id)
          .sort(),
      );
    }
  });
});
