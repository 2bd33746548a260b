import type { APIRoute } from 'astro';
import { publicSite } from '@lib/deploy/site-url.ts';
import { dataPackage } from '@lib/open-data/datapackage.ts';
import { referenceDate } from '@lib/reference-date.ts';
import { siteData } from '@data/site-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = await siteData();
  const release = { version: data.dataChangelog[0]?.version ?? null, created: referenceDate(), publicSite: publicSite() };
  return new Response(`${JSON.stringify(dataPackage(data, site?.toString() ?? '/', release), null, 2)}\n`);
};
