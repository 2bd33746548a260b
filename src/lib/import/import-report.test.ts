import { describe, expect, it } from 'vitest';
import { importReal } from '../../__tests__/real-import.ts';
import { diffEntries, importReport } from './import-report.ts';

describe('diffEntries', () => {
  it('lists added, removed and changed entries with the fields that changed', () => {
    const before = [
      { id: 'a', text: 'x', order: 1 },
      { id: 'b', text: 'y', order: 2 },
    ];
    const after = [
      { id: 'b', text: 'y2', order: 1 },
      { id: 'c', text: 'z', order: 2 },
    ];
    expect(diffEntries(before, after)).toEqual({ added: ['c'], removed: ['a'], changed: [{ id: 'b', fields: ['text', 'order'] }], unchanged: 0 });
  });
});

describe('importReport', () => {
  const result = importReal('chi-lang-2024');
  it('after a write: the count per dimension and no change against identical files', () => {
    const lines = importReport({ planId: 'chi-lang-2024', sourcePath: 'x.txt', result, current: result, dryRun: false });
    expect(lines[0]).toBe(`chi-lang-2024: imported 25 tasks and ${result.commitments.length} narrative commitments from x.txt`);
    expect(lines).toContain('  Dimension 5: 1 task');
    expect(lines).toContain('  tasks: no change (25 identical)');
    expect(lines.some((line) => line.startsWith('Dry run'))).toBe(false);
  });
  it('in a dry run: one line per task with its reference, first words, lead and deadline, and says nothing was written', () => {
    const lines = importReport({ planId: 'chi-lang-2024', sourcePath: 'x.txt', result, current: { tasks: [], commitments: [] }, dryRun: true });
    const first = result.tasks[0];
    expect(lines.filter((line) => / \| lead: .* \| deadline: .* \| line \d+$/.test(line))).toHaveLength(25);
    expect(lines.find((line) => line.includes(`| line ${first?.source_line}`))).toContain(first?.ref ?? '');
    expect(lines).toContain('  tasks: 25 added, 0 removed, 0 changed, 0 identical');
    expect(lines.at(-1)).toMatch(/^Dry run: nothing was written/);
  });
});
