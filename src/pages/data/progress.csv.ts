import type { APIRoute } from 'astro';
import { csvPieces } from '@lib/content/csv.ts';
import { publicSite } from '@lib/deploy/site-url.ts';
import { publishedProgress } from '@lib/open-data/records.ts';
import { progressSheet, sheetRows } from '@lib/open-data/sheets.ts';
import { textBody } from '@lib/open-data/text-pieces.ts';
import { siteData } from '@data/site-data.ts';
import { progressSheetSchema } from '@schemas/open-data.ts';

// For spreadsheets: Vietnamese headers, UTF-8 with a byte-order mark (see src/lib/open-data/sheets.ts).
export const GET: APIRoute = async () => {
  const data = await siteData();
  return new Response(
    textBody(csvPieces(sheetRows(progressSheetSchema, progressSheet(publishedProgress(data), { ...data, site: publicSite() })), { bom: true })),
  );
};
