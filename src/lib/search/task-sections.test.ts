import { describe, expect, it } from 'vitest';
import { indexedNationally, keepsTaskFilters, NATIONAL_ONLY, sectionRank, taskLeadId, tasksInPlan, wordsTogether, type PlanFragment } from './task-sections.ts';

/**
 * A plan fragment in the shape pagefind returns it (anchors as its indexer records them,
 * sub_results as its search computes them), for a plan page with two dimension sections,
 * a section of the plan's own activities, and four tasks.
 */
const fragment: PlanFragment = {
  url: '/ke-hoach/dong-hoa-2021/',
  anchors: [
    { element: 'h2', id: 'nhiem-vu', text: 'Các nhiệm vụ (4)', location: 40 },
    { element: 'h2', id: 'chi-so-1-title', text: '1. Tham gia của người dân ở cấp cơ sở', location: 50 },
    { element: 'h4', id: 'dong-hoa-2021-pl1-1', text: 'Nhiệm vụ 1 (PHỤ LỤC I):', location: 58 },
    { element: 'dd', id: taskLeadId('dong-hoa-2021-pl1-1'), text: 'Phòng Tư pháp', location: 80 },
    { element: 'h2', id: 'chi-so-3-title', text: '3. Trách nhiệm giải trình với người dân', location: 90 },
    { element: 'h4', id: 'dong-hoa-2021-pl1-3', text: 'Nhiệm vụ 3 (PHỤ LỤC I):', location: 100 },
    { element: 'dd', id: taskLeadId('dong-hoa-2021-pl1-3'), text: 'Phòng Tư pháp; Công an thị xã', location: 120 },
    { element: 'h2', id: 'chi-so-khac-title', text: 'Hoạt động chung của kế hoạch', location: 130 },
    { element: 'h4', id: 'dong-hoa-2021-pl2-1', text: 'Nhiệm vụ 1 (PHỤ LỤC II):', location: 140 },
    { element: 'dd', id: taskLeadId('dong-hoa-2021-pl2-1'), text: 'Văn bản không ghi', location: 150 },
    // A task listed a second time under a prefix (an office's page): its lead list's id does not match.
    { element: 'h4', id: 'phoi-hop-x', text: 'Nhiệm vụ 9:', location: 160 },
    { element: 'dd', id: taskLeadId('x', 'phoi-hop-'), text: 'Phòng Tư pháp', location: 165 },
  ],
  sub_results: [
    { title: 'Các nhiệm vụ (4)', url: '/ke-hoach/dong-hoa-2021/#nhiem-vu', excerpt: 'nhiệm vụ', locations: [41] },
    {
      title: 'Nhiệm vụ 1 (PHỤ LỤC I):',
      url: '/ke-hoach/dong-hoa-2021/#dong-hoa-2021-pl1-1',
      excerpt: 'tại <mark>cơ</mark> <mark>sở</mark>',
      anchor: { element: 'h4', id: 'dong-hoa-2021-pl1-1', text: 'Nhiệm vụ 1 (PHỤ LỤC I):', location: 58 },
      locations: [62, 63],
      weighted_locations: [
        { location: 62, balanced_score: 10 },
        { location: 63, balanced_score: 10 },
      ],
    },
    {
      title: 'Nhiệm vụ 3 (PHỤ LỤC I):',
      url: '/ke-hoach/dong-hoa-2021/#dong-hoa-2021-pl1-3',
      excerpt: '<mark>hòa</mark> <mark>giải</mark> <mark>cơ</mark> <mark>sở</mark>',
      anchor: { element: 'h4', id: 'dong-hoa-2021-pl1-3', text: 'Nhiệm vụ 3 (PHỤ LỤC I):', location: 100 },
      locations: [104, 105, 106, 107],
      weighted_locations: [
        { location: 104, balanced_score: 30 },
        { location: 105, balanced_score: 30 },
        { location: 106, balanced_score: 10 },
        { location: 107, balanced_score: 10 },
      ],
    },
    {
      title: 'Nhiệm vụ 1 (PHỤ LỤC II):',
      url: '/ke-hoach/dong-hoa-2021/#dong-hoa-2021-pl2-1',
      excerpt: '<mark>cơ</mark> quan … <mark>sở</mark>',
      anchor: { element: 'h4', id: 'dong-hoa-2021-pl2-1', text: 'Nhiệm vụ 1 (PHỤ LỤC II):', location: 140 },
      locations: [142, 145],
      weighted_locations: [
        { location: 142, balanced_score: 10 },
        { location: 145, balanced_score: 10 },
      ],
    },
  ],
};

