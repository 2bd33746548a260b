import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../lib/site-data.ts';
import { loadCorpusOnce } from '../../lib/content/corpus.ts';

// The verbatim source text of each plan, published for provenance.
export const getStaticPaths = (async () => {
  const { plans } = await siteData();
  const sources = loadCorpusOnce(process.env.PAPI_CONTENT_DIR ?? 'content').sources;
  return plans.map((plan) => ({ params: { file: plan.source.file }, props: { text: sources.get(plan.source.file) ?? '' } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { text: string }).text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
