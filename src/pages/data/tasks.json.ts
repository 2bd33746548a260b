import type { APIRoute } from 'astro';
import { publishedTasks } from '@lib/open-data/records.ts';
import { jsonArrayFile, textBody } from '@lib/open-data/text-pieces.ts';
import { siteData } from '@data/site-data.ts';

export const GET: APIRoute = async () => {
  const data = await siteData();
  // Written a task at a time: 164 MB at 100,000 tasks (src/lib/open-data/text-pieces.ts).
  return new Response(textBody(jsonArrayFile(publishedTasks(data, data.indexes.progress))));
};
