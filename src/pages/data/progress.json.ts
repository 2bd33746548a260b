import type { APIRoute } from 'astro';
import { publishedProgress } from '@lib/open-data/records.ts';
import { jsonArrayFile, textBody } from '@lib/open-data/text-pieces.ts';
import { siteData } from '@data/site-data.ts';

// Written an update at a time (src/lib/open-data/text-pieces.ts).
export const GET: APIRoute = async () => new Response(textBody(jsonArrayFile(publishedProgress(await siteData()))));
