/**
 * The row classifier, one case per kind. Rows are written in the shape of the
 * five source documents' rows (fixtures made for these tests, not plan text).
 */
import { describe, expect, it } from 'vitest';
import { realCorpus } from '../../__tests__/real-import.ts';
import { dimensionOf } from './dimension-match.ts';
import type { RoleCells } from './row-cells.ts';
import { classifyRow, type RowContext, type RowView } from './row-kinds.ts';

function view(cells: Partial<RoleCells>, line = 10): RowView {
  const full: RoleCells = { ref: '', label: '', text: '', lead: '', partners: '', output: '', deadline: '', ...cells };
  return {
    line,
    bare: false,
    cells: full,
    ref: full.ref,
    label: full.label,
    text: full.text,
    lead: full.lead,
    filled: (Object.keys(full) as Array<keyof RoleCells>).filter((role) => full[role] !== ''),
  };
}

const context: RowContext = {
  grouping: 'dimension',
  dimensionOf: (name) => dimensionOf(realCorpus.dimensions, name),
  hasRefColumn: true,
  dimension: 1,
  hasTaskAbove: true,
  hasDirectiveAbove: false,
  pendingGroupLabel: null,
};

describe('classifyRow', () => {
  it('a Roman numeral in the numbering column is a dimension heading', () => {
    expect(classifyRow(view({ ref: 'IV', label: 'Kiểm soát tham nhũng trong khu vực công' }), context)).toMatchObject({ kind: 'heading', printedNumber: 4 });
  });
  it('a single digit is a heading only when its text names a dimension', () => {
    expect(classifyRow(view({ ref: '4', text: 'Chỉ số nội dung kiểm soát tham nhũng: tăng cường giám sát' }), context)).toMatchObject({
      kind: 'heading',
      printedNumber: 4,
    });
    expect(classifyRow(view({ ref: '4', text: 'Tổ chức hội nghị', lead: 'Phòng Nội vụ' }), context)).toMatchObject({ kind: 'task', ref: '4' });
  });
  it('"1. Name" in the label cell of a table without a numbering column is a heading', () => {
    expect(classifyRow(view({ label: '1. Tham gia của người dân ở cấp cơ sở' }), { ...context, hasRefColumn: false })).toMatchObject({
      kind: 'heading',
      printedNumber: 1,
      heading: 'Tham gia của người dân ở cấp cơ sở',
    });
  });
  it('a numbered row is a task, its label kept as printed', () => {
    expect(classifyRow(view({ ref: '1.5', label: 'Tuyên truyền', text: 'Tổ chức tuyên truyền', lead: 'Phòng Tư pháp' }), context)).toMatchObject({
      kind: 'task',
      ref: '1.5',
      subLabel: 'Tuyên truyền',
    });
  });
  it('"a) label" in a table without a numbering column is task 1.a', () => {
    expect(
      classifyRow(view({ label: 'a) Tri thức công dân', text: 'Phổ biến pháp luật', lead: 'Phòng Tư pháp' }), { ...context, hasRefColumn: false }),
    ).toMatchObject({ kind: 'task', ref: '1.a', subLabel: 'Tri thức công dân' });
  });
  it('a capitalised cell alone on its row is a heading inside the dimension', () => {
    expect(classifyRow(view({ label: 'Công khai danh sách hộ nghèo' }), context)).toEqual({
      kind: 'subheading',
      text: 'Công khai danh sách hộ nghèo',
      group: null,
    });
  });
  it('a capitalised text ending in ":" alone on its row is a lead-in', () => {
    expect(classifyRow(view({ text: 'Nhóm hoạt động gồm các nội dung sau đây:' }), context)).toMatchObject({ kind: 'lead-in' });
  });
  it('a row starting in lower case below a task continues it', () => {
    expect(classifyRow(view({ text: 'phương.', lead: 'cấp xã' }), context)).toMatchObject({ kind: 'continuation' });
  });
  it('an unnumbered row with its own lead agency is a task of its own', () => {
    expect(classifyRow(view({ text: 'Tăng cường kiểm tra công vụ', lead: 'Phòng Nội vụ' }), context)).toMatchObject({
      kind: 'task',
      ref: null,
      unplaced: false,
    });
  });
  it('an unnumbered row with no lead before any task is kept, and flagged as unplaced', () => {
    expect(classifyRow(view({ text: 'Tổ chức hội nghị', partners: 'Phòng Tư pháp' }), { ...context, hasTaskAbove: false })).toMatchObject({
      kind: 'task',
      unplaced: true,
    });
  });
  it('an empty-text row after a directive is a stray row, never silently dropped', () => {
    expect(classifyRow(view({ deadline: 'Thường xuyên' }), { ...context, hasTaskAbove: false, hasDirectiveAbove: true })).toMatchObject({ kind: 'stray' });
  });
  it('activity tables: "5.6. …" in the text cell is activity 5.6 of group 5', () => {
    const row = view({ text: '5.6. Kiểm tra việc thực hiện', lead: 'Sở Nội vụ' });
    expect(classifyRow(row, { ...context, grouping: 'activity' })).toMatchObject({
      kind: 'task',
      ref: '5.6',
      groupNumber: '5',
      textCell: 'Kiểm tra việc thực hiện',
    });
  });
  it('activity tables: a group label printed before its number waits for it', () => {
    const first = classifyRow(view({ label: 'Nâng cao chất lượng dịch vụ' }), { ...context, grouping: 'activity', hasTaskAbove: false });
    expect(first.group).toEqual({ assign: null, pending: 'Nâng cao chất lượng dịch vụ' });
    const next = classifyRow(view({ text: '2.1. Rà soát thủ tục', lead: 'Sở Nội vụ' }), {
      ...context,
      grouping: 'activity',
      pendingGroupLabel: 'Nâng cao chất lượng dịch vụ',
    });
    expect(next.group).toEqual({ assign: { number: '2', label: 'Nâng cao chất lượng dịch vụ' }, pending: null });
  });
});
