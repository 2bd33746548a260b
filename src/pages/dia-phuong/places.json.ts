/** The finder's names (src/lib/geography/finder.ts): one file for both languages, fetched when a citizen starts to type. */
import type { APIRoute } from 'astro';
import { buildFinderData } from '@lib/geography/finder.ts';
import { siteData } from '@data/site-data.ts';

export const GET: APIRoute = async () => {
  const { places, localities, plans } = await siteData();
  if (!places) return new Response('{"p":[],"c":[],"ids":{},"d":[],"o":[],"pages":{}}');
  const planCount = (locality: string) => plans.filter((plan) => plan.locality === locality).length;
  return new Response(JSON.stringify(buildFinderData(places, localities, planCount)));
};
