import type { APIRoute } from 'astro';
import { publishedTasks } from '@lib/open-data/records.ts';
import { siteData } from '@data/site-data.ts';

export const GET: APIRoute = async () => {
  const data = await siteData();
  return new Response(`${JSON.stringify(publishedTasks(data, data.indexes.progress), null, 2)}\n`);
};
