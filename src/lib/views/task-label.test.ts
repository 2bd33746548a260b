import { describe, expect, it } from 'vitest';
import { realCorpus } from '../../__tests__/real-import.ts';
import { cutAtWords, firstClause, MAX_WORDS, taskLabel } from './task-label.ts';

const real = (id: string) => {
  const task = realCorpus.tasks.find((candidate) => candidate.id === id);
  if (!task) throw new Error(`no task ${id} in content/`);
  return task;
};
/** The words of a text as printed, without the marks a label may add or drop. */
const words = (text: string) => text.replace(/…$/, '').split(/\s+/);

describe('taskLabel on the real plans', () => {
  it('labels a Đông Hòa task without a sub-dimension label by the start of its text, cut at a word with "…"', () => {
    const task = real('dong-hoa-2021-pl2-60');
    expect(task.subdimension_label).toBeNull();
    expect(taskLabel(task)).toBe('Tăng cường tuyên truyền chính sách bảo hiểm y tế để góp…');
  });
  it('keeps a short first sentence whole, without "…"', () => {
    expect(taskLabel(real('dong-hoa-2021-pl2-38'))).toBe('Rà soát, đề xuất rút ngắn thời gian giải quyết TTHC');
  });
  it('stops at the first ";" and marks that more follows', () => {
    expect(real('soc-trang-2023-5-7').text).toMatch(/^Hướng dẫn rà soát hộ nghèo, hộ cận nghèo; /);
    expect(taskLabel(real('soc-trang-2023-5-7'))).toBe('Hướng dẫn rà soát hộ nghèo, hộ cận nghèo…');
  });
  it('uses the printed sub-dimension label where the row has one', () => {
    expect(taskLabel(real('nga-nam-2021-1-c'))).toBe('Chất lượng bầu cử Trưởng ấp, Trưởng khóm');
    expect(taskLabel(real('chi-lang-2024-2-b'))).toBe('Công khai danh sách hộ nghèo');
  });
  it('joins a label printed on several lines, without its bullet marks', () => {
    const task = realCorpus.tasks.find((candidate) => candidate.plan === 'nga-nam-2021' && candidate.subdimension_label?.includes('\n'));
    expect(taskLabel(task!)).toBe('Bao gồm các dịch vụ: Chứng thực, xác nhận của chính quyền…');
  });
  it('gives every task a label that is the start of what the plan prints, in its words and order', () => {
    for (const task of realCorpus.tasks) {
      const label = taskLabel(task);
      const printed = (task.subdimension_label ?? task.text).replace(/^[-+•]\s+/gm, '').replace(/\s+/g, ' ');
      const kept = words(label);
      expect(kept.length, task.id).toBeGreaterThanOrEqual(2);
      expect(kept.length, task.id).toBeLessThanOrEqual(MAX_WORDS);
      // Every word is the printed word at the same place; only the last may lose its trailing punctuation.
      const source = printed.split(' ');
      kept.forEach((word, index) => {
        expect(source[index]?.startsWith(word), `${task.id}: "${word}"`).toBe(true);
      });
    }
  });
});

describe('firstClause', () => {
  it('does not stop at the dots and colons inside a date, a number or a time', () => {
    expect(firstClause('Thực hiện Chỉ thị ngày 22.10.2010 lúc 8:00 của tỉnh. Câu sau')).toBe('Thực hiện Chỉ thị ngày 22.10.2010 lúc 8:00 của tỉnh');
  });
  it('keeps the whole first line where the clause would be one word', () => {
    expect(firstClause('Khác: nội dung')).toBe('Khác: nội dung');
  });
});

describe('cutAtWords', () => {
  it('leaves a short text as it is', () => {
    expect(cutAtWords('Y tế công lập')).toBe('Y tế công lập');
  });
  it('does not end on a comma or leave a bracket open', () => {
    expect(cutAtWords('một hai, ba bốn', 2)).toBe('một hai…');
    expect(cutAtWords('một (hai ba bốn) năm', 3)).toBe('một…');
    expect(cutAtWords('một (hai ba) bốn năm', 3)).toBe('một (hai ba)…');
  });
});
