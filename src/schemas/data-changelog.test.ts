import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { changelogProblems, compareVersions, dataChangeSchema, type DataChange } from './data-changelog.ts';
import { correctionSchema } from './correction.ts';

const change = (version: string, date: string): DataChange => ({
  version,
  date,
  files: ['tasks.csv'],
  change: { vi: 'Thay đổi.', en: 'A change.' },
  commit: null,
});

describe('the data changelog schema', () => {
  it('accepts an entry with a version, a date, the files under /data/ and a bilingual text', () => {
    const entry = {
      version: '1.2',
      date: '2026-12-02',
      files: ['papi-scores.csv', 'ke-hoach/*.csv'],
      change: { vi: 'Thêm điểm PAPI.', en: 'Added PAPI scores.' },
      commit: 'fe3c359',
    };
    expect(dataChangeSchema.parse(entry)).toEqual(entry);
    expect(dataChangeSchema.parse({ ...entry, commit: undefined }).commit).toBeNull();
  });

  it('refuses a bad version, a date that is not one, no file, a path outside /data/, an unknown key and a commit that is not hexadecimal', () => {
    const entry = { version: '1.2', date: '2026-12-02', files: ['tasks.csv'], change: { vi: 'a', en: 'b' } };
    const message = (data: unknown) =>
      dataChangeSchema
        .safeParse(data)
        .error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
        .join('; ');
    expect(message({ ...entry, version: 'v2' })).toMatch(/version: write the version as major.minor/);
    expect(message({ ...entry, date: '2026-02-30' })).toMatch(/^date:/);
    expect(message({ ...entry, files: [] })).toMatch(/files: name at least one file/);
    expect(message({ ...entry, files: ['../secret.txt'] })).toMatch(/files.0: name a file under \/data\//);
    expect(message({ ...entry, extra: 1 })).toMatch(/extra/);
    expect(message({ ...entry, commit: 'HEAD' })).toMatch(/commit: give the commit as 7 to 40 hexadecimal digits/);
  });

  it('orders versions by number, not as text', () => {
    expect(compareVersions('1.10', '1.9')).toBeGreaterThan(0);
    expect(compareVersions('2.0', '1.10')).toBeGreaterThan(0);
    expect(compareVersions('1.0', '1.0')).toBe(0);
  });

  it('wants the newest first, each version once, versions rising with the dates', () => {
    expect(changelogProblems([change('1.1', '2026-12-02'), change('1.0', '2026-11-22')])).toEqual([]);
    expect(changelogProblems([change('1.0', '2026-11-22'), change('1.1', '2026-12-02')])).toEqual([
      'version 1.0 (2026-11-22) is above an entry of a later date (2026-12-02); list the newest first',
      'version 1.0 must be higher than the version below it (1.1)',
    ]);
    expect(changelogProblems([change('1.1', '2026-12-02'), change('1.1', '2026-12-01')])).toContain('version 1.1 is listed twice');
  });

  it('content/data-changelog.yaml is valid, newest first, and its first entry is the first publication', () => {
    const entries = (parse(readFileSync('content/data-changelog.yaml', 'utf8')) as unknown[]).map((entry) => dataChangeSchema.parse(entry));
    expect(changelogProblems(entries)).toEqual([]);
    expect(entries.at(-1)).toMatchObject({ version: '1.0', date: '2026-11-22', commit: 'c1e1427' });
  });
});

describe('the corrections schema', () => {
  const entry = {
    date: '2026-12-02',
    plan: 'dak-rlap-2024',
    tasks: ['dak-rlap-2024-6-1'],
    wrong: { vi: 'Sai.', en: 'Wrong.' },
    corrected: { vi: 'Đúng.', en: 'Right.' },
    commit: '61485e0',
  };

  it('accepts a dated correction of a plan and its tasks, in both languages', () => {
    expect(correctionSchema.parse(entry)).toEqual(entry);
    expect(correctionSchema.parse({ ...entry, tasks: undefined, commit: undefined })).toMatchObject({ tasks: [], commit: null });
  });

  it('refuses a missing wording, a bad id or date, and unknown keys', () => {
    expect(correctionSchema.safeParse({ ...entry, corrected: { vi: 'Đúng.' } }).success).toBe(false);
    expect(correctionSchema.safeParse({ ...entry, plan: 'Đắk R’Lấp' }).success).toBe(false);
    expect(correctionSchema.safeParse({ ...entry, date: '02/12/2026' }).success).toBe(false);
    expect(correctionSchema.safeParse({ ...entry, reporter: 'someone' }).success).toBe(false);
  });

  it('content/corrections.yaml is valid', () => {
    const entries = parse(readFileSync('content/corrections.yaml', 'utf8')) as unknown[] | null;
    for (const correction of entries ?? []) expect(correctionSchema.safeParse(correction).error).toBeUndefined();
  });
});
