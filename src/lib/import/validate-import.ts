/**
 * Validates an import before anything is written: the whole corpus as it would
 * be after the import goes through the same checks as the build, and every
 * problem the import would bring (present after, absent before) stops it.
 *
 * Comparing before and after, instead of picking the problems whose file path
 * mentions the plan, also catches what the import breaks elsewhere (a progress
 * update of another file naming a task that would disappear) and never blames
 * the import for a problem that was already there.
 */
import { checkCorpus } from '../content/checks.ts';
import { formatProblem, type ContentProblem } from '../content/errors.ts';
import type { Corpus } from '../content/model.ts';
import type { Commitment } from '../../schemas/commitment.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { ImportResult } from './plan-import.ts';

/** Commitment kinds an editor writes by hand in commitments.yaml: the import keeps them. */
const HAND_WRITTEN_KINDS: ReadonlySet<string> = new Set(['model-units', 'result-statement']);

/** True for a commitment an editor wrote by hand, which no import replaces. */
export function isHandWritten(entry: Pick<Commitment, 'kind'>): boolean {
  return HAND_WRITTEN_KINDS.has(entry.kind);
}

/** The corpus with the plan's tasks, generated commitments and source text replaced by the import's. */
export function corpusAfterImport(corpus: Corpus, plan: Plan, result: Pick<ImportResult, 'tasks' | 'commitments'>, sourceText: string): Corpus {
  return {
    ...corpus,
    tasks: [...corpus.tasks.filter((task) => task.plan !== plan.id), ...result.tasks],
    commitments: [...corpus.commitments.filter((entry) => entry.plan !== plan.id || isHandWritten(entry)), ...result.commitments],
    sources: new Map(corpus.sources).set(plan.source.file, sourceText),
  };
}

/** The problems the import would bring into the corpus; empty when it may be written. */
export function problemsBroughtByImport(before: Corpus, after: Corpus, today: string): ContentProblem[] {
  const existing = new Set(checkCorpus(before, today).map(formatProblem));
  return checkCorpus(after, today).filter((problem) => !existing.has(formatProblem(problem)));
}

/** The other plans whose source text is the file this plan names: each plan must own its source file. */
export function sourceOwners(corpus: Pick<Corpus, 'plans'>, plan: Plan): string[] {
  return corpus.plans.filter((other) => other.id !== plan.id && other.source.file === plan.source.file).map((other) => other.id);
}
