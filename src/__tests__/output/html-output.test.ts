/**
 * Checks over the built HTML in dist/: valid markup (html-validate) and no
 * broken internal link. Run after "npm run build".
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';

const DIST = 'dist';

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

  for (const [type, group] of byType) {
    it(`html-validate: every ${type} page (${group.length}) is valid`, async () => {
      const errors: string[] = [];
      for (const file of group) {
        const report = await validator.validateFile(file);
        for (const result of report.results) {
          for (const message of result.messages) errors.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
        }
      }
      expect(errors).toEqual([]);
    });
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
