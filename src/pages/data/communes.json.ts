import type { APIRoute } from 'astro';
import { publishedCommunes } from '@lib/open-data/communes.ts';
import { siteData } from '@data/site-data.ts';

export const GET: APIRoute = async () => new Response(`${JSON.stringify(publishedCommunes((await siteData()).places), null, 2)}\n`);
