import { describe, expect, it } from 'vitest';
import { a11yAll, a11ySample, templateOf } from './a11y-sample.ts';

describe('the default accessibility sample', () => {
  it('reduces a page to its template', () => {
    expect(templateOf('/ke-hoach/nga-nam-2021/')).toBe('/ke-hoach/*');
    expect(templateOf('/en/nhiem-vu/nga-nam-2021-1-a/')).toBe('/en/nhiem-vu/*');
    expect(templateOf('/papi/')).toBe('/papi/');
    expect(templateOf('/papi/chi-so-1/')).toBe('/papi/*');
    expect(templateOf('/papi/nam/2023/')).toBe('/papi/nam/*');
    expect(templateOf('/en/papi/nam/2018/')).toBe('/en/papi/nam/*');
    expect(templateOf('/en/')).toBe('/en/');
    expect(templateOf('/404.html')).toBe('/404.html');
    expect(templateOf('/dia-phuong/can-tho/')).toBe('/dia-phuong/*');
    expect(templateOf('/dia-phuong/can-tho/phuong-nga-nam/')).toBe('/dia-phuong/*/*');
    expect(templateOf('/en/dia-phuong/can-tho/phuong-nga-nam/')).toBe('/en/dia-phuong/*/*');
    expect(templateOf('/dia-phuong/ten-cu/a/')).toBe('/dia-phuong/ten-cu/*');
    // The corrections page is a template of its own in each language, so the default run checks it.
    expect(templateOf('/dinh-chinh/')).toBe('/dinh-chinh/');
    expect(templateOf('/en/dinh-chinh/')).toBe('/en/dinh-chinh/');
  });
  it('the exhaustive run keeps every page but a sample of commune pages: the first of each province, then every n-th', () => {
    const paths = [
      '/dia-phuong/',
      '/dia-phuong/a/',
      '/dia-phuong/a/x1/',
      '/dia-phuong/a/x2/',
      '/dia-phuong/a/x3/',
      '/dia-phuong/b/y1/',
      '/dia-phuong/b/y2/',
      '/en/dia-phuong/a/x1/',
    ];
    expect(a11yAll(paths, 2)).toEqual([
      '/dia-phuong/',
      '/dia-phuong/a/',
      '/dia-phuong/a/x1/',
      '/dia-phuong/a/x2/',
      '/dia-phuong/b/y1/',
      '/en/dia-phuong/a/x1/',
    ]);
  });
  it('keeps one page per template and language, every page with a map or MDX component, and the first pages with a chart', () => {
    const pages: Record<string, string> = {
      '/nhiem-vu/a/': '<p>task</p>',
      '/nhiem-vu/b/': '<p>task</p>',
      '/en/nhiem-vu/a/': '<p>task</p>',
      '/ke-hoach/x/': '<canvas data-chart></canvas>',
      '/ke-hoach/y/': '<canvas data-chart></canvas>',
      '/huong-dan/g/': '<figure data-plan-quote></figure>',
      '/huong-dan/h/': '<p>guide</p>',
      '/papi/chi-so-1/': '<p>dimension</p>',
      '/papi/chi-so-2/': '<p>dimension</p>',
      '/papi/nam/2022/': '<p>year</p>',
      '/papi/nam/2023/': '<p>year</p>',
    };
    expect(a11ySample(Object.keys(pages), (path) => pages[path] ?? '')).toEqual([
      '/nhiem-vu/a/',
      '/en/nhiem-vu/a/',
      '/ke-hoach/x/',
      '/ke-hoach/y/',
      '/huong-dan/g/',
      '/papi/chi-so-1/',
      '/papi/nam/2022/',
    ]);
  });
  it('of many pages of one template with charts, keeps the first six', () => {
    const paths = Array.from({ length: 10 }, (_, index) => `/dia-phuong/p${index}/`);
    const kept = a11ySample(paths, (path) => (path === '/dia-phuong/p9/' ? '<section data-map></section>' : '<canvas data-chart></canvas>'));
    expect(kept).toEqual([
      '/dia-phuong/p0/',
      '/dia-phuong/p1/',
      '/dia-phuong/p2/',
      '/dia-phuong/p3/',
      '/dia-phuong/p4/',
      '/dia-phuong/p5/',
      '/dia-phuong/p6/',
      '/dia-phuong/p9/',
    ]);
  });
});
