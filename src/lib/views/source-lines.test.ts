import { describe, expect, it } from 'vitest';
import { realCorpus } from '../../__tests__/real-import.ts';
import { sourceLines } from './source-lines.ts';

describe('source lines', () => {
  it('numbers lines from 1; a final newline starts no line; a BOM is not text', () => {
    expect(sourceLines('\uFEFFa\nb\n')).toEqual([
      { number: 1, text: 'a' },
      { number: 2, text: 'b' },
    ]);
    expect(sourceLines('a\r\n\r\nb')).toEqual([
      { number: 1, text: 'a' },
      { number: 2, text: '' },
      { number: 3, text: 'b' },
    ]);
  });

  it("every real task's 'line N' opens on the row that prints it", () => {
    const misplaced: string[] = [];
    for (const task of realCorpus.tasks) {
      const plan = realCorpus.plans.find((candidate) => candidate.id === task.plan);
      const lines = sourceLines(realCorpus.sources.get(plan?.source.file ?? '') ?? '');
      // The row may run over a few lines; its opening words stand in them (markup and spacing aside).
      const row = lines
        .slice(task.source_line - 1, task.source_line + 3)
        .map((line) => line.text)
        .join(' ')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ');
      const opening = (task.text.split('\n')[0] ?? '').replace(/^[-+] /, '').slice(0, 24);
      if (!row.includes(opening)) misplaced.push(`${task.id}: line ${task.source_line} does not hold "${opening}"`);
    }
    expect(misplaced).toEqual([]);
  });
});
