/**
 * npm run import:progress -- <file.csv> [--name NAME] [--content DIR]
 *
 * Adds the progress updates of a spreadsheet (CSV in UTF-8 with or without BOM,
 * or UTF-16 with BOM; separated by ',', ';' or tabs; columns
 * task,date,status,source,note) to content/progress/<name>.yaml, <name> being the
 * file's name as a slug unless --name gives it. Every row is checked first; if
 * any is wrong, nothing is written. Rows already recorded are skipped, so
 * importing the same file twice adds nothing. An existing progress file is
 * appended to, never rewritten: its bytes, comments included, stay as they are.
 *
 * Exit status: 0 when the updates were written or all were recorded already;
 * 1 when the file, a row or the content is refused (nothing is written);
 * 2 for a wrong command line.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { parse, parseDocument } from 'yaml';
import { readCorpus } from '../src/lib/content/corpus.ts';
import { formatProblem } from '../src/lib/content/errors.ts';
import { toYaml, writeAll, WriteError } from '../src/lib/import/write.ts';
import { compareWithRecorded, parseProgressCsv, separatorName } from '../src/lib/progress/csv-import.ts';
import { decodeText, TextDecodeError } from '../src/lib/text/decode.ts';
import { slugify } from '../src/lib/text/fold.ts';
import { progressSchema } from '../src/schemas/progress.ts';
import { referenceDate } from '../src/lib/reference-date.ts';

/** Larger than any progress report (a row is ~200 bytes: 20 MB is ~100,000 rows); a bigger file is a wrong file. */
const MAX_BYTES = 20 * 1024 * 1024;
const USAGE = 'usage: npm run import:progress -- <file.csv> [--name NAME] [--content DIR]';
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A path as the user would type it: relative to here when inside it, else absolute. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file));
  return relative.startsWith('..') ? path.resolve(file) : relative;
}

function fail(message: string, status = 1): never {
  process.stderr.write(`import:progress: ${message}\n`);
  process.exit(status);
}

