import { describe, expect, it } from 'vitest';
import { importReal, realCorpus } from '../../__tests__/real-import.ts';
import { countsByDimension, planSections, relatedTasks } from './plan-view.ts';

describe('planSections', () => {
  it('groups Ngã Năm by dimension and sub-dimension in printed order', () => {
    const sections = planSections(importReal('nga-nam-2021').tasks, realCorpus.dimensions);
    expect(sections.map((section) => section.dimension)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(sections[0]?.groups.map((group) => group.code)).toEqual(['1.1', '1.2', '1.3', '1.4']);
    expect(sections.reduce((sum, section) => sum + section.count, 0)).toBe(24);
  });
  it("groups Sóc Trăng's activities by the plan's own groups", () => {
    const sections = planSections(importReal('soc-trang-2023').tasks, realCorpus.dimensions);
    expect(sections).toHaveLength(1);
    expect(sections[0]?.dimension).toBeNull();
    expect(sections[0]?.groups).toHaveLength(6);
  });
});

describe('countsByDimension', () => {
  it('counts all eight dimensions, zeros included', () => {
    expect(countsByDimension(importReal('chi-lang-2024').tasks).map((entry) => entry.count)).toEqual([4, 4, 3, 4, 1, 4, 2, 3]);
    expect(countsByDimension(importReal('soc-trang-2023').tasks).every((entry) => entry.count === 0)).toBe(true);
  });
});

describe('relatedTasks', () => {
  it('finds the election tasks of the other plans', () => {
    const all = ['nga-nam-2021', 'chi-lang-2024', 'dak-rlap-2024'].flatMap((id) => importReal(id).tasks);
    const nganam = all.find((task) => task.id === 'nga-nam-2021-1-c');
    expect(relatedTasks(nganam!, all).map((task) => task.id)).toEqual(['chi-lang-2024-1-c', 'dak-rlap-2024-1-3']);
  });
});
