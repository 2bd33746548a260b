/**
 * Values the importer leaves empty are reported, never filled in. The table
 * rows below are fixtures made for the test from the header of Đắk R'Lấp
 * 2024's appendix; they are not plan text.
 */
import { describe, expect, it } from 'vitest';
import { importReal, realCorpus } from '../../__tests__/real-import.ts';
import { importPlan } from './plan-import.ts';

const plan = realCorpus.plans.find((candidate) => candidate.id === 'dak-rlap-2024');
if (!plan) throw new Error('dak-rlap-2024 is missing from content/plans');
const context = { plan, dimensions: realCorpus.dimensions, agencies: realCorpus.agencies, localities: realCorpus.localities };

describe('empty values are reported', () => {
  it('a table without a time column says once that no task has a deadline (Ngã Năm 2021)', () => {
    expect(importReal('nga-nam-2021').warnings).toContain('line 91: the table has no time column; none of its 24 tasks has a deadline');
  });
  it('a task whose time cell is empty is listed with its line, and gets no deadline', () => {
    const text = [
      'PHỤ LỤC',
      'Thứ tự\tChỉ số nội dung\tNhiệm vụ, giải pháp\tCơ quan chủ trì, thực hiện\tCơ quan phối hợp\tThời gian thực hiện',
      '1\tChỉ số nội dung sự tham gia của người dân ở cấp cơ sở:\tTăng cường tuyên truyền\t\t\t',
      '1.1\t\tNhiệm vụ mẫu có thời hạn\tPhòng Tư pháp\t\tThường xuyên',
      '1.2\t\tNhiệm vụ mẫu không ghi thời hạn\tPhòng Tư pháp\t\t',
    ].join('\n');
    const result = importPlan(text, context);
    expect(result.errors).toEqual([]);
    expect(result.tasks.map((task) => task.deadline.kind)).toEqual(['recurring', 'none']);
    expect(result.warnings).toContain('1 task prints no time, so no deadline: 1.2 (line 5)');
  });
  it('a numbered task whose lead cell is empty keeps an empty lead and is reported', () => {
    const text = [
      'PHỤ LỤC',
      'Thứ tự\tChỉ số nội dung\tNhiệm vụ, giải pháp\tCơ quan chủ trì, thực hiện\tCơ quan phối hợp\tThời gian thực hiện',
      '1\tChỉ số nội dung sự tham gia của người dân ở cấp cơ sở:\tTăng cường tuyên truyền\t\t\t',
      '1.1\t\tNhiệm vụ mẫu không ghi cơ quan chủ trì\t\tPhòng Tư pháp\tThường xuyên',
    ].join('\n');
    const result = importPlan(text, context);
    expect(result.tasks[0]?.lead).toEqual([]);
    expect(result.warnings).toContain('line 4: task 1.1 prints no lead agency');
  });
});