function readArgs() {
  try {
    return parseArgs({
      allowPositionals: true,
      strict: true,
      options: { content: { type: 'string', default: 'content' }, name: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    return fail(`${(error as Error).message.split('. ')[0]}\n${USAGE}`, 2);
  }
}

const { values, positionals } = readArgs();
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (positionals.length === 0) fail(`name the CSV file\n${USAGE}`, 2);
if (positionals.length > 1) fail(`give one CSV file at a time (got ${positionals.length}: ${positionals.join(', ')})\n${USAGE}`, 2);
const file = positionals[0] ?? '';
const contentDir = values.content ?? 'content';

// The name of the progress file: --name, or the CSV's own name as a slug.
let name: string;
if (values.name !== undefined) {
  if (!SLUG.test(values.name)) fail(`--name "${values.name}" must be lower-case letters, digits and single hyphens, e.g. --name bao-cao-quy-3-2026`, 2);
  name = values.name;
} else {
  name = slugify(path.basename(file, path.extname(file)));
  if (name === '') {
    fail(
      `${file}: the file name gives no usable name for content/progress/<name>.yaml; rename the file (e.g. bao-cao-quy-3-2026.csv) or pass --name bao-cao-quy-3-2026`,
    );
  }
}

// The file: present, a file, not too large, text.
let size: number;
try {
  const stat = statSync(file);
  if (stat.isDirectory()) fail(`${file}: is a folder; name the CSV file inside it`);
  if (!stat.isFile()) fail(`${file}: is not a regular file`);
  size = stat.size;
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') fail(`${file}: no such file`);
  throw error;
}
if (size > MAX_BYTES) {
  fail(
    `${file}: is ${(size / 1024 / 1024).toFixed(1)} MB, over the limit of ${MAX_BYTES / 1024 / 1024} MB for a progress spreadsheet; check that it is the right file, or split it`,
  );
}
if (size === 0) fail(`${file}: is empty; the first line must be the header task,date,status,source,note`);
let text: string;
try {
  text = decodeText(readFileSync(file), file);
} catch (error) {
  if (error instanceof TextDecodeError) fail(`${error.message}; nothing was written`);
  throw error;
}

// The content the rows are checked against.
if (!existsSync(path.join(contentDir, 'plans'))) fail(`${contentDir}: is not a content folder (it has no plans/ folder); pass --content DIR`);
const target = path.join(contentDir, 'progress', `${name}.yaml`);
const existingText = existsSync(target) ? readFileSync(target, 'utf8') : null;
if (existingText !== null) {
  const document = parseDocument(existingText);
  const error = document.errors[0];
  if (error) {
    const line = error.linePos?.[0].line;
    fail(
      `${target}${line ? `:${line}` : ''}: is not valid YAML (${error.message.split('\n')[0]}); fix it by hand (or move it away) and import again. Nothing was written.`,
    );
  }
}
const { corpus, problems } = readCorpus(contentDir);
if (problems.length > 0) {
  for (const problem of problems.slice(0, 20)) process.stderr.write(`${formatProblem(problem)}\n`);
  fail(
    `the content has ${problems.length} problem(s)${problems.length > 20 ? ' (the first 20 above)' : ''}; fix them first (npm run check:content lists them), because rows are checked against it. Nothing was written.`,
  );
}

// The rows.
const result = parseProgressCsv(text, new Set(corpus.tasks.map((task) => task.id)), referenceDate());
if (result.errors.length > 0) {
  for (const error of result.errors) process.stderr.write(`${file}:${error.line}: ${error.message}\n`);
  fail(`${result.errors.length} bad row(s); nothing was written. Correct the rows and import again.`);
}
if (result.rows.length === 0) fail(`${file}: has a header but no rows; nothing to import`);
const recorded = corpus.progress.map((update, index) => ({ update, file: shown(corpus.files.get(`progress:${index}`) ?? path.join(contentDir, 'progress')) }));
const comparison = compareWithRecorded(result.rows, recorded);
if (comparison.conflicts.length > 0) {
  for (const error of comparison.conflicts) process.stderr.write(`${file}:${error.line}: ${error.message}\n`);
  fail(`${comparison.conflicts.length} row(s) contradict recorded updates; nothing was written.`);
}

const notes: string[] = [];
if (result.delimiter !== ',') notes.push(`read ${file} as ${separatorName(result.delimiter)}-separated (the header line has no comma)`);
if (result.duplicates.length > 0) {
  notes.push(
    `${result.duplicates.length} row(s) repeat an earlier row of the file and were skipped: ${result.duplicates.map((duplicate) => `line ${duplicate.line} = line ${duplicate.sameAs}`).join(', ')}`,
  );
}
const recordedIn = [...new Set(comparison.recorded.map((row) => row.file))].join(', ');
if (comparison.fresh.length === 0) {
  for (const note of notes) process.stdout.write(`${note}\n`);
  process.stdout.write(`nothing written: all ${comparison.recorded.length} update(s) of ${file} are already recorded in ${recordedIn}.\n`);
  process.exit(0);
}

// Append: the new entries' YAML after the existing file's text, every existing byte kept.
const fresh = comparison.fresh.map((row) => row.update);
const addition = toYaml(fresh, `${fresh.length} update(s) added by "npm run import:progress" from ${path.basename(file)}.`);
const header = `Progress updates imported by "npm run import:progress" from ${path.basename(file)}.\nEach states its source; the original commitments are never changed.`;
const content = existingText === null ? toYaml(fresh, header) : `${existingText}${existingText === '' || existingText.endsWith('\n') ? '' : '\n'}${addition}`;
const updatesIn = (yaml: string): unknown[] | null => {
  const data = (parse(yaml) as unknown) ?? [];
  return Array.isArray(data) ? data.map((entry) => progressSchema.safeParse(entry).data ?? null) : null;
};
const before = existingText === null ? [] : updatesIn(existingText);
if (before === null || !isDeepStrictEqual(updatesIn(content), [...before, ...fresh])) {
  fail(
    `${target}: the new updates cannot be appended to it safely (its list is not written as "- " items at the start of the lines); rewrite it in that form, or pass --name to import into a new file. Nothing was written.`,
  );
}
try {
  writeAll([{ path: target, content }]);
} catch (error) {
  // writeAll removes its temporary file itself; a read-only folder is named with what to do.
  if (error instanceof WriteError) fail(error.message);
  throw error;
}
for (const note of notes) process.stdout.write(`${note}\n`);
process.stdout.write(
  `${fresh.length} new update(s) ${existingText === null ? 'written to the new file' : 'appended to'} ${target}${comparison.recorded.length > 0 ? `; ${comparison.recorded.length} already recorded in ${recordedIn}` : ''}.\n`,
);
