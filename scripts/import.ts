/**
 * npm run import -- <plan.txt | plan.docx> [--plan-id ID] [--dry-run] [--check] [--content DIR]
 *
 * Imports a plan document into content/plans/<id>/tasks.yaml and
 * commitments.yaml and keeps its text in content/sources/. The plan's
 * metadata (content/plans/<id>/plan.yaml) and the agency registry must exist
 * first; see README "How to add a plan".
 *
 *   --dry-run  print the tasks per dimension, the warnings and the difference
 *              from the plan's current files; write nothing
 *   --check    exit 1 if the plan's files are not what the import produces
 *   --force    overwrite generated files that were edited by hand since the
 *              last import (their fingerprint no longer matches)
 *
 * Without --dry-run the write is all-or-nothing, and re-importing the same
 * document rewrites the same bytes.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readCorpus } from '../src/lib/content/corpus.ts';
import { formatProblem } from '../src/lib/content/errors.ts';
import { importReport } from '../src/lib/import/import-report.ts';
import { importPlan } from '../src/lib/import/plan-import.ts';
import { readSourceDocument, SourceDocumentError } from '../src/lib/import/source-document.ts';
import { corpusAfterImport, problemsBroughtByImport, sourceOwners } from '../src/lib/import/validate-import.ts';
import { generatedState, withFingerprint } from '../src/lib/import/generated-file.ts';
import { toYaml, writeAll, WriteError } from '../src/lib/import/write.ts';
import { referenceDate } from '../src/lib/reference-date.ts';
import { nfc, slugify } from '../src/lib/text/fold.ts';

const USAGE = 'npm run import -- <plan.txt | plan.docx> [--plan-id ID] [--dry-run] [--check] [--force] [--content DIR]';

function fail(message: string): never {
  process.stderr.write(`import: ${message}\n`);
  process.exit(1);
}

function options() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        'plan-id': { type: 'string' },
        content: { type: 'string', default: 'content' },
        check: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    // parseArgs says "Unknown option '--x'": say what the options are instead of a stack trace.
    fail(`${(error as Error).message}\nusage: ${USAGE}`);
  }
}

const { values, positionals } = options();
const sourcePath = positionals[0];
if (!sourcePath) fail(`name the plan document.\nusage: ${USAGE}`);
if (positionals.length > 1) fail(`one document at a time; got ${positionals.length} (${positionals.join(', ')}).\nusage: ${USAGE}`);
if (!existsSync(sourcePath)) fail(`${sourcePath}: no such file`);
if (statSync(sourcePath).isDirectory()) fail(`${sourcePath} is a folder; name the plan document inside it (.txt or .docx)`);
const contentDir = values.content ?? 'content';
const planId = values['plan-id'] ?? slugify(path.basename(sourcePath, path.extname(sourcePath)));
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(planId)) {
  fail(`--plan-id "${planId}" is not a plan id: use lower-case letters, digits and single hyphens, e.g. "nga-nam-2021"`);
}
const planDir = path.join(contentDir, 'plans', planId);
const planFile = path.join(planDir, 'plan.yaml');
if (!existsSync(planFile)) {
  fail(`${planFile} does not exist. Create it first (copy content/plans/README.md's template), or pass --plan-id with an existing plan.`);
}

const { corpus, problems } = readCorpus(contentDir);
const registryProblems = problems.filter((problem) => /agencies|localities|dimensions|plan\.yaml/.test(problem.file));
if (registryProblems.length > 0) {
  fail(`the registries have problems; fix them first:\n${registryProblems.map((problem) => `  - ${formatProblem(problem)}`).join('\n')}`);
}
const plan = corpus.plans.find((candidate) => candidate.id === planId);
if (!plan) fail(`${planFile} is not a valid plan; run npm run check:content to see why`);

// One owner per source text: a plan.yaml naming another plan's source file would overwrite that plan's text.
const owners = sourceOwners(corpus, plan);
if (owners.length > 0) {
  fail(
    `${planFile} names source.file "${plan.source.file}", which is the source text of ${owners.map((id) => `plan ${id}`).join(', ')}; give this plan a file name of its own (e.g. "${plan.id}.txt"). Nothing was written.`,
  );
}
let raw: string;
try {
  raw = (await readSourceDocument(sourcePath)).text;
} catch (error) {
  if (error instanceof SourceDocumentError) fail(error.message);
  throw error;
}
const result = importPlan(raw, { plan, dimensions: corpus.dimensions, agencies: corpus.agencies, localities: corpus.localities });

if (result.errors.length > 0) {
  for (const warning of result.warnings) process.stdout.write(`warning: ${warning}\n`);
  for (const error of result.errors) process.stderr.write(`error: ${sourcePath}: ${error}\n`);
  if (result.unmatched.length > 0) {
    process.stderr.write('\nTo register the names above, add entries like these to the agency registry and run the import again:\n');
    for (const entry of result.unmatched)
      process.stderr.write(
        `  - id: ${plan.locality}-${slugify(entry.name)}\n    name: ${JSON.stringify(entry.name)}\n    locality: ${plan.locality}\n    level: district\n`,
      );
  }
  fail(`nothing was written (${result.errors.length} error${result.errors.length === 1 ? '' : 's'})`);
}

// Validate the whole corpus as it would be after the import, before writing anything.
const sourceText = nfc(raw).replace(/\r\n?/g, '\n');
const brought = problemsBroughtByImport(corpus, corpusAfterImport(corpus, plan, result, sourceText), referenceDate());
const invalid = () => `the imported content would not be valid; nothing was written:\n${brought.map((problem) => `  - ${formatProblem(problem)}`).join('\n')}`;
const dryRun = values['dry-run'] ?? false;
const current = { tasks: corpus.tasks.filter((task) => task.plan === plan.id), commitments: corpus.commitments.filter((entry) => entry.plan === plan.id) };
if (dryRun) {
  // The editor sees what the import would do even when it would be refused, and then why.
  process.stdout.write(`\n${importReport({ planId: plan.id, sourcePath, result, current, dryRun }).join('\n')}\n`);
  if (brought.length > 0) fail(invalid());
  process.exit(0);
}
if (brought.length > 0) fail(invalid());

const header = (what: string) =>
  `${what} of plan ${plan.id}, generated by "npm run import" from content/sources/${plan.source.file}.\nDo not edit by hand: fix the source text or the registries and import again (the next import refuses to overwrite a hand edit).`;
const generated = [
  { path: path.join(planDir, 'tasks.yaml'), content: withFingerprint(toYaml(result.tasks, header('Task rows'))) },
  { path: path.join(planDir, 'commitments.yaml'), content: withFingerprint(toYaml(result.commitments, header('Narrative commitments'))) },
];
const files = [{ path: path.join(contentDir, 'sources', plan.source.file), content: sourceText }, ...generated];

if (values.check) {
  for (const warning of result.warnings) process.stdout.write(`warning: ${warning}\n`);
  const stale = files.filter((file) => !existsSync(file.path) || readFileSync(file.path, 'utf8') !== file.content);
  if (stale.length > 0) fail(`out of date: ${stale.map((file) => file.path).join(', ')}; run the import again`);
  process.stdout.write(`${plan.id}: up to date\n`);
  process.exit(0);
}

// Generated files edited by hand since the last import (or replaced by a file the importer did not write) would lose those edits.
const states = generated.map((file) => ({ file, state: generatedState(existsSync(file.path) ? readFileSync(file.path, 'utf8') : null) }));
const edited = states.filter(({ state }) => state === 'edited').map(({ file }) => file.path);
const foreign = states.filter(({ state }) => state === 'unmarked').map(({ file }) => file.path);
if (edited.length > 0 && !values.force) {
  fail(
    `${edited.join(' and ')} ${edited.length === 1 ? 'was' : 'were'} edited by hand since the last import (the fingerprint in the header no longer matches), and the import would discard those edits. Make the change in the source text or the registries instead and import again, or run with --force to discard the edits. Nothing was written.`,
  );
}
if (foreign.length > 0 && !values.force) {
  fail(
    `${foreign.join(' and ')} ${foreign.length === 1 ? 'has' : 'have'} no fingerprint line in the header, so the importer did not write ${foreign.length === 1 ? 'it' : 'them'} as ${foreign.length === 1 ? 'it is' : 'they are'} (written by hand, or by an older importer). Keep what you need from ${foreign.length === 1 ? 'it' : 'them'}, then run with --force to replace ${foreign.length === 1 ? 'it' : 'them'}. Nothing was written.`,
  );
}
for (const warning of result.warnings) process.stdout.write(`warning: ${warning}\n`);
try {
  writeAll(files);
} catch (error) {
  if (error instanceof WriteError) fail(error.message);
  throw error;
}
process.stdout.write(`\n${importReport({ planId: plan.id, sourcePath, result, current, dryRun: false }).join('\n')}\n`);
