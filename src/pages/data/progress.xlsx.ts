import type { APIRoute } from 'astro';
import { publicSite } from '@lib/deploy/site-url.ts';
import { publishedProgress } from '@lib/open-data/records.ts';
import { progressSheet, sheetTable } from '@lib/open-data/sheets.ts';
import { writeXlsx } from '@lib/open-data/xlsx.ts';
import { referenceDate } from '@lib/reference-date.ts';
import { siteData } from '@data/site-data.ts';
import { progressSheetSchema } from '@schemas/open-data.ts';

// The rows of progress.csv as a workbook, for Excel set to Vietnamese regional settings (';' between cells).
export const GET: APIRoute = async () => {
  const data = await siteData();
  const rows = sheetTable(progressSheetSchema, progressSheet(publishedProgress(data), { ...data, site: publicSite() }));
  return new Response(Buffer.from(await writeXlsx('Tiến độ', rows, new Date(`${referenceDate()}T00:00:00Z`))));
};
