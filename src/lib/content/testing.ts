/**
 * Helpers for the content tests: copies of the real content in temporary
 * folders (test data, never published) and the problems a build would print.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCorpus } from './corpus.ts';
import { ContentError, formatProblem } from './errors.ts';

const copies: string[] = [];

/** A fresh copy of content/ to break on purpose; removed by removeContentCopies(). */
export function copyContent(): string {
  const directory = mkdtempSync(path.join(tmpdir(), 'papi-content-test-'));
  cpSync('content', directory, { recursive: true });
  copies.push(directory);
  return directory;
}

export function removeContentCopies(): void {
  for (const directory of copies.splice(0)) rmSync(directory, { recursive: true, force: true });
}

/** The problems loadCorpus reports, as the lines a build prints. */
export function problemsOf(root: string): string[] {
  try {
    loadCorpus(root, { today: '2026-11-22' });
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}
