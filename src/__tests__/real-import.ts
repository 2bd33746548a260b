/**
 * Test helper: imports one of the five real source documents with the real
 * registries, exactly as "npm run import" does, without writing anything.
 */
import { readFileSync } from 'node:fs';
import { readCorpus } from '../lib/content/corpus.ts';
import { importPlan, type ImportResult } from '../lib/import/plan-import.ts';
import type { Task } from '../schemas/task.ts';

const cache = new Map<string, ImportResult>();
const { corpus } = readCorpus('content');

export function importReal(planId: string): ImportResult {
  const cached = cache.get(planId);
  if (cached) return cached;
  const plan = corpus.plans.find((candidate) => candidate.id === planId);
  if (!plan) throw new Error(`no plan ${planId} in content/plans`);
  const text = readFileSync(`content/sources/${plan.source.file}`, 'utf8');
  const result = importPlan(text, { plan, dimensions: corpus.dimensions, agencies: corpus.agencies, localities: corpus.localities });
  cache.set(planId, result);
  return result;
}

export function task(planId: string, id: string): Task {
  const found = importReal(planId).tasks.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no task ${id} in ${planId}`);
  return found;
}

export function perDimension(tasks: readonly Task[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const entry of tasks) {
    const key = String(entry.dimension);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

export const realCorpus = corpus;
