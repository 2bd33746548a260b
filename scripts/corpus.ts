/**
 * npm run corpus -- --tasks N [--out DIR] [--seed S]
 *
 * Writes a synthetic content tree (clearly marked as such) for benchmarks,
 * outside content/ — by default .bench/corpus-N/content, which git ignores.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, vocabularyOf } from '../src/lib/bench/corpus.ts';
import { loadCorpus } from '../src/lib/content/corpus.ts';

const { values } = parseArgs({ options: { tasks: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } } });
const tasks = Number(values.tasks);
if (!Number.isInteger(tasks) || tasks < 1) {
  process.stderr.write('corpus: give the number of tasks: npm run corpus -- --tasks 2000 [--out DIR]\n');
  process.exit(1);
}
const out = path.resolve(values.out ?? `.bench/corpus-${tasks}`);
if (out === path.resolve('content') || out.startsWith(`${path.resolve('content')}${path.sep}`)) {
  process.stderr.write('corpus: refusing to write inside content/: synthetic data must never be published\n');
  process.exit(1);
}
const contentDir = path.join(out, 'content');
rmSync(contentDir, { recursive: true, force: true });
for (const file of generateCorpus(tasks, vocabularyOf(loadCorpus('content')), Number(values.seed))) {
  const target = path.join(contentDir, file.path);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, file.content);
}
process.stdout.write(`${contentDir}: synthetic corpus of ${tasks} tasks\n`);
