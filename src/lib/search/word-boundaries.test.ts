import { describe, expect, it } from 'vitest';
import { gluedWords, separateBlocks } from './word-boundaries.ts';

describe('gluedWords', () => {
  it('finds text of adjacent elements that runs together', () => {
    expect(gluedWords('<main><dl><dt>Thời hạn</dt><dd>Quý IV</dd></dl></main>')).toEqual(['hạnQuý']);
  });
  it('accepts elements separated by white space', () => {
    expect(gluedWords('<main><dl><dt>Thời hạn</dt>\n<dd>Quý IV</dd></dl></main>')).toEqual([]);
  });
  it('accepts markup inside a word and punctuation between elements', () => {
    expect(gluedWords('<main><p>hộ <mark>nghèo</mark>; <a>Phòng</a></p></main>')).toEqual([]);
  });
});

describe('separateBlocks', () => {
  it('separates adjacent block elements and nothing else', () => {
    expect(separateBlocks('<ul><li>a</li><li>b</li></ul><p><a>x</a><a>y</a></p>')).toBe('<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<p><a>x</a><a>y</a></p>');
  });
  it('leaves the text of a page unchanged apart from white space', () => {
    const html = '<main><dl><dt>Thời hạn</dt><dd>Quý IV</dd></dl></main>';
    expect(gluedWords(separateBlocks(html))).toEqual([]);
    expect(separateBlocks(html).replace(/\s/g, '')).toBe(html.replace(/\s/g, ''));
  });
});
