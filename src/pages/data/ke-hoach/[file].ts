import type { APIRoute, GetStaticPaths } from 'astro';
import { writeCsv } from '@lib/content/csv.ts';
import { publishedTasks, taskCsvRows } from '@lib/open-data/records.ts';
import type { PublishedTask } from '@schemas/open-data.ts';
import { siteData } from '@data/site-data.ts';

// Each plan's tasks as CSV (UTF-8 with BOM) and JSON, the same columns as /data/tasks.*.
export const getStaticPaths = (async () => {
  const { plans } = await siteData();
  return plans.flatMap((plan) => [
    { params: { file: `${plan.id}.json` }, props: { plan: plan.id, format: 'json' as const } },
    { params: { file: `${plan.id}.csv` }, props: { plan: plan.id, format: 'csv' as const } },
  ]);
}) satisfies GetStaticPaths;

// The published records are built and grouped once per build: building every task's
// record again for each of 800 files took three minutes at 20,000 tasks.
let byPlan: Promise<Map<string, PublishedTask[]>> | undefined;
async function tasksOf(plan: string): Promise<PublishedTask[]> {
  byPlan ??= siteData().then((data) => {
    const groups = new Map<string, PublishedTask[]>();
    for (const task of publishedTasks(data)) {
      const list = groups.get(task.plan);
      if (list) list.push(task);
      else groups.set(task.plan, [task]);
    }
    return groups;
  });
  return (await byPlan).get(plan) ?? [];
}

export const GET: APIRoute = async ({ props }) => {
  const { plan, format } = props as { plan: string; format: 'json' | 'csv' };
  const tasks = await tasksOf(plan);
  return new Response(format === 'json' ? `${JSON.stringify(tasks, null, 2)}\n` : writeCsv(taskCsvRows(tasks), { bom: true }));
};
