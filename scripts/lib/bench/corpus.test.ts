import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../../src/lib/content/corpus.ts';
import { generateCorpus, geographyFiles, SYNTHETIC_MARK, vocabularyOf, type GeneratedFile } from './corpus.ts';

const real = loadCorpus('content');
const vocabulary = vocabularyOf(real);
const geography = geographyFiles('content');

/** Writes the files to a temporary tree and loads it with every schema and cross-check of the real content. */
function loaded(files: readonly GeneratedFile[]): Corpus {
  const root = mkdtempSync(path.join(tmpdir(), 'papi-synthetic-'));
  try {
    for (const file of files) {
      mkdirSync(path.dirname(path.join(root, file.path)), { recursive: true });
      writeFileSync(path.join(root, file.path), file.content);
    }
    return loadCorpus(root, { today: '2026-11-22' });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('the national synthetic corpus', () => {
  let corpus: Corpus;
  beforeAll(() => {
    corpus = loaded(generateCorpus(1_500, vocabulary, 7, geography));
  });

  it('passes the checks of the real content, the issuers checked against the real geography', () => {
    expect(corpus.tasks).toHaveLength(1_500);
    expect(corpus.geography.places?.communes).toHaveLength(3_321);
  });

  it('issues its plans from real provinces and communes of today, about 25 tasks a commune plan and 40 a province plan', () => {
    const places = vocabulary.places;
    const provinces = corpus.plans.filter((plan) => plan.level === 'province');
    const communes = corpus.plans.filter((plan) => plan.level === 'commune');
    expect(provinces.length).toBeGreaterThanOrEqual(1);
    expect(communes.length).toBeGreaterThan(50);
    for (const plan of provinces) expect(places.newProvinceById.has(plan.locality)).toBe(true);
    const localities = new Map(corpus.localities.map((locality) => [locality.id, locality]));
    for (const plan of communes) {
      const locality = localities.get(plan.locality);
      const province = places.newProvinceById.get(plan.province);
      expect(province?.communes.some((commune) => commune.name === locality?.full_name)).toBe(true);
    }
    const sizes = [...new Set(communes.map((plan) => plan.id))].map((id) => corpus.tasks.filter((task) => task.plan === id).length);
    // The last plan drawn may be cut to reach the number of tasks asked for.
    expect(sizes.filter((size) => size < 21 || size > 29).length).toBeLessThanOrEqual(1);
    const provinceSizes = provinces.map((plan) => corpus.tasks.filter((task) => task.plan === plan.id).length);
    expect(provinceSizes.filter((size) => size < 36 || size > 44).length).toBeLessThanOrEqual(1);
  });

  it('names the offices each level names in its plans', () => {
    const names = new Set(corpus.agencies.map((agency) => agency.name));
    for (const name of [
      'Văn phòng HĐND và UBND xã',
      'Phòng Kinh tế',
      'Phòng Văn hóa - Xã hội',
      'Công an xã',
      'Ủy ban MTTQ Việt Nam xã',
      'Sở Nội vụ',
      'Văn phòng UBND tỉnh',
    ]) {
      expect(names).toContain(name);
    }
    const issuers = new Set(corpus.plans.map((plan) => plan.locality));
    expect(corpus.agencies.every((agency) => issuers.has(agency.locality))).toBe(true);
  });

  it('spans several plan years', () => {
    expect(new Set(corpus.plans.map((plan) => plan.period.from))).toEqual(new Set([2025, 2026]));
  });

  it('reports progress on about a third of the tasks, 1–3 each, some in one quarter, some listed out of order', () => {
    const byTask = new Map<string, string[]>();
    for (const update of corpus.progress) byTask.set(update.task, [...(byTask.get(update.task) ?? []), update.date]);
    expect(byTask.size / corpus.tasks.length).toBeGreaterThan(0.28);
    expect(byTask.size / corpus.tasks.length).toBeLessThan(0.39);
    const counts = [...byTask.values()].map((dates) => dates.length);
    expect(Math.min(...counts)).toBe(1);
    expect(Math.max(...counts)).toBe(3);
    const quarter = (date: string) => `${date.slice(0, 4)}-${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
    expect([...byTask.values()].some((dates) => dates.length > 1 && new Set(dates.map(quarter)).size === 1)).toBe(true);
    expect([...byTask.values()].some((dates) => dates.some((date, index) => index > 0 && date < (dates[index - 1] ?? '')))).toBe(true);
    expect(corpus.progress.every((update) => update.date <= '2026-09-30')).toBe(true);
  });

  it('never has a commune report on the months before the communes of today existed', () => {
    const planOf = new Map(corpus.tasks.map((task) => [task.id, task.plan]));
    const communePlans = new Set(corpus.plans.filter((plan) => plan.level === 'commune').map((plan) => plan.id));
    const early = corpus.progress.filter((update) => communePlans.has(planOf.get(update.task) ?? '') && update.date < '2025-07-01');
    expect(early).toEqual([]);
  });
});

describe('the synthetic corpus generator', () => {
  it('makes exactly the number of tasks asked for', () => {
    const tasks = (count: number) =>
      generateCorpus(count, vocabulary, 3)
        .filter((file) => file.path.endsWith('/tasks.yaml'))
        .reduce((sum, file) => sum + (file.content.match(/^- id: /gm)?.length ?? 0), 0);
    expect([1, 37, 400].map(tasks)).toEqual([1, 37, 400]);
  });

  it('keeps the country’s mix: about one province plan per 98 commune plans', () => {
    const plans = generateCorpus(20_000, vocabulary, 5).filter((file) => file.path.endsWith('/plan.yaml'));
    const provinces = plans.filter((file) => file.content.includes('level: province')).length;
    const communes = plans.filter((file) => file.content.includes('level: commune')).length;
    expect(communes / provinces).toBeGreaterThan(70);
    expect(communes / provinces).toBeLessThan(130);
  });

  it('marks every file it makes as synthetic, and every plan, task and report', () => {
    const files = generateCorpus(300, vocabulary, 7, geography);
    // The two lists of the real geography are copied unchanged; geography/README.md (marked) says so.
    const copies = new Set(['geography/communes-2025.csv', 'geography/old-to-new-communes.csv']);
    expect(files.filter((file) => !copies.has(file.path) && !file.content.includes(SYNTHETIC_MARK)).map((file) => file.path)).toEqual([]);
    const plans = files.filter((file) => file.path.endsWith('plan.yaml'));
    expect(plans.every((file) => file.content.includes('title: "[Dữ liệu thử]') && file.content.includes('(dữ liệu thử)'))).toBe(true);
    expect(files.filter((file) => file.path.startsWith('plans/')).every((file) => file.path.startsWith('plans/du-lieu-thu-'))).toBe(true);
    const reports = files.filter((file) => file.path.startsWith('progress/'));
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.every((file) => !/title: (?!"\[Dữ liệu thử\])/.test(file.content))).toBe(true);
  });

  it('is reproducible for a seed, and another seed draws other communes', () => {
    expect(generateCorpus(50, vocabulary, 3)).toEqual(generateCorpus(50, vocabulary, 3));
    const planPaths = (seed: number) =>
      generateCorpus(200, vocabulary, seed)
        .filter((file) => file.path.endsWith('plan.yaml'))
        .map((file) => file.path);
    expect(planPaths(3)).not.toEqual(planPaths(4));
  });
});
