import { describe, expect, it } from 'vitest';
import { endOfMonth, parseDeadline } from './deadline.ts';

const Y2021 = { from: 2021, to: 2021 };
const Y2023 = { from: 2023, to: 2023 };
const Y2021_2025 = { from: 2021, to: 2025 };

describe('parseDeadline: dated forms', () => {
  it('"Quý IV/2021" is due on the last day of the quarter', () => {
    expect(parseDeadline('Quý IV/2021', Y2021)).toMatchObject({ kind: 'date', due: '2021-12-31', start: '2021-10-01', recurring: false });
  });
  it('"Quý III/ 2023" (space after the slash) is due 30/09/2023', () => {
    expect(parseDeadline('Quý III/ 2023', Y2023)).toMatchObject({ kind: 'date', due: '2023-09-30' });
  });
  it('"Tháng 7/2023" is due on the last day of July', () => {
    expect(parseDeadline('Tháng 7/2023', Y2023)).toMatchObject({ kind: 'date', due: '2023-07-31', start: '2023-07-01' });
  });
  it('"Năm 2023" is due at the end of 2023', () => {
    expect(parseDeadline('Năm 2023', Y2023)).toMatchObject({ kind: 'date', due: '2023-12-31' });
  });
  it('"Năm 2023(sau khi có Kế hoạch khảo sát ...)" keeps the condition', () => {
    expect(parseDeadline('Năm 2023(sau khi có Kế hoạch khảo sát của dự án PAPI)', Y2023)).toMatchObject({
      kind: 'date',
      due: '2023-12-31',
      condition: 'sau khi có Kế hoạch khảo sát của dự án PAPI',
    });
  });
  it('"2021-2025" is due at the end of the last year and starts with the first', () => {
    expect(parseDeadline('2021-2025', Y2021_2025)).toMatchObject({ kind: 'date', due: '2025-12-31', start: '2021-01-01', period: Y2021_2025 });
  });
  it('"Hoàn thành trong quý II, quý III" takes the year from the plan when the cell prints none', () => {
    expect(parseDeadline('Hoàn thành trong quý II, quý III', Y2021)).toMatchObject({ kind: 'date', due: '2021-09-30', start: '2021-04-01' });
  });
  it('a quarter without a year in a multi-year period cannot be dated and stays free text', () => {
    expect(parseDeadline('Hoàn thành trong quý II, quý III', Y2021_2025)).toMatchObject({ kind: 'free_text', due: null });
  });
  it('"Ban hành Kế hoạch trong quý III/2021; kết luận kiểm tra trong quý IV/2021" has two milestones and is due at the later', () => {
    const deadline = parseDeadline('Ban hành Kế hoạch trong quý III/2021; kết luận kiểm tra trong quý IV/2021', Y2021);
    expect(deadline).toMatchObject({ kind: 'date', due: '2021-12-31' });
    expect(deadline.milestones).toEqual([
      { label: 'Ban hành Kế hoạch trong quý III/2021', due: '2021-09-30' },
      { label: 'kết luận kiểm tra trong quý IV/2021', due: '2021-12-31' },
    ]);
  });
  it('"Kiểm tra ít nhất 02 đợt trong năm 2021" is due at the end of 2021', () => {
    expect(parseDeadline('Kiểm tra ít nhất 02 đợt trong năm 2021', Y2021)).toMatchObject({ kind: 'date', due: '2021-12-31' });
  });
});

describe('parseDeadline: recurring forms', () => {
  it('"Thường xuyên" recurs within the plan period', () => {
    expect(parseDeadline('Thường xuyên', Y2023)).toMatchObject({ kind: 'recurring', recurring: true, frequency: 'continuous', period: Y2023, due: null });
  });
  it('"Thường xuyên (2021-2025)" recurs within the printed years', () => {
    expect(parseDeadline('Thường xuyên (2021-2025)', Y2021_2025)).toMatchObject({ kind: 'recurring', frequency: 'continuous', period: Y2021_2025 });
  });
  it('"Thường xuyên (2021- 2025)" with a space from a line break reads the same', () => {
    expect(parseDeadline('Thường xuyên (2021- 2025)', Y2021_2025)).toMatchObject({ kind: 'recurring', period: Y2021_2025 });
  });
  it('"Hằng năm" and "Hàng năm" both recur annually', () => {
    expect(parseDeadline('Hằng năm', Y2023)).toMatchObject({ kind: 'recurring', frequency: 'annual' });
    expect(parseDeadline('Hàng năm', Y2023)).toMatchObject({ kind: 'recurring', frequency: 'annual' });
  });
  it('"Định kỳ hàng quý" recurs quarterly', () => {
    expect(parseDeadline('Định kỳ hàng quý', Y2021)).toMatchObject({ kind: 'recurring', frequency: 'quarterly' });
  });
  it('"Theo nhiệm kỳ" recurs with the term of office', () => {
    expect(parseDeadline('Theo nhiệm kỳ', Y2021)).toMatchObject({ kind: 'recurring', frequency: 'term' });
  });
  it('"Theo kế hoạch hàng năm (2021-2025)" recurs annually within 2021–2025', () => {
    expect(parseDeadline('Theo kế hoạch hàng năm (2021-2025)', Y2021_2025)).toMatchObject({ kind: 'recurring', frequency: 'annual', period: Y2021_2025 });
  });
});

describe('parseDeadline: forms with no date', () => {
  it('"Theo kế hoạch" has no date', () => {
    expect(parseDeadline('Theo kế hoạch', Y2021)).toMatchObject({ kind: 'conditional', due: null, recurring: false, condition: 'Theo kế hoạch' });
  });
  it('"Trước bầu cử" has no date', () => {
    expect(parseDeadline('Trước bầu cử', Y2023)).toMatchObject({ kind: 'conditional', due: null });
  });
  it('"Sau khi UBND tỉnh phê duyệt" has no date', () => {
    expect(parseDeadline('Sau khi UBND tỉnh phê duyệt', Y2021_2025)).toMatchObject({ kind: 'conditional', due: null });
  });
  it('"Sau khi có kết luận ... (2021-2025)" keeps the printed years as its period', () => {
    expect(parseDeadline('Sau khi có kết luận của cơ quan có thẩm quyền (2021-2025)', Y2021_2025)).toMatchObject({ kind: 'conditional', period: Y2021_2025 });
  });
  it('an empty cell means no deadline was printed', () => {
    expect(parseDeadline(null, Y2021)).toMatchObject({ kind: 'none', text: null });
    expect(parseDeadline('  ', Y2021)).toMatchObject({ kind: 'none', text: null });
  });
  it('wording it cannot read is kept as free text, never guessed', () => {
    expect(parseDeadline('Khẩn trương', Y2021)).toMatchObject({ kind: 'free_text', text: 'Khẩn trương', due: null });
  });
});

describe('endOfMonth', () => {
  it('knows February in a leap year', () => {
    expect(endOfMonth(2024, 2)).toBe('2024-02-29');
  });
});
