import type { APIRoute } from 'astro';
import { publishedLocalities } from '@lib/open-data/records.ts';
import { siteData } from '@data/site-data.ts';

export const GET: APIRoute = async () => new Response(`${JSON.stringify(publishedLocalities(await siteData()), null, 2)}\n`);
