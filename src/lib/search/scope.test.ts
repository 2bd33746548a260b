/** Search scopes against the real geography: old provinces go to the province of today. */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../content/corpus.ts';
import {
  ALL_PROVINCES,
  askedScope,
  declaredLocal,
  declaredScope,
  indexHoldsTaskPages,
  localityInNationalIndex,
  provinceScope,
  searchDeclaration,
} from './scope.ts';

const corpus = loadCorpus('content', { today: '2026-12-02' });
const places = corpus.geography.places;

describe('provinceScope', () => {
  it('a province of today is its own scope; an old one is the province it went into', () => {
    expect(provinceScope('can-tho', places)).toBe('can-tho');
    expect(provinceScope('lang-son', places)).toBe('lang-son');
    expect(provinceScope('soc-trang', places)).toBe('can-tho');
    expect(provinceScope('can-tho-cu', places)).toBe('can-tho');
  });
  it('none for an unknown id, no id, or a tree without geography (the general index)', () => {
    expect(provinceScope('atlantis', places)).toBeNull();
    expect(provinceScope(undefined, places)).toBeNull();
    expect(provinceScope('can-tho', null)).toBeNull();
  });
});

describe('declared and asked scopes', () => {
  it('reads the scope a page declares', () => {
    expect(declaredScope('<div hidden data-pagefind-ignore="index" data-search-scope="can-tho">')).toBe('can-tho');
    expect(declaredScope('<div hidden data-pagefind-ignore="index">')).toBeNull();
  });
  it('reads whether a page is in its province index only (a task, an office below the province)', () => {
    expect(declaredLocal('<div hidden data-pagefind-ignore="index" data-search-scope="can-tho" data-search-local>')).toBe(true);
    expect(declaredLocal('<div hidden data-pagefind-ignore="index" data-search-scope="can-tho">')).toBe(false);
  });
  it('accepts a known province or all provinces, nothing else', () => {
    const known = new Set(['can-tho']);
    expect(askedScope('can-tho', known)).toBe('can-tho');
    expect(askedScope(ALL_PROVINCES, known)).toBe(ALL_PROVINCES);
    expect(askedScope('<script>', known)).toBeNull();
    expect(askedScope(null, known)).toBeNull();
  });
});

describe('indexHoldsTaskPages', () => {
  it('only a province’s Vietnamese index holds the task pages; elsewhere a task is found in its plan', () => {
    expect(indexHoldsTaskPages('can-tho', 'vi')).toBe(true);
    expect(indexHoldsTaskPages(ALL_PROVINCES, 'vi')).toBe(false);
    expect(indexHoldsTaskPages('can-tho', 'en')).toBe(false);
    expect(indexHoldsTaskPages(ALL_PROVINCES, 'en')).toBe(false);
  });
});

describe('searchDeclaration', () => {
  const body = '<main data-pagefind-body>';
  it('reads the scope, the local flag and the task list from the declaration after the page body starts', () => {
    expect(searchDeclaration(`${body}<div hidden data-pagefind-ignore="index" data-search-scope="can-tho" data-search-local><span`)).toEqual({
      scope: 'can-tho',
      local: true,
      taskList: false,
    });
    expect(searchDeclaration(`${body}<div hidden data-pagefind-ignore="index" data-search-scope="lang-son" data-search-task-list>`)).toEqual({
      scope: 'lang-son',
      local: false,
      taskList: true,
    });
    expect(searchDeclaration(`${body}<div hidden data-pagefind-ignore="index">`)).toEqual({ scope: null, local: false, taskList: false });
  });
  it('is null when the start of the page does not hold it whole, or no page body comes before it', () => {
    expect(searchDeclaration(`${body}<div hidden data-pagefind-ignore="index" data-search-sco`)).toBeNull();
    expect(searchDeclaration(`${body}<p>`)).toBeNull();
    expect(searchDeclaration('<div hidden data-pagefind-ignore="index" data-search-scope="can-tho"><main data-pagefind-body>')).toBeNull();
  });
});

describe('localityInNationalIndex', () => {
  const locality = (id: string) => {
    const found = corpus.localities.find((candidate) => candidate.id === id);
    if (!found) throw new Error(`no locality ${id} in content/localities.yaml`);
    return found;
  };
  it('keeps provinces, old provinces, old districts and their hamlets in the national index', () => {
    for (const id of ['can-tho', 'soc-trang', 'nga-nam', 'my-xuyen-gia-hoa-2-thuan-hoa']) expect(localityInNationalIndex(locality(id), places)).toBe(true);
  });
  it('leaves out the issuer page of a commune of today, whose commune page is there (a locality as a new commune’s plan would add)', () => {
    const commune = places?.newProvinceById.get('can-tho')?.communes[0];
    if (!commune) throw new Error('Cần Thơ has no commune in content/geography');
    const issuer = {
      ...locality('can-tho'),
      id: `can-tho-${commune.code}`,
      name: commune.name,
      full_name: commune.name,
      type: 'ward' as const,
      parent: 'can-tho',
      change_2025: null,
    };
    expect(localityInNationalIndex(issuer, places)).toBe(false);
    expect(localityInNationalIndex({ ...issuer, parent: 'soc-trang' }, places)).toBe(true);
  });
  it('keeps every locality where the tree has no geography', () => {
    expect(localityInNationalIndex(locality('can-tho'), null)).toBe(true);
  });
});
