import { describe, expect, it } from 'vitest';
import { resourceKind } from './search-measure.ts';

describe('resourceKind', () => {
  const base = 'http://127.0.0.1:4321';
  const cases: Array<[string, string]> = [
    ['/tim-kiem/?q=gia%20dat', 'page'],
    ['/_astro/Base.CWwv3J-R.css', 'css'],
    ['/_astro/be-vietnam-pro-vietnamese-400-normal.CRcqvyg1.woff2', 'fonts'],
    ['/_astro/index.astro_astro_type_script_index_0_lang.2P-zQ1et.js', 'script'],
    ['/pagefind/pagefind.js', 'pagefind.js'],
    ['/pagefind/pagefind-worker.js', 'pagefind.js'],
    ['/pagefind/wasm.unknown.pagefind', 'wasm'],
    ['/pagefind/pagefind-entry.json?ts=1795347895847', 'entry'],
    ['/pagefind/pagefind.vi_3560bf5258.pf_meta', 'meta'],
    ['/pagefind/index/vi_652d49f.pf_index', 'index'],
    ['/pagefind/fragment/vi_01a995d.pf_fragment', 'fragment'],
    ['/pagefind/filter/vi_281de27.pf_filter', 'filter'],
    ['/pagefind/tinh/lang-son/pagefind.js', 'pagefind.js'],
    ['/pagefind/tinh/lang-son/wasm.vi.pagefind', 'wasm'],
    ['/pagefind/tinh/lang-son/pagefind.vi_3560bf5258.pf_meta', 'meta'],
    ['/dia-phuong/places.json', 'places'],
    ['/favicon.svg', 'other'],
  ];
  for (const [path, kind] of cases) {
    it(`${path} is ${kind}`, () => expect(resourceKind(`${base}${path}`)).toBe(kind));
  }
});
