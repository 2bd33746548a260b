/**
 * The rights guides in the built site (dist/, made by "npm run build"): every
 * guide in both languages lists every task its frontmatter links, with a
 * working link, and its legal bases and last-checked date.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../lib/content/corpus.ts';

const DIST = 'dist';
const corpus = loadCorpus('content', { today: '2026-12-02' });
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => path.join(dir, name));
const page = (lang: 'vi' | 'en', slug: string) => readFileSync(path.join(DIST, ...(lang === 'en' ? ['en'] : []), 'huong-dan', slug, 'index.html'), 'utf8');

describe('rights guides in dist/', () => {
  for (const guide of corpus.guides) {
    const prefix = guide.lang === 'en' ? '/en' : '';
    it(`${prefix}/huong-dan/${guide.slug}/ lists its ${guide.tasks.length} tasks, each linking to a page that exists`, () => {
      const html = page(guide.lang, guide.slug);
      for (const id of guide.tasks) {
        expect(html, id).toContain(`href="${prefix}/nhiem-vu/${id}/"`);
        expect(existsSync(path.join(DIST, ...(guide.lang === 'en' ? ['en'] : []), 'nhiem-vu', id, 'index.html')), id).toBe(true);
      }
    });
    it(`${prefix}/huong-dan/${guide.slug}/ shows each legal basis from the register with its standing, and the last-checked date`, () => {
      const html = page(guide.lang, guide.slug);
      for (const basis of guide.legal_bases) {
        const document = corpus.legalDocuments.find((candidate) => candidate.id === basis.document);
        expect(document, basis.document).toBeDefined();
        expect(html).toContain(document?.number);
        expect(html).toContain(`href="${document?.source.replaceAll('&', '&amp;')}"`);
      }
      expect(html).toMatch(guide.lang === 'vi' ? /Tình trạng ngày \d{2}\/\d{2}\/\d{4}:/ : /Standing on \d{2}\/\d{2}\/\d{4}:/);
      const [year, month, day] = guide.last_checked.split('-');
      expect(html).toContain(`${day}/${month}/${year}`);
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

  it('every guide was checked against the law on 02/12/2026', () => {
    for (const guide of corpus.guides) expect(guide.last_checked, `${guide.lang}/${guide.slug}`).toBe('2026-12-02');
    expect(page('vi', 'bau-cu')).toContain('Đối chiếu lần cuối với văn bản pháp luật: 02/12/2026.');
    expect(page('en', 'bau-cu')).toContain('Last checked against the legal texts: 02/12/2026.');
  });

  it('no page states a weekly citizen-reception duty for the commune chair', () => {
    const weekly = /(một|1) ngày (trong một|mỗi|một) tuần|one day (a|per|each) week/i;
    for (const file of htmlFiles(DIST)) expect(readFileSync(file, 'utf8').replace(/<[^>]+>/g, ' '), file).not.toMatch(weekly);
  });

  it('"từ hai ứng cử viên trở lên" appears only as a plan quote or in a task\'s verbatim text', () => {
    const phrase = 'từ hai ứng cử viên trở lên';
    // Source pages (/nguon/) are the plans' own text, verbatim: every word there is the plan's.
    for (const file of htmlFiles(DIST).filter((name) => !name.split(path.sep).includes('nguon'))) {
      const html = readFileSync(file, 'utf8');
      if (!html.includes(phrase)) continue;
      // Remove the places where a plan speaks; the phrase must not remain anywhere else.
      const outsideQuotes = html
        .replace(/<head>[\s\S]*?<\/head>/, '') // a task page's title and description are its own verbatim text
        .replace(/<figure class="plan-quote"[\s\S]*?<\/figure>/g, '')
        .replace(/<(p|li|dd|ul) class="(?:verbatim|actions)"[^>]*>[\s\S]*?<\/\1>/g, '')
        .replace(/<span[^>]*data-plan-text[^>]*>[\s\S]*?<\/span>/g, '') // a related task's opening words
        .replace(/<script[\s\S]*?<\/script>/g, '');
      expect(outsideQuotes, file).not.toContain(phrase);
    }
    expect(page('vi', 'bau-cu')).toMatch(/<figure class="plan-quote"[^>]*>[\s\S]*?từ hai ứng cử viên trở lên[\s\S]*?<\/figure>/);
  });

  it('the land guide names Resolution 254/2025/QH15', () => {
    expect(page('vi', 'gia-dat-quy-hoach')).toContain('254/2025/QH15');
    expect(page('en', 'gia-dat-quy-hoach')).toContain('254/2025/QH15');
  });

  it('guides are in the search index, typed as guides', () => {
    const html = page('vi', 'bau-cu');
    expect(html).toContain('data-pagefind-body');
    expect(html).toContain('data-pagefind-meta="type[data-value]" data-value="guide"');
    expect(html).toContain('data-pagefind-filter="type[data-value]" data-value="Hướng dẫn quyền của người dân"');
  });
});
