import { describe, expect, it } from 'vitest';
import type { DraftTask } from './rows.ts';
import { splitPairedEntries } from './paired-entries.ts';

const draft = (cells: Partial<DraftTask['cells']>): DraftTask => ({
  line: 7,
  ref: '6.1',
  key: '6-1',
  baseKey: '6-1',
  dimension: 6,
  subdimensionLabel: null,
  printedSubdimension: null,
  group: null,
  cells: { text: '', lead: '', partners: '', output: '', deadline: '', ...cells } as DraftTask['cells'],
});

describe('rows holding entries side by side', () => {
  it('a row whose cells have one paragraph each is left whole', () => {
    expect(splitPairedEntries(draft({ text: '<p>A</p><p>- b</p>', lead: 'X', deadline: 'Năm 2024' }))).toEqual({
      drafts: [expect.objectContaining({ key: '6-1' })],
      warning: null,
    });
  });
  it('an intro and its bullet items with one lead are one task', () => {
    expect(splitPairedEntries(draft({ text: '<p>A</p><p>- b</p><p>- c</p>', lead: '<p>X</p>', deadline: 'Thường xuyên' })).drafts).toHaveLength(1);
  });
  it('two leads and two deadlines over an intro and bullet items: two tasks, the first keeping the row id', () => {
    const { drafts, warning } = splitPairedEntries(
      draft({ text: '<p>A</p> <p>- b</p> <p>- c</p>', lead: '<p>X</p> <p>Y</p>', partners: '<p>P</p> <p>Q</p>', deadline: '<p>Quý I</p> <p>Quý II</p>' }),
    );
    expect(drafts.map((one) => [one.key, one.cells.text, one.cells.lead, one.cells.partners, one.cells.deadline])).toEqual([
      ['6-1', 'A', 'X', 'P', 'Quý I'],
      ['6-1-2', '- b\n- c', 'Y', 'Q', 'Quý II'],
    ]);
    expect(warning).toMatch(/line 7: task 6\.1 holds 2 entries side by side/);
  });
  it('cells that pair entries the text cannot be split into: kept whole, with a warning', () => {
    const { drafts, warning } = splitPairedEntries(draft({ text: '<p>- a</p><p>- b</p>', lead: '<p>X</p><p>Y</p>', deadline: '<p>2024</p><p>2025</p>' }));
    expect(drafts).toHaveLength(1);
    expect(warning).toMatch(/line 7: task 6\.1 has 2 paragraphs in each of its agency and deadline cells but its text does not fall into 2 entries/);
  });
});
