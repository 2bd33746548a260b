import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../content/corpus.ts';
import { dWords, NOT_SHOWN, stringsIn, unknownSpellings } from './d-words.ts';
import { queryVariants, withoutUnknown } from './query.ts';

describe('dWords', () => {
  it('keeps the words beginning with d or đ in the index form (no tone marks, đ kept, lowercase)', () => {
    expect(dWords(['Giá đất, đường và Đắk R’Lấp; dân chủ ở cơ sở (2022)'])).toEqual(['dan', 'đak', 'đat', 'đuong']);
  });
  it('reads decomposed (NFD) text as its composed form', () => {
    expect(dWords(['đất'.normalize('NFD')])).toEqual(['đat']);
  });
  it('splits words at punctuation and digits', () => {
    expect(dWords(['dự-án/đầu2tư'])).toEqual(['du', 'đau']);
  });
});

describe('stringsIn', () => {
  it('collects the strings of nested objects and arrays, nothing else', () => {
    expect(stringsIn({ a: 'một', b: ['hai người', { c: 'Ba', d: 3, e: null }] })).toEqual(['một', 'hai người', 'Ba']);
  });
  it('leaves out ids and references, which pages do not show as words', () => {
    expect(
      stringsIn({ id: 'chi-lang-chi-nhanh-van-phong-dang-ky-dat-dai', plan: 'dak-rlap-2024', file: 'dong-hoa.txt', name: 'Văn phòng đăng ký đất đai' }),
    ).toEqual(['Văn phòng đăng ký đất đai']);
  });

  it('leaves out the fields it is told to skip', () => {
    expect(stringsIn({ name: 'Đất đai', subs: [{ name: 'Giá đất', keywords: ['gia dat'] }] }, new Set(['keywords']))).toEqual(['Đất đai', 'Giá đất']);
  });
});

describe('the word list of the real content', () => {
  const corpus = loadCorpus('content');
  const words = new Set(dWords(stringsIn([corpus.tasks, corpus.plans, corpus.agencies, corpus.localities, corpus.dimensions], NOT_SHOWN)));

  it('has the words citizens search for, with the spelling the plans use', () => {
    for (const word of ['đat', 'đuong', 'đong', 'dan', 'đak']) expect(words.has(word), word).toBe(true);
  });
  it('says which spelling of a typed d-word occurs, so that only that variant is searched', () => {
    expect(unknownSpellings(['dat', 'đat'], words)).toEqual(['dat']);
    // Both of these occur: "bồi dưỡng" folds to "duong", "đường" to "đuong"; and the
    // locality page lists "Dak Rlap" among the names of Đắk R'Lấp.
    expect(unknownSpellings(['duong', 'đuong'], words)).toEqual([]);
    expect(unknownSpellings(['Dak', 'Đak'], words)).toEqual([]);
    expect(withoutUnknown(queryVariants('gia dat'), unknownSpellings(['dat', 'đat'], words))).toEqual(['gia đat']);
  });
  it('keeps both spellings when both occur ("dân" and "đan" are different words)', () => {
    const both = ['dan', 'đan'].filter((word) => words.has(word));
    expect(unknownSpellings(both, words)).toEqual([]);
  });
});
