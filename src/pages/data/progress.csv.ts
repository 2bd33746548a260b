import type { APIRoute } from 'astro';
import { writeCsv } from '@lib/content/csv.ts';
import { csvRows, publishedProgress } from '@lib/open-data/records.ts';
import { siteData } from '@data/site-data.ts';
import { publishedProgressSchema } from '@schemas/open-data.ts';

// UTF-8 with a byte-order mark, so that spreadsheet programs show Vietnamese correctly.
export const GET: APIRoute = async () =>
  new Response(
    writeCsv(
      csvRows(Object.keys(publishedProgressSchema.shape) as Array<keyof ReturnType<typeof publishedProgress>[number]>, publishedProgress(await siteData())),
      { bom: true },
    ),
  );
