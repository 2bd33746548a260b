import type { APIRoute } from 'astro';
import { publicSite } from '@lib/deploy/site-url.ts';
import { publishedLocalities } from '@lib/open-data/records.ts';
import { localitySheet, sheetTable } from '@lib/open-data/sheets.ts';
import { writeXlsx } from '@lib/open-data/xlsx.ts';
import { referenceDate } from '@lib/reference-date.ts';
import { siteData } from '@data/site-data.ts';
import { localitySheetSchema } from '@schemas/open-data.ts';

// The rows of localities.csv as a workbook, for Excel set to Vietnamese regional settings (';' between cells).
export const GET: APIRoute = async () => {
  const rows = sheetTable(localitySheetSchema, localitySheet(publishedLocalities(await siteData()), publicSite()));
  return new Response(Buffer.from(await writeXlsx('Địa phương', rows, new Date(`${referenceDate()}T00:00:00Z`))));
};
