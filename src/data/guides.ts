/**
 * The rights guides as pages see them: the MDX entries of the "guides"
 * collection with the language and slug their path gives them
 * (content/guides/<lang>/<slug>.mdx).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { guidesByTask, guidesIn } from '../lib/views/guide-view.ts';
import type { Lang } from '../lib/routes/urls.ts';

export interface GuidePage {
  entry: CollectionEntry<'guides'>;
  slug: string;
  lang: Lang;
  order: number;
  tasks: string[];
  subdimensions: string[];
}

let cached: Promise<GuidePage[]> | null = null;

async function read(): Promise<GuidePage[]> {
  const entries = await getCollection('guides');
  return entries.map((entry) => {
    const [lang, slug] = entry.id.split('/');
    if ((lang !== 'vi' && lang !== 'en') || !slug) throw new Error(`content/guides/${entry.id}.mdx: guides live in content/guides/vi/ or content/guides/en/`);
    return { entry, slug, lang, order: entry.data.order, tasks: entry.data.tasks, subdimensions: entry.data.subdimensions };
  });
}

/** Every guide in every language, read once per build. */
export function guidePages(): Promise<GuidePage[]> {
  cached ??= read();
  return cached;
}

const byTask = new Map<Lang, Promise<Map<string, GuidePage[]>>>();

/** The guides (in one language) that link each task, built once per language and build. */
export function guidesForTasks(lang: Lang): Promise<Map<string, GuidePage[]>> {
  let lookup = byTask.get(lang);
  if (!lookup) {
    lookup = guidePages().then((guides) => guidesByTask(guidesIn(guides, lang)));
    byTask.set(lang, lookup);
  }
  return lookup;
}
