import type { APIRoute } from 'astro';
import { writeCsv } from '@lib/content/csv.ts';
import { publicSite } from '@lib/deploy/site-url.ts';
import { communeSheet, publishedCommunes } from '@lib/open-data/communes.ts';
import { sheetRows } from '@lib/open-data/sheets.ts';
import { siteData } from '@data/site-data.ts';
import { communeSheetSchema } from '@schemas/open-data.ts';

// For spreadsheets: Vietnamese headers, UTF-8 with a byte-order mark (see src/lib/open-data/sheets.ts).
export const GET: APIRoute = async () =>
  new Response(writeCsv(sheetRows(communeSheetSchema, communeSheet(publishedCommunes((await siteData()).places), publicSite())), { bom: true }));
