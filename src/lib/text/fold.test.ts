import { describe, expect, it } from 'vitest';
import { fold, nfc, slugify, stripDiacritics } from './fold.ts';

describe('fold', () => {
  it('treats both tone-mark placements alike ("hoà" = "hòa")', () => {
    expect(fold('Đông Hoà')).toBe(fold('Đông Hòa'));
  });
  it('accepts input without diacritics', () => {
    expect(fold('Ngã Năm')).toBe('nga nam');
  });
  it('maps đ and Đ to d, which Unicode decomposition does not do', () => {
    expect(fold('đất Đắk')).toBe('dat dak');
    expect('đ'.normalize('NFD')).toBe('đ');
  });
  it('gives the same result for decomposed (NFD) and composed (NFC) input', () => {
    const composed = 'Chỉ số nội dung';
    expect(fold(composed.normalize('NFD'))).toBe(fold(composed));
  });
  it('collapses white space and lower-cases', () => {
    expect(fold('  Phòng   Nội vụ ')).toBe('phong noi vu');
  });
});

describe('stripDiacritics', () => {
  it('keeps case', () => {
    expect(stripDiacritics("Đắk R'Lấp")).toBe("Dak R'Lap");
  });
});

describe('nfc', () => {
  it('composes decomposed text', () => {
    expect(nfc('hòa'.normalize('NFD'))).toBe('hòa');
  });
});

describe('slugify', () => {
  it('drops apostrophes and joins words with hyphens', () => {
    expect(slugify("Đắk R'Lấp 2024")).toBe('dak-rlap-2024');
  });
});
