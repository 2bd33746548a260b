import type { APIRoute } from 'astro';
import { writeCsv } from '@lib/content/csv.ts';
import { publishedTasks, taskCsvRows } from '@lib/open-data/records.ts';
import { siteData } from '@data/site-data.ts';

// A byte-order mark makes spreadsheet programs read the file as UTF-8, so Vietnamese shows correctly.
export const GET: APIRoute = async () => new Response(writeCsv(taskCsvRows(publishedTasks(await siteData())), { bom: true }));
