/**
 * The rights guides in the built site (dist/, made by "npm run build"): every
 * guide in both languages lists every task its frontmatter links, with a
 * working link, and its legal bases and last-checked date.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../lib/content/corpus.ts';

const DIST = 'dist';
const built = existsSync(path.join(DIST, 'huong-dan', 'index.html'));
const corpus = loadCorpus('content', { today: '2026-11-22' });
const page = (lang: 'vi' | 'en', slug: string) => readFileSync(path.join(DIST, ...(lang === 'en' ? ['en'] : []), 'huong-dan', slug, 'index.html'), 'utf8');

describe.skipIf(!built)('rights guides in dist/ (run "npm run build" first)', () => {
  for (const guide of corpus.guides) {
    const prefix = guide.lang === 'en' ? '/en' : '';
    it(`${prefix}/huong-dan/${guide.slug}/ lists its ${guide.tasks.length} tasks, each linking to a page that exists`, () => {
      const html = page(guide.lang, guide.slug);
      for (const id of guide.tasks) {
        expect(html, id).toContain(`href="${prefix}/nhiem-vu/${id}/"`);
        expect(existsSync(path.join(DIST, ...(guide.lang === 'en' ? ['en'] : []), 'nhiem-vu', id, 'index.html')), id).toBe(true);
      }
    });
    it(`${prefix}/huong-dan/${guide.slug}/ shows its legal bases and last-checked date`, () => {
      const html = page(guide.lang, guide.slug);
      for (const basis of guide.legal_bases) expect(html).toContain(basis.number);
      const [year, month, day] = guide.last_checked.split('-');
      expect(html).toContain(guide.lang === 'vi' ? `${day}/${month}/${year}` : `${day}/${month}/${year}`);
    });
  }

  it('the elections guide lists the Ngã Năm "Chất lượng bầu cử Trưởng ấp, Trưởng khóm" and the Chi Lăng "Chất lượng bầu cử Trưởng thôn" tasks', () => {
    const html = page('vi', 'bau-cu');
    const electionTasks = corpus.tasks.filter((task) => /Chất lượng bầu cử Trư[ờở]ng (ấp|thôn)/.test(task.subdimension_label ?? ''));
    expect(electionTasks.map((task) => task.id).sort()).toEqual(['chi-lang-2024-1-c', 'dak-rlap-2024-1-3', 'nga-nam-2021-1-c']);
    for (const task of electionTasks) expect(html).toContain(`href="/nhiem-vu/${task.id}/"`);
  });

  it('every task filed under a sub-dimension that a guide covers is linked from a guide', () => {
    const vi = corpus.guides.filter((candidate) => candidate.lang === 'vi');
    const covered = new Set(vi.flatMap((guide) => guide.subdimensions));
    const linked = new Set(vi.flatMap((guide) => guide.tasks));
    const unlinked = corpus.tasks.filter((task) => task.subdimension && covered.has(task.subdimension) && !linked.has(task.id)).map((task) => task.id);
    expect(unlinked).toEqual([]);
  });

  it('a task page links back to the guides that cite it', () => {
    const html = readFileSync(path.join(DIST, 'nhiem-vu', 'nga-nam-2021-1-c', 'index.html'), 'utf8');
    expect(html).toContain('href="/huong-dan/bau-cu/"');
  });

  it('the home page and the navigation lead to the guides', () => {
    const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
    expect(html).toContain('href="/huong-dan/"');
    for (const guide of corpus.guides.filter((candidate) => candidate.lang === 'vi')) expect(html).toContain(`href="/huong-dan/${guide.slug}/"`);
  });

  it('guides are in the search index, typed as guides', () => {
    const html = page('vi', 'bau-cu');
    expect(html).toContain('data-pagefind-body');
    expect(html).toContain('data-pagefind-meta="type[data-value]" data-value="guide"');
    expect(html).toContain('data-pagefind-filter="type[data-value]" data-value="Hướng dẫn quyền của người dân"');
  });
});
