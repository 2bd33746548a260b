import type { APIRoute, GetStaticPaths } from 'astro';
import { writeCsv } from '../../../lib/content/csv.ts';
import { publishedTasks, taskCsvRows } from '../../../lib/open-data/records.ts';
import { siteData } from '../../../lib/site-data.ts';

// Each plan's tasks as CSV (UTF-8 with BOM) and JSON, the same columns as /data/tasks.*.
export const getStaticPaths = (async () => {
  const { plans } = await siteData();
  return plans.flatMap((plan) => [
    { params: { file: `${plan.id}.json` }, props: { plan: plan.id, format: 'json' as const } },
    { params: { file: `${plan.id}.csv` }, props: { plan: plan.id, format: 'csv' as const } },
  ]);
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { plan, format } = props as { plan: string; format: 'json' | 'csv' };
  const tasks = publishedTasks(await siteData()).filter((task) => task.plan === plan);
  return new Response(format === 'json' ? `${JSON.stringify(tasks, null, 2)}\n` : writeCsv(taskCsvRows(tasks), { bom: true }));
};
