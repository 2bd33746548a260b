import type { APIRoute } from 'astro';
import { publicSite } from '@lib/deploy/site-url.ts';
import { communeSheet, publishedCommunes } from '@lib/open-data/communes.ts';
import { sheetTable } from '@lib/open-data/sheets.ts';
import { writeXlsx } from '@lib/open-data/xlsx.ts';
import { referenceDate } from '@lib/reference-date.ts';
import { siteData } from '@data/site-data.ts';
import { communeSheetSchema } from '@schemas/open-data.ts';

// The rows of communes.csv as a workbook: the codes stay text ("00070"), which a CSV opened in a spreadsheet makes 70.
export const GET: APIRoute = async () => {
  const rows = sheetTable(communeSheetSchema, communeSheet(publishedCommunes((await siteData()).places), publicSite()));
  return new Response(Buffer.from(await writeXlsx('Xã, phường, đặc khu', rows, new Date(`${referenceDate()}T00:00:00Z`))));
};
