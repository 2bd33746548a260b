import { describe, expect, it } from 'vitest';
import { pageKind } from './report.ts';

describe('pageKind', () => {
  it.each([
    ['index.html', 'home'],
    ['ke-hoach/nga-nam-2021/index.html', 'plan'],
    ['nhiem-vu/nga-nam-2021-1-a/index.html', 'task'],
    ['co-quan/nga-nam-phong-noi-vu/index.html', 'agency'],
    ['huong-dan/dong-gop-tu-nguyen/index.html', 'guide'],
    ['tim-kiem/index.html', 'search'],
  ])('%s is a %s page', (file, kind) => {
    expect(pageKind(file)).toBe(kind);
  });
  it.each(['co-quan/index.html', 'en/index.html', 'en/nhiem-vu/a/index.html', '404.html', 'dia-phuong/x/index.html'])(
    '%s is none of the measured types',
    (file) => {
      expect(pageKind(file)).toBeNull();
    },
  );
});
