import type { APIRoute } from 'astro';
import { writeCsv } from '@lib/content/csv.ts';
import { csvRows, publishedScores, SCORE_CSV_COLUMNS } from '@lib/open-data/records.ts';
import { siteData } from '@data/site-data.ts';

// UTF-8 with a byte-order mark, so that spreadsheet programs show Vietnamese correctly.
export const GET: APIRoute = async () => new Response(writeCsv(csvRows(SCORE_CSV_COLUMNS, publishedScores(await siteData())), { bom: true }));
