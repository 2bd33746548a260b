/**
 * Runs on every page as Astro renders it (at build time: the site is static).
 * Puts white space between adjacent block elements (word-boundaries.ts), so that
 * words never run together in the search index or in text extraction. Done here,
 * on the page in memory, rather than by reading and rewriting every built file
 * afterwards: at 100,000 tasks (280,000 pages) the rewrite alone took minutes (issue 17).
 * For the same reason it records each page's search declaration for the index step
 * (declared-pages.ts), which would otherwise open every built page again.
 */
import { defineMiddleware } from 'astro:middleware';
import { recordPage } from './lib/search/declared-pages.ts';
import { separateBlocks } from './lib/search/word-boundaries.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
  const html = separateBlocks(await response.text());
  recordPage(context.url.pathname, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
