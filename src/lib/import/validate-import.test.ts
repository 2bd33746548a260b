/**
 * The check before an import writes: the corpus as it would be after the
 * import, against the corpus before. The progress update below is a fixture
 * made for the test (no such report exists), added to a copy of the corpus.
 */
import { describe, expect, it } from 'vitest';
import { importReal, realCorpus } from '../../__tests__/real-import.ts';
import { progressSchema } from '../../schemas/progress.ts';
import { corpusAfterImport, problemsBroughtByImport } from './validate-import.ts';

const TODAY = '2026-12-01';
const plan = realCorpus.plans.find((candidate) => candidate.id === 'dak-rlap-2024');
if (!plan) throw new Error('dak-rlap-2024 is missing from content/plans');
const sourceText = realCorpus.sources.get(plan.source.file) ?? '';
const fixtureUpdate = (task: string) =>
  progressSchema.parse({ task, date: '2025-01-15', status: 'in_progress', source: { title: 'Báo cáo mẫu dùng cho kiểm thử (fixture)' } });

describe('problemsBroughtByImport', () => {
  it('re-importing a plan as it is brings no problem', () => {
    const result = importReal('dak-rlap-2024');
    expect(problemsBroughtByImport(realCorpus, corpusAfterImport(realCorpus, plan, result, sourceText), TODAY)).toEqual([]);
  });

  it('an import that drops a task a progress update or a guide names is stopped, naming each', () => {
    const before = { ...realCorpus, progress: [fixtureUpdate('dak-rlap-2024-1-1')] };
    const result = importReal('dak-rlap-2024');
    const without = { ...result, tasks: result.tasks.filter((task) => task.id !== 'dak-rlap-2024-1-1') };
    const problems = problemsBroughtByImport(before, corpusAfterImport(before, plan, without, sourceText), TODAY);
    expect(problems[0]).toMatchObject({ file: 'content/progress', field: 'task', entry: 'update for "dak-rlap-2024-1-1" dated 2025-01-15' });
    // The rights guides that cite the task would lose it too: the old check, which kept only problems naming the plan's files, missed these.
    expect(problems.slice(1).map((problem) => problem.file)).toEqual(
      ['vi', 'en'].flatMap((lang) => ['dan-chu-co-so', 'khieu-nai-to-cao', 'tiep-can-thong-tin'].map((guide) => `content/guides/${lang}/${guide}.mdx`)),
    );
  });

  it('a problem that was there before the import is not blamed on it', () => {
    const before = { ...realCorpus, progress: [fixtureUpdate('no-such-plan-1')] };
    const result = importReal('dak-rlap-2024');
    expect(problemsBroughtByImport(before, corpusAfterImport(before, plan, result, sourceText), TODAY)).toEqual([]);
  });

  it('a task citing a line its source text does not have is stopped', () => {
    const result = importReal('dak-rlap-2024');
    const shortSource = sourceText.split('\n').slice(0, 100).join('\n');
    const problems = problemsBroughtByImport(realCorpus, corpusAfterImport(realCorpus, plan, result, shortSource), TODAY);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => problem.file.includes('dak-rlap-2024'))).toBe(true);
  });

  it('keeps the hand-written commitments (model units, result statements) of the plan', () => {
    const handWritten = realCorpus.commitments.filter((entry) => entry.kind === 'model-units' || entry.kind === 'result-statement');
    const planIds = new Set(handWritten.map((entry) => entry.plan));
    for (const planId of planIds) {
      const target = realCorpus.plans.find((candidate) => candidate.id === planId);
      if (!target) continue;
      const after = corpusAfterImport(realCorpus, target, { tasks: [], commitments: [] }, realCorpus.sources.get(target.source.file) ?? '');
      expect(after.commitments.filter((entry) => entry.plan === planId)).toEqual(handWritten.filter((entry) => entry.plan === planId));
    }
  });
});
