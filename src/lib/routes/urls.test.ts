import { describe, expect, it } from 'vitest';
import { planPath, switchLang, taskPath } from './urls.ts';

describe('urls', () => {
  it('puts Vietnamese pages at the root and English ones under /en/', () => {
    expect(planPath('nga-nam-2021')).toBe('/ke-hoach/nga-nam-2021/');
    expect(taskPath('nga-nam-2021-1-a', 'en')).toBe('/en/nhiem-vu/nga-nam-2021-1-a/');
  });
  it('switches a path between languages', () => {
    expect(switchLang('/ke-hoach/x/', 'en')).toBe('/en/ke-hoach/x/');
    expect(switchLang('/en/ke-hoach/x/', 'vi')).toBe('/ke-hoach/x/');
    expect(switchLang('/', 'en')).toBe('/en/');
    expect(switchLang('/en/', 'vi')).toBe('/');
  });
});
