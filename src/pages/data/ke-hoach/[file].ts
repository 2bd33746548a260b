import type { APIRoute, GetStaticPaths } from 'astro';
import { writeCsv } from '@lib/content/csv.ts';
import { publicSite } from '@lib/deploy/site-url.ts';
import { publishedTasks } from '@lib/open-data/records.ts';
import { sheetRows, taskSheet } from '@lib/open-data/sheets.ts';
import { taskSheetSchema, type PublishedTask } from '@schemas/open-data.ts';
import { siteData } from '@data/site-data.ts';

// Each plan's tasks as JSON (the columns of /data/tasks.json) and CSV (those of /data/tasks.csv, UTF-8 with BOM).
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
    for (const task of publishedTasks(data, data.indexes.progress)) {
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
  if (format === 'json') return new Response(`${JSON.stringify(tasks, null, 2)}\n`);
  const data = await siteData();
  return new Response(writeCsv(sheetRows(taskSheetSchema, taskSheet(tasks, { ...data, site: publicSite() })), { bom: true }));
};
