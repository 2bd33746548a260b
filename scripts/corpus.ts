/**
 * npm run corpus -- --tasks N [--out DIR] [--seed S]
 *
 * Writes a national synthetic content tree (clearly marked as such) for benchmarks,
 * outside content/ — by default .bench/corpus-N/content, which git ignores: plans of
 * the real provinces and communes of today with N tasks in all, their offices, and
 * progress updates for about a third of the tasks (scripts/lib/bench/corpus.ts).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, geographyFiles, vocabularyOf } from './lib/bench/corpus.ts';
import { writeCorpus } from './lib/bench/write-corpus.ts';
import { loadCorpus } from '../src/lib/content/corpus.ts';

const { values } = parseArgs({ options: { tasks: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } } });
const tasks = Number(values.tasks);
if (!Number.isInteger(tasks) || tasks < 1) {
  process.stderr.write('corpus: give the number of tasks: npm run corpus -- --tasks 2000 [--out DIR]\n');
  process.exit(1);
}
const out = path.resolve(values.out ?? `.bench/corpus-${tasks}`);
let contentDir: string;
try {
  // Synthetic data must never be published: never in content/, never over a folder that is not a corpus.
  const files = generateCorpus(tasks, vocabularyOf(loadCorpus('content')), Number(values.seed), geographyFiles('content'));
  contentDir = writeCorpus(files, out, 'content');
} catch (error) {
  process.stderr.write(`corpus: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
process.stdout.write(`${contentDir}: synthetic corpus of ${tasks} tasks\n`);
