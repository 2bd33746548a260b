/**
 * npm run import:progress -- <file.csv> [--content DIR]
 *
 * Adds the progress updates of a spreadsheet (CSV, UTF-8 with or without BOM,
 * columns task,date,status,source,note) to content/progress/<file>.yaml. Every
 * row is checked first; if any is wrong, nothing is written. Rows already
 * recorded are skipped, so importing the same file twice adds nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { readCorpus } from '../src/lib/content/corpus.ts';
import { toYaml, writeAll } from '../src/lib/import/write.ts';
import { parseProgressCsv, updateKey } from '../src/lib/progress/csv-import.ts';
import { slugify } from '../src/lib/text/fold.ts';
import type { Progress } from '../src/schemas/progress.ts';
import { referenceDate } from '../src/lib/reference-date.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { content: { type: 'string', default: 'content' } } });
const file = positionals[0];
const fail = (message: string): never => {
  process.stderr.write(`import:progress: ${message}\n`);
  process.exit(1);
};
if (!file) fail('name the CSV file: npm run import:progress -- <file.csv>');
if (!existsSync(file as string)) fail(`${file}: no such file`);
const contentDir = values.content ?? 'content';
const { corpus } = readCorpus(contentDir);
const today = referenceDate();
const result = parseProgressCsv(readFileSync(file as string, 'utf8'), new Set(corpus.tasks.map((task) => task.id)), today);
if (result.errors.length > 0) {
  for (const error of result.errors) process.stderr.write(`${file}:${error.line}: ${error.message}\n`);
  fail(`${result.errors.length} bad row(s); nothing was written. Correct the rows and import again.`);
}
const known = new Set(corpus.progress.map(updateKey));
const fresh = result.updates.filter((update) => !known.has(updateKey(update)));
const target = path.join(contentDir, 'progress', `${slugify(path.basename(file as string, path.extname(file as string)))}.yaml`);
const existing: Progress[] = existsSync(target) ? ((parse(readFileSync(target, 'utf8')) as Progress[] | null) ?? []) : [];
if (fresh.length > 0) {
  writeAll([
    {
      path: target,
      content: toYaml(
        [...existing, ...fresh],
        `Progress updates imported by "npm run import:progress" from ${path.basename(file as string)}.\nEach states its source; the original commitments are never changed.`,
      ),
    },
  ]);
}
process.stdout.write(`${fresh.length} new update(s) written to ${target}; ${result.updates.length - fresh.length} already recorded.\n`);
