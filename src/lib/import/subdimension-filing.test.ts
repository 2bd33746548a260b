/**
 * Sub-dimension filing: a printed number is the plan's numbering, not a PAPI
 * code, unless the label names the sub-dimension or the table's labelled rows
 * prove it is numbered by code. The tables below are fixtures made for these
 * tests from the header of Đắk R'Lấp 2024's appendix, with task rows of our
 * own; they are not plan text.
 */
import { describe, expect, it } from 'vitest';
import { importReal, realCorpus } from '../../__tests__/real-import.ts';
import { importPlan } from './plan-import.ts';

const plan = realCorpus.plans.find((candidate) => candidate.id === 'dak-rlap-2024');
if (!plan) throw new Error('dak-rlap-2024 is missing from content/plans');
const context = { plan, dimensions: realCorpus.dimensions, agencies: realCorpus.agencies, localities: realCorpus.localities };

const HEADER = [
  'PHỤ LỤC',
  'NHIỆM VỤ VÀ GIẢI PHÁP (bảng mẫu dùng cho kiểm thử)',
  'Thứ tự\tChỉ số nội dung\tNhiệm vụ, giải pháp\tCơ quan chủ trì, thực hiện\tCơ quan phối hợp\tThời gian thực hiện',
  '1\tChỉ số nội dung sự tham gia của người dân ở cấp cơ sở:\tTăng cường tuyên truyền\t\t\t',
];

function fixture(rows: string[]): string {
  return [...HEADER, ...rows].join('\n');
}

describe('sub-dimension filing', () => {
  it('tasks numbered 1.1–1.5 whose labels name no sub-dimension get none, each with a warning', () => {
    const rows = [1, 2, 3, 4, 5].map((n) => `1.${n}\t\tNhiệm vụ thứ ${n} của bảng mẫu\tPhòng Tư pháp\t\tThường xuyên`);
    const result = importPlan(fixture(rows), context);
    expect(result.errors).toEqual([]);
    expect(result.tasks.map((task) => [task.ref, task.dimension, task.subdimension])).toEqual([
      ['1.1', 1, null],
      ['1.2', 1, null],
      ['1.3', 1, null],
      ['1.4', 1, null],
      ['1.5', 1, null],
    ]);
    expect(result.subdimensions).toEqual([]);
    expect(result.warnings.filter((warning) => warning.includes('numbered like PAPI sub-dimension'))).toHaveLength(4);
  });

  it('a label that names the sub-dimension files the task there, and the filing is reported', () => {
    const result = importPlan(fixture(['1.5\tChất lượng bầu cử Trưởng thôn\tHướng dẫn bầu cử\tPhòng Tư pháp\t\tThường xuyên']), context);
    expect(result.tasks[0]?.subdimension).toBe('1.3');
    expect(result.subdimensions).toEqual([{ line: 5, ref: '1.5', code: '1.3', by: 'label', label: 'Chất lượng bầu cử Trưởng thôn' }]);
    expect(result.warnings.some((warning) => warning.includes('is numbered 1.5 but its label "Chất lượng bầu cử Trưởng thôn" names sub-dimension 1.3'))).toBe(
      true,
    );
  });

  it('an unlabelled row takes its number as the code only when the labelled rows prove the table is numbered by code', () => {
    const rows = [
      '1.1\tTri thức công dân về chính sách hiện hành\tPhổ biến pháp luật\tPhòng Tư pháp\t\tThường xuyên',
      '1.2\t\tVận động người dân tham gia\tPhòng Tư pháp\t\tThường xuyên',
      '1.3\tChất lượng bầu cử Trưởng thôn\tHướng dẫn bầu cử\tPhòng Tư pháp\t\tThường xuyên',
    ];
    const result = importPlan(fixture(rows), context);
    expect(result.tasks.map((task) => task.subdimension)).toEqual(['1.1', '1.2', '1.3']);
    expect(result.subdimensions.map((filing) => filing.by)).toEqual(['label', 'numbering', 'label']);
    // One labelled row is not proof.
    const single = importPlan(fixture([rows[0] ?? '', rows[1] ?? '']), context);
    expect(single.tasks.map((task) => task.subdimension)).toEqual(['1.1', null]);
  });

  it("Đắk R'Lấp 2024's unlabelled row 4.2 is filed by its table's numbering, and says so", () => {
    const result = importReal('dak-rlap-2024');
    expect(result.subdimensions.filter((filing) => filing.by === 'numbering').map((filing) => filing.line)).toEqual([121, 122]);
    expect(result.warnings).toContain(
      "line 121: task 4.2 prints no label; filed under sub-dimension 4.2 because this table's labelled rows are numbered by PAPI code",
    );
  });
});
