import type { APIRoute } from 'astro';
import { publicSite } from '@lib/deploy/site-url.ts';
import { publishedScores } from '@lib/open-data/records.ts';
import { scoreSheet, sheetTable } from '@lib/open-data/sheets.ts';
import { writeXlsx } from '@lib/open-data/xlsx.ts';
import { referenceDate } from '@lib/reference-date.ts';
import { siteData } from '@data/site-data.ts';
import { scoreSheetSchema } from '@schemas/open-data.ts';

// The scores as numbers: Excel with Vietnamese settings reads "47.8212" in a CSV as 478212 ('.' groups thousands there).
export const GET: APIRoute = async () => {
  const rows = sheetTable(scoreSheetSchema, scoreSheet(publishedScores(await siteData()), publicSite()));
  return new Response(Buffer.from(await writeXlsx('Điểm PAPI', rows, new Date(`${referenceDate()}T00:00:00Z`))));
};
