import type { APIRoute } from 'astro';
import { publicSite } from '@lib/deploy/site-url.ts';
import { publishedTasks } from '@lib/open-data/records.ts';
import { sheetTable, taskSheet } from '@lib/open-data/sheets.ts';
import { writeXlsx } from '@lib/open-data/xlsx.ts';
import { referenceDate } from '@lib/reference-date.ts';
import { siteData } from '@data/site-data.ts';
import { taskSheetSchema } from '@schemas/open-data.ts';

// The rows of tasks.csv as a workbook, for Excel set to Vietnamese regional settings (';' between cells).
export const GET: APIRoute = async () => {
  const data = await siteData();
  const rows = sheetTable(taskSheetSchema, taskSheet(publishedTasks(data, data.indexes.progress), { ...data, site: publicSite() }));
  return new Response(Buffer.from(await writeXlsx('Nhiệm vụ', rows, new Date(`${referenceDate()}T00:00:00Z`))));
};