describe('tasks found in a plan page (national index)', () => {
  const tasks = tasksInPlan(fragment);

  it('reads each task section, and nothing else: not the plan headings, not a task listed under a prefix', () => {
    expect(tasks.map((task) => task.taskId).sort()).toEqual(['dong-hoa-2021-pl1-1', 'dong-hoa-2021-pl1-3', 'dong-hoa-2021-pl2-1']);
  });

  it('puts the task that holds the query as a phrase first, then by pagefind’s scores; ties keep the page order', () => {
    expect(tasks.map((task) => task.taskId)).toEqual(['dong-hoa-2021-pl1-3', 'dong-hoa-2021-pl1-1', 'dong-hoa-2021-pl2-1']);
  });

  it('gives each task its number, lead offices, dimension and excerpt', () => {
    expect(tasks[0]).toEqual({
      taskId: 'dong-hoa-2021-pl1-3',
      title: 'Nhiệm vụ 3 (PHỤ LỤC I)',
      url: '/ke-hoach/dong-hoa-2021/#dong-hoa-2021-pl1-3',
      lead: 'Phòng Tư pháp; Công an thị xã',
      dimension: 3,
      excerpt: '<mark>hòa</mark> <mark>giải</mark> <mark>cơ</mark> <mark>sở</mark>',
    });
    expect(tasks.find((task) => task.taskId === 'dong-hoa-2021-pl1-1')?.dimension).toBe(1);
  });

  it("a task in the plan's own activities has no dimension, not the one of the section before", () => {
    expect(tasks.find((task) => task.taskId === 'dong-hoa-2021-pl2-1')?.dimension).toBeNull();
  });

  it('a fragment without sub-results (the plan matched in its header) has no tasks', () => {
    expect(tasksInPlan({ url: '/ke-hoach/x/', anchors: fragment.anchors ?? [] })).toEqual([]);
  });

  it('ranks a section by its longest phrase of matched words (one small word allowed between), then by the sum of scores', () => {
    expect(sectionRank({ title: '', url: '', excerpt: '', locations: [5, 9, 6, 7] })).toEqual([4, 0]);
    expect(sectionRank({ title: '', url: '', excerpt: '', locations: [5, 12, 6, 20] })).toEqual([2, 0]);
    expect(sectionRank({ title: '', url: '', excerpt: '' })).toEqual([0, 0]);
  });
});

describe('task-level filters on tasks found in plans', () => {
  const [third, first, activities] = tasksInPlan(fragment);
  it('keeps a task of the chosen dimension, by the number the filter value begins with', () => {
    expect(third && keepsTaskFilters(third, { dimension: '3. Trách nhiệm giải trình với người dân' })).toBe(true);
    expect(first && keepsTaskFilters(first, { dimension: '3. Trách nhiệm giải trình với người dân' })).toBe(false);
    expect(activities && keepsTaskFilters(activities, { dimension: '1. Tham gia của người dân ở cấp cơ sở' })).toBe(false);
  });

  it('keeps a task led by the chosen office, by whole name (one of several leads)', () => {
    expect(third && keepsTaskFilters(third, { agency: 'Công an thị xã' })).toBe(true);
    expect(third && keepsTaskFilters(third, { agency: 'Công an' })).toBe(false);
    expect(first && keepsTaskFilters(first, { agency: 'Công an thị xã' })).toBe(false);
  });

  it('keeps every task when no task-level filter is chosen', () => {
    expect(tasksInPlan(fragment).every((task) => keepsTaskFilters(task, {}))).toBe(true);
  });
});

describe('the pages of the national index', () => {
  it("indexes a plan page's task list in the national index only", () => {
    const html = `<section id="chi-so-1" data-plan-section data-pagefind-ignore ${NATIONAL_ONLY}><span data-pagefind-ignore>nhãn</span></section>`;
    expect(indexedNationally(html)).toBe(`<section id="chi-so-1" data-plan-section ${NATIONAL_ONLY}><span data-pagefind-ignore>nhãn</span></section>`);
    expect(indexedNationally('<p data-pagefind-ignore>x</p>')).toBe('<p data-pagefind-ignore>x</p>');
  });
});

describe('how many of the query’s words a listed task holds together', () => {
  it('two in a row for a query of two words or more, one for a single word', () => {
    expect(wordsTogether('hộ nghèo')).toBe(2);
    expect(wordsTogether('bau cu truong thon')).toBe(2);
    expect(wordsTogether('"thư xin lỗi"')).toBe(2);
    expect(wordsTogether('internet')).toBe(1);
    expect(wordsTogether('“lót”')).toBe(1);
  });
  it('leaves out a task holding the query’s words only apart', () => {
    // Nhiệm vụ 1 (PHỤ LỤC II) holds "cơ" and "sở" three words apart.
    expect(tasksInPlan(fragment, 2).map((task) => task.taskId)).toEqual(['dong-hoa-2021-pl1-3', 'dong-hoa-2021-pl1-1']);
  });
});
