import { describe, expect, it } from 'vitest';
import { ambiguousWords, indexForm, MAX_VARIANTS, parseQuery, queryVariants, withoutUnknown } from './query.ts';

describe('parseQuery', () => {
  it('keeps quoted phrases together', () => {
    expect(parseQuery('"hộ nghèo" công khai')).toEqual([
      { text: 'hộ nghèo', phrase: true },
      { text: 'công', phrase: false },
      { text: 'khai', phrase: false },
    ]);
  });
  it('accepts typographic quotes', () => {
    expect(parseQuery('“giá đất”')).toEqual([{ text: 'giá đất', phrase: true }]);
  });
  it('normalises decomposed (NFD) input to NFC', () => {
    expect(parseQuery('hộ nghèo'.normalize('NFD'))[0]?.text).toBe('hộ'.normalize('NFC'));
  });
  it('ignores empty input', () => {
    expect(parseQuery('   ')).toEqual([]);
    expect(parseQuery('""')).toEqual([]);
  });
});

describe('queryVariants', () => {
  it('tries an initial d both as d and as đ ("dat" → "đat")', () => {
    expect(queryVariants('gia dat')).toEqual(['gia dat', 'gia đat']);
  });
  it('varies each d-word of a place name ("Dak Rlap")', () => {
    expect(queryVariants('Dak Rlap')).toEqual(['Dak Rlap', 'Đak Rlap']);
  });
  it('varies words inside a quoted phrase and keeps the quotes', () => {
    expect(queryVariants('"duong giao thong"')).toEqual(['"duong giao thong"', '"đuong giao thong"']);
  });
  it('leaves a query without d alone ("hộ nghèo")', () => {
    expect(queryVariants('hộ nghèo')).toEqual(['hộ nghèo']);
  });
  it('leaves "đ" typed by the user alone', () => {
    expect(queryVariants('đất')).toEqual(['đất']);
  });
  it('never runs more than the cap of variants', () => {
    expect(queryVariants('dan dat duong dien dung dao').length).toBeLessThanOrEqual(MAX_VARIANTS);
    expect(queryVariants('dan dat duong dien dung dao')[0]).toBe('dan dat duong dien dung dao');
  });
});

describe('ambiguousWords', () => {
  it('gives both spellings of each d-word, once', () => {
    expect(ambiguousWords('gia dat dat')).toEqual(['dat', 'đat']);
    expect(ambiguousWords('"Dak Rlap" ho')).toEqual(['Dak', 'Đak']);
    expect(ambiguousWords('hộ nghèo')).toEqual([]);
  });
});

describe('withoutUnknown', () => {
  it('drops the variants with a spelling the index does not know', () => {
    expect(withoutUnknown(queryVariants('gia dat'), ['dat'])).toEqual(['gia đat']);
    expect(withoutUnknown(queryVariants('"bang gia dat"'), ['dat'])).toEqual(['"bang gia đat"']);
  });
  it('compares words, not parts of words, and ignores case', () => {
    expect(withoutUnknown(['Dak Rlap', 'Đak Rlap'], ['dak'])).toEqual(['Đak Rlap']);
    expect(withoutUnknown(['dong data', 'đong data'], ['dat'])).toEqual(['dong data', 'đong data']);
  });
  it('keeps every variant when none is free of unknown words', () => {
    expect(withoutUnknown(['dxq', 'đxq'], ['dxq', 'đxq'])).toEqual(['dxq', 'đxq']);
  });
});

describe('indexForm', () => {
  it('folds both tone placements to one form and keeps đ', () => {
    expect(indexForm('hoà')).toBe(indexForm('hòa'));
    expect(indexForm('Đất')).toBe('đat');
  });
});

describe('unifyTonePlacement', () => {
  it('moves the tone of an open oa/oe/uy syllable to its first vowel', async () => {
    const { unifyTonePlacement } = await import('./query.ts');
    expect(unifyTonePlacement('hoà giải')).toBe('hòa giải');
    expect(unifyTonePlacement('Đông Hoà')).toBe('Đông Hòa');
    expect(unifyTonePlacement('khoẻ, thuỷ lợi')).toBe('khỏe, thủy lợi');
    expect(unifyTonePlacement('hoà'.normalize('NFD'))).toBe('hòa');
  });
  it('leaves closed syllables and the new placement alone', async () => {
    const { unifyTonePlacement } = await import('./query.ts');
    expect(unifyTonePlacement('hoàng hòa thuận')).toBe('hoàng hòa thuận');
    expect(unifyTonePlacement('quyết toán')).toBe('quyết toán');
  });
});
