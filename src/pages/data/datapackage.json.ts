import type { APIRoute } from 'astro';
import { dataPackage } from '@lib/open-data/datapackage.ts';
import { siteData } from '@data/site-data.ts';

export const GET: APIRoute = async ({ site }) => new Response(`${JSON.stringify(dataPackage(await siteData(), site?.toString() ?? '/'), null, 2)}\n`);
