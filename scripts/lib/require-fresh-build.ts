/**
 * Vitest global setup for the tests that read dist/ (output and browser): they
 * run against the build of the tree as it is, or not at all. A missing or stale
 * dist/ stops the run with what to do, instead of skipping or testing old pages.
 */
import { contentRoot } from '../../src/lib/content/corpus.ts';
import { staleBuildProblem } from './build-stamp.ts';

export default function requireFreshBuild(): void {
  const problem = staleBuildProblem('dist', contentRoot());
  if (problem) throw new Error(problem);
}
