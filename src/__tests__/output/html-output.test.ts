/**
 * Checks over the built HTML in dist/: valid markup (html-validate) and no
 * broken internal link. Run after "npm run build".
 *
 * html-validate takes ~30 ms a page: by default (npm test) a page type with more
 * than SAMPLE pages (the 6,642 commune pages share one template) is checked on an
 * evenly spread sample of SAMPLE pages; HTML_ALL=1 (npm run test:html:all, which
 * CI also runs) checks every page, in chunks. The link check always reads every page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';

const DIST = 'dist';
const SAMPLE = 400;
const ALL = process.env.HTML_ALL === '1';

/** `count` items spread evenly over the list, first and last included. */
function evenly<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, index) => items[Math.round((index * (items.length - 1)) / (count - 1))]).filter(
    (item): item is T => item !== undefined,
  );
}

function htmlFiles(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/** The page types of the site, for one html-validate test each (a page per type would repeat the same template). */
function pageType(file: string): string {
  const relative = path.relative(DIST, file).replace(/^en\//, '');
  const first = relative.split(path.sep)[0] ?? '';
  return first === 'index.html' ? 'home' : first.replace('.html', '');
}

describe('built HTML', () => {
  const files = htmlFiles(DIST);
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const byType = new Map<string, string[]>();
  for (const file of files) byType.set(pageType(file), [...(byType.get(pageType(file)) ?? []), file]);

  const validate = async (group: readonly string[]) => {
    const errors: string[] = [];
    for (const file of group) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const message of result.messages) errors.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    return errors;
  };

  for (const [type, group] of byType) {
    if (group.length <= SAMPLE) {
      it(`html-validate: every ${type} page (${group.length}) is valid`, async () => {
        expect(await validate(group)).toEqual([]);
      });
    } else if (ALL) {
      for (let start = 0; start < group.length; start += SAMPLE) {
        const chunk = group.slice(start, start + SAMPLE);
        it(`html-validate: ${type} pages ${start + 1}–${start + chunk.length} of ${group.length} are valid`, { timeout: 300_000 }, async () => {
          expect(await validate(chunk)).toEqual([]);
        });
      }
    } else {
      it(`html-validate: ${SAMPLE} of the ${group.length} ${type} pages, spread evenly, are valid (HTML_ALL=1 checks all)`, async () => {
        expect(await validate(evenly(group, SAMPLE))).toEqual([]);
      });
    }
  }

  it('has no broken internal link (href or src)', () => {
    const broken: string[] = [];
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      for (const match of html.matchAll(/(?:href|src)="([^"#]+)(?:#[^"]*)?"/g)) {
        const target = match[1] ?? '';
        if (!target.startsWith('/') || target.startsWith('//')) continue;
        const local = path.join(DIST, decodeURIComponent(target.split('?')[0] ?? ''));
        const exists = target.endsWith('/') ? existsSync(path.join(local, 'index.html')) : existsSync(local);
        if (!exists) broken.push(`${path.relative(DIST, file)} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every page declares its language and has exactly one h1', () => {
    const problems = files.flatMap((file) => {
      const html = readFileSync(file, 'utf8');
      const issues: string[] = [];
      if (!/<html lang="(vi|en)"/.test(html)) issues.push(`${file}: no lang`);
      const h1 = html.match(/<h1[\s>]/g)?.length ?? 0;
      if (h1 !== 1) issues.push(`${file}: ${h1} h1`);
      return issues;
    });
    expect(problems).toEqual([]);
  });

  it("every translated page names both languages' addresses, its own as its canonical (the sitemap does not)", () => {
    const problems = files.flatMap((file) => {
      const html = readFileSync(file, 'utf8');
      if (!html.includes('class="lang-switch"')) return [];
      const lang = html.match(/<html lang="(vi|en)"/)?.[1] ?? '';
      const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
      const alternates = new Map([...html.matchAll(/<link rel="alternate" hreflang="(vi|en)" href="([^"]+)"/g)].map((match) => [match[1], match[2]]));
      const other = lang === 'vi' ? 'en' : 'vi';
      const issues: string[] = [];
      if (alternates.get(lang) !== canonical) issues.push(`${file}: hreflang ${lang} is ${alternates.get(lang)}, canonical ${canonical}`);
      if (!alternates.get(other)) issues.push(`${file}: no hreflang ${other}`);
      return issues;
    });
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('every page has a share preview: og:title, og:description, og:image and a Twitter card; og:url only as an absolute address', () => {
    const problems = files.flatMap((file) => {
      const html = readFileSync(file, 'utf8');
      const content = (attribute: string, name: string) => html.match(new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"`))?.[1];
      const issues = ['og:title', 'og:description', 'og:image'].filter((name) => !content('property', name)).map((name) => `${file}: no ${name}`);
      if (!content('name', 'twitter:card')) issues.push(`${file}: no twitter:card`);
      const url = content('property', 'og:url');
      if (url !== undefined && !/^https?:\/\//.test(url)) issues.push(`${file}: og:url ${url} is not absolute`);
      return issues;
    });
    expect(problems.slice(0, 20)).toEqual([]);
    expect(existsSync(path.join(DIST, 'og', 'site.png'))).toBe(true);
  });

  it('ships no inline script (other than JSON data) and no inline style, so the CSP needs no unsafe-inline', () => {
    const offenders = files.filter((file) => {
      const html = readFileSync(file, 'utf8');
      const inlineScript = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].some((match) => !/type="application\/(ld\+)?json"/.test(match[1] ?? ''));
      return inlineScript || /<style[\s>]/.test(html) || /\sstyle="/.test(html);
    });
    expect(offenders).toEqual([]);
  });
});

describe('indexed text keeps its word boundaries', () => {
  it('no page has words of adjacent elements running together ("hộ" + "nghèo" never becomes "hộnghèo")', async () => {
    const { gluedWords } = await import('../../lib/search/word-boundaries.ts');
    const problems = htmlFiles(DIST).flatMap((file) => gluedWords(readFileSync(file, 'utf8')).map((word) => `${path.relative(DIST, file)}: ${word}`));
    expect(problems.slice(0, 20)).toEqual([]);
  });
});
