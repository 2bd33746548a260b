import type { APIRoute } from 'astro';
import { writeCsv } from '@lib/content/csv.ts';
import { publicSite } from '@lib/deploy/site-url.ts';
import { publishedScores } from '@lib/open-data/records.ts';
import { SCORE_DECIMALS, scoreSheet, sheetRows } from '@lib/open-data/sheets.ts';
import { siteData } from '@data/site-data.ts';
import { scoreSheetSchema } from '@schemas/open-data.ts';

// For spreadsheets: Vietnamese headers, UTF-8 with a byte-order mark, scores with PAPI's four decimals (src/lib/open-data/sheets.ts).
export const GET: APIRoute = async () =>
  new Response(writeCsv(sheetRows(scoreSheetSchema, scoreSheet(publishedScores(await siteData()), publicSite()), SCORE_DECIMALS), { bom: true }));
