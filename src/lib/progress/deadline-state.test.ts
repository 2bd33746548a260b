import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../import/deadline.ts';
import { deadlineState, planPeriodOf } from './deadline-state.ts';

const Y2021 = { from: 2021, to: 2021 };

describe('deadlineState', () => {
  it('a dated task is passed the day after its due date, not on it', () => {
    const deadline = parseDeadline('Quý IV/2021', Y2021);
    expect(deadlineState(deadline, '2021-12-31')).toBe('open');
    expect(deadlineState(deadline, '2022-01-01')).toBe('passed');
  });
  it('a recurring task is judged by the end of its period', () => {
    const deadline = parseDeadline('Thường xuyên (2021-2025)', { from: 2021, to: 2025 });
    expect(deadlineState(deadline, '2025-06-01')).toBe('recurring');
    expect(deadlineState(deadline, '2026-01-01')).toBe('period-ended');
  });
  it('a conditional deadline is never called late', () => {
    expect(deadlineState(parseDeadline('Theo kế hoạch', Y2021), '2030-01-01')).toBe('no-date');
  });
  it('no printed deadline gives no judgement of its own', () => {
    expect(deadlineState(parseDeadline(null, Y2021), '2030-01-01')).toBe('none');
  });
  it('no printed deadline, or a conditional one, in a plan whose period has ended: plan-ended', () => {
    expect(deadlineState(parseDeadline(null, Y2021), '2021-12-31', Y2021)).toBe('none');
    expect(deadlineState(parseDeadline(null, Y2021), '2022-01-01', Y2021)).toBe('plan-ended');
    expect(deadlineState(parseDeadline('Theo kế hoạch', Y2021), '2022-01-01', Y2021)).toBe('plan-ended');
  });
  it("the period of a task is its appendix's where the plan has several", () => {
    const plan = { period: { from: 2021, to: 2025 }, parts: [{ id: 'pl1', title: 'PHỤ LỤC I', period: Y2021 }] };
    expect(planPeriodOf({ part: 'pl1' }, plan)).toEqual(Y2021);
    expect(planPeriodOf({ part: null }, plan)).toEqual({ from: 2021, to: 2025 });
    expect(planPeriodOf({ part: null }, undefined)).toBeNull();
  });
});
