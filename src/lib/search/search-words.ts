/**
 * The site's words beginning with d or đ (see lib/search/d-words.ts), gathered
 * once per build from everything the pages show: the content collections, the
 * guides (their text and frontmatter) and the interface strings of both languages.
 */
import en from '../../i18n/en.json';
import vi from '../../i18n/vi.json';
import { guidePages } from '../../data/guides.ts';
import { dWords, NOT_SHOWN, stringsIn } from './d-words.ts';
import { siteData } from '../../data/site-data.ts';

let cached: Promise<string[]> | null = null;

async function read(): Promise<string[]> {
  const { plans, tasks, commitments, agencies, localities, progress, dimensions } = await siteData();
  const guides = await guidePages();
  return dWords([
    ...stringsIn([plans, tasks, commitments, agencies, localities, progress, dimensions, vi, en], NOT_SHOWN),
    ...guides.flatMap((guide) => [guide.entry.body ?? '', ...stringsIn(guide.entry.data, NOT_SHOWN)]),
  ]);
}

export function siteDWords(): Promise<string[]> {
  cached ??= read();
  return cached;
}
