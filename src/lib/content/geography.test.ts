/**
 * The geography of Viet Nam since 1 July 2025 (content/geography/): the real data
 * loads and holds together, and a broken file stops the build naming file, row and
 * field. Broken copies are made in temporary folders (never published).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from './corpus.ts';
import { copyContent, problemsOf, removeContentCopies } from './testing.ts';

afterEach(removeContentCopies);

const { geography } = loadCorpus('content', { today: '2026-12-02' });

/** Rewrites one line of a CSV file of a content copy. */
function editLine(root: string, file: string, find: (line: string) => boolean, edit: (line: string) => string): void {
  const full = path.join(root, 'geography', file);
  const lines = readFileSync(full, 'utf8').split('\n');
  const index = lines.findIndex(find);
  if (index < 0) throw new Error(`no line to edit in ${file}`);
  lines[index] = edit(lines[index] ?? '');
  writeFileSync(full, lines.join('\n'));
}

describe('the real geography', () => {
  it('has 3,321 communes in 34 provinces, each code once, each resting on one of the 34 resolutions', () => {
    expect(geography.communes).toHaveLength(3321);
    expect(new Set(geography.communes.map((commune) => commune.commune_code)).size).toBe(3321);
    expect(new Set(geography.communes.map((commune) => commune.province_code)).size).toBe(34);
    expect(geography.resolutions.size).toBe(34);
  });
  it('maps all 10,047 old communes of 63 old provinces, 460 of them divided between several new communes', () => {
    const oldCodes = new Set(geography.mapping.map((row) => row.old_commune_code));
    expect(oldCodes.size).toBe(10047);
    expect(new Set(geography.mapping.map((row) => row.old_province_code)).size).toBe(63);
    const rows = new Map<string, number>();
    for (const row of geography.mapping) rows.set(row.old_commune_code, (rows.get(row.old_commune_code) ?? 0) + 1);
    expect([...rows.values()].filter((count) => count > 1)).toHaveLength(460);
  });
  it('knows where Ngã Năm and Chi Lăng went: phường Ngã Năm (Cần Thơ, 1668/NQ-UBTVQH15), xã Chi Lăng (Lạng Sơn, 1672/NQ-UBTVQH15)', () => {
    const into = (oldDistrict: string) => new Set(geography.mapping.filter((row) => row.old_district === oldDistrict).map((row) => `${row.new_commune}, ${row.new_province}`));
    expect(into('Thị xã Ngã Năm')).toContain('Phường Ngã Năm, Tp Cần Thơ');
    expect(geography.communes.find((commune) => commune.commune === 'Phường Ngã Năm')?.resolution).toBe('1668/NQ-UBTVQH15');
    const chiLang = geography.communes.find((commune) => commune.commune === 'Xã Chi Lăng' && commune.province === 'Tỉnh Lạng Sơn');
    expect(chiLang?.resolution).toBe('1672/NQ-UBTVQH15');
    // Verbatim, conversion artefacts ("làxã") included.
    expect(chiLang?.clause).toMatch(/^52\. Sắp xếp .*thị trấn Chi Lăng.*có tên gọi là ?xã Chi Lăng\.$/);
  });
});

describe('a geography the build refuses', () => {
  it('a commune code that is not five digits', () => {
    const root = copyContent();
    editLine(root, 'communes-2025.csv', (line) => line.includes(',Phường Ngã Năm,'), (line) => line.replace(/,(\d{5}),Phường Ngã Năm,/, ',3188X,Phường Ngã Năm,'));
    expect(problemsOf(root)).toContainEqual(expect.stringMatching(/geography\/communes-2025\.csv › row \d+ \(3188X\) › field "commune_code": commune_code is a code of 5 digits/));
  });
  it('an old commune mapped to no commune', () => {
    const root = copyContent();
    editLine(root, 'old-to-new-communes.csv', (line) => line.includes(',Phường 1,') && line.includes('Ngã Năm'), (line) => line.replace(/,(\d{5}),Phường Ngã Năm,/, ',,Phường Ngã Năm,'));
    expect(problemsOf(root)).toContainEqual(expect.stringMatching(/geography\/old-to-new-communes\.csv › row \d+ \(\d{5}\) › field "new_commune_code": new_commune_code is a code of 5 digits/));
  });
  it('a commune whose resolution has no text in resolutions/', () => {
    const root = copyContent();
    editLine(root, 'communes-2025.csv', (line) => line.includes(',Phường Ngã Năm,'), (line) => line.replace('1668/NQ-UBTVQH15', '1999/NQ-UBTVQH15'));
    expect(problemsOf(root)).toContainEqual(expect.stringMatching(/geography\/communes-2025\.csv › row \d+ \(\d{5}\) › field "resolution": 1999\/NQ-UBTVQH15 has no text in content\/geography\/resolutions\//));
  });
  it('a commune formed from no old commune', () => {
    const root = copyContent();
    const full = path.join(root, 'geography', 'old-to-new-communes.csv');
    writeFileSync(full, readFileSync(full, 'utf8').split('\n').filter((line) => !line.includes(',Phường Ngã Năm,')).join('\n'));
    expect(problemsOf(root)).toContainEqual(expect.stringMatching(/communes-2025\.csv › row \d+ \(\d{5}\): Phường Ngã Năm is formed from no old commune/));
  });
});

describe('localities.yaml and the geography', () => {
  it('a province entry whose id is not a province of the geography stops the build', () => {
    const root = copyContent();
    const file = path.join(root, 'localities.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('- id: soc-trang\n', '- id: soc-trang-province\n').replaceAll('parent: soc-trang\n', 'parent: soc-trang-province\n').replaceAll('into: soc-trang\n', 'into: soc-trang-province\n'));
    expect(problemsOf(root)).toContainEqual(expect.stringMatching(/localities\.yaml › entry "soc-trang-province" › field "id": is not a province of content\/geography\//));
  });
  it('a district entry that names no old district of its province stops the build', () => {
    const root = copyContent();
    const file = path.join(root, 'localities.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('full_name: thị xã Ngã Năm', 'full_name: thị xã Ngã Sáu'));
    expect(problemsOf(root)).toContainEqual(expect.stringMatching(/localities\.yaml › entry "nga-nam" › field "full_name": "thị xã Ngã Sáu" is not a district of old province "soc-trang"/));
  });
});
