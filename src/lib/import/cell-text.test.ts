import { describe, expect, it } from 'vitest';
import { cellLine, cellParagraphs, MarkupError, taskText } from './cell-text.ts';

describe('cellParagraphs', () => {
  it('turns <p> and <ul> into paragraphs and drops inline <i>', () => {
    expect(cellParagraphs('<p>Một</p> <ul style="list-style-type: none"> - Hai <i>ba</i>')).toEqual(['Một', '- Hai ba']);
  });
  it('turns <br> into a line break and decodes entities', () => {
    expect(cellParagraphs('A &amp; B<br>C')).toEqual(['A & B', 'C']);
  });
  it('refuses markup it does not know, such as <script>', () => {
    expect(() => cellParagraphs('<script>alert(1)</script>')).toThrow(MarkupError);
  });
});

describe('cellLine', () => {
  it('joins paragraphs with a space', () => {
    expect(cellLine('<p>UBND cấp xã, phường</p>')).toBe('UBND cấp xã, phường');
  });
});

describe('taskText', () => {
  it('splits inline bullets before a capital letter', () => {
    const result = taskText('<ul style="list-style-type: none"> - Tuyên truyền A. - Đẩy mạnh B ');
    expect(result.actions).toEqual(['Tuyên truyền A.', 'Đẩy mạnh B']);
    expect(result.text).toBe('- Tuyên truyền A.\n- Đẩy mạnh B');
  });
  it('keeps an intro sentence as text, not as an action', () => {
    const result = taskText('Nghiêm cấm các hành vi như: - Dùng tiền công quỹ; - Nhận các khoản tiền');
    expect(result.actions).toEqual(['Dùng tiền công quỹ;', 'Nhận các khoản tiền']);
    expect(result.text.split('\n')[0]).toBe('Nghiêm cấm các hành vi như:');
  });
  it('does not split a hyphen followed by a lower-case word or a digit', () => {
    expect(taskText('Chuyên mục Hỏi - đáp nhiệm kỳ 2021 - 2026').actions).toEqual([]);
  });
  it('keeps "+" sub-items as actions', () => {
    expect(taskText('<p>+ Người dân hài lòng.</p>').actions).toEqual(['Người dân hài lòng.']);
  });
});
