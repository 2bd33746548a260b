import { describe, expect, it } from 'vitest';
import en from './en.json';
import { checked, count, t } from './index.ts';
import vi from './vi.json';

describe('interface strings', () => {
  it('English has exactly the keys of Vietnamese', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });
  it('a missing key stops the build with the file and key named', () => {
    const { 'nav.home': _removed, ...incomplete } = en;
    expect(() => checked('en', incomplete)).toThrow(/src\/i18n\/en\.json: "nav\.home": .*Every key of vi\.json needs a translation/);
  });
  it('an unknown key is refused too', () => {
    expect(() => checked('en', { ...en, 'nav.typo': 'x' })).toThrow(/unknown key\(s\) nav\.typo/);
  });
  it('fills placeholders', () => {
    expect(t('en', 'task.ref', { ref: '1.a' })).toBe('Task 1.a');
  });
  it('uses the plural form of the language', () => {
    expect(count('en', 'count.task.one', 'count.task.other', 1)).toBe('1 task');
    expect(count('en', 'count.task.one', 'count.task.other', 104)).toBe('104 tasks');
    expect(count('vi', 'count.task.one', 'count.task.other', 1)).toBe('1 nhiệm vụ');
  });
});
