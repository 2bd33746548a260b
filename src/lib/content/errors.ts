/**
 * Content problems are reported to an editor, not a programmer: each names the
 * file, the entry and the field, and says what to do.
 */
import type { z } from 'astro/zod';

export interface ContentProblem {
  /** Path relative to the repository root, e.g. "content/plans/nga-nam-2021/tasks.yaml". */
  file: string;
  /** Entry id or row, e.g. 'entry "nga-nam-2021-1-a"' or "row 3". */
  entry: string | null;
  /** Field path, e.g. "lead[0]". */
  field: string | null;
  /** What is wrong and what to do. */
  message: string;
  /** The entry a broken reference points to ('entry "nga-nam-2021-1-a"'), when the problem is one. */
  referencesEntry?: string;
}

export function formatProblem(problem: ContentProblem): string {
  const where = [problem.file, problem.entry, problem.field ? `field "${problem.field}"` : null].filter(Boolean).join(' › ');
  return `${where}: ${problem.message}`;
}

export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    super(
      `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}; the build stops so that nothing wrong is published:\n` +
        problems.map((problem) => `  - ${formatProblem(problem)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** "lead[0]" from a zod path ["lead", 0]. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** Turns zod issues of one entry into content problems. */
export function zodProblems(file: string, entry: string | null, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({ file, entry, field: fieldPath(issue.path) || null, message: issue.message }));
}
