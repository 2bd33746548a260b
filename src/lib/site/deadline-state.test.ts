import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../import/deadline.ts';
import { deadlineState } from './deadline-state.ts';

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
  it('no printed deadline gives no judgement', () => {
    expect(deadlineState(parseDeadline(null, Y2021), '2030-01-01')).toBe('none');
  });
});
