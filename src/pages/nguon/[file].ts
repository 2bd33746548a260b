import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '@data/site-data.ts';
import { contentRoot, readSources } from '@lib/content/corpus.ts';

// The verbatim source text of each plan, published for provenance. The content
// collections have validated the corpus (each plan's source file exists), so only the
// source files are read here: re-reading the corpus cost seconds on a national one.
export const getStaticPaths = (async () => {
  const { plans } = await siteData();
  const sources = readSources(contentRoot());
  return plans.map((plan) => ({ params: { file: plan.source.file }, props: { text: sources.get(plan.source.file) ?? '' } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { text: string }).text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
