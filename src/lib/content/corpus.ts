/**
 * Reads the whole content tree, validates every entry with the zod schemas and
 * checks every cross-reference. The site's collections, the importer and the
 * tests all read content through here, so they agree on what is valid.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { agencySchema } from '../../schemas/agency.ts';
import { commitmentSchema, type Commitment } from '../../schemas/commitment.ts';
import { correctionSchema, type Correction } from '../../schemas/correction.ts';
import { changelogProblems, dataChangeSchema } from '../../schemas/data-changelog.ts';
import { dimensionSchema } from '../../schemas/dimension.ts';
import { localitySchema } from '../../schemas/locality.ts';
import { planSchema, type Plan } from '../../schemas/plan.ts';
import { progressSchema, type Progress } from '../../schemas/progress.ts';
import { scoreSchema, type Score } from '../../schemas/score.ts';
import { taskSchema, type Task } from '../../schemas/task.ts';
import { guideSchema, type GuideEntry } from '../../schemas/guide.ts';
import { legalDocumentSchema, type LegalDocument } from '../../schemas/legal-document.ts';
import { glossaryTermSchema } from '../../schemas/glossary.ts';
import { communeMappingSchema, newCommuneSchema } from '../../schemas/geography.ts';
import { checkCorpus } from './checks.ts';
import { csvRecords, type CsvRecords } from './csv.ts';
import { ContentError, zodProblems, type ContentProblem } from './errors.ts';
import { papiProvinceResolver, scoreRowToEntry } from './scores.ts';
import { buildGeography, type Geography } from '../geography/places.ts';
import { withProvinces } from '../geography/province-localities.ts';
import { slugify } from '../text/fold.ts';
import { referenceDate } from '../reference-date.ts';
import { LANGS } from '../locales.ts';
import type { Corpus } from './model.ts';

export type { Corpus } from './model.ts';


interface Reader {
  problems: ContentProblem[];
  files: Map<string, string>;
}

function relative(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/** JSON.stringify's replacer for ownStrings: a number JSON cannot hold (YAML's .inf, .nan) stops the copy. */
function finiteOnly(_key: string, item: unknown): unknown {
  if (typeof item === 'number' && !Number.isFinite(item)) throw new RangeError('a number JSON cannot hold');
  return item;
}

/**
 * Parsed YAML with strings of their own. V8 keeps a string cut from a longer one as a slice
 * of it, so a value the build kept from a file kept the whole file's text alive: 57 MB at
 * 20,000 tasks (node --heap-prof); at 100,000 tasks the content check peaks at 1.06–1.27 GB
 * instead of 1.79 GB, and takes no longer. JSON.parse makes new strings; a value with no
 * JSON form is kept as parsed.
 */
function ownStrings(value: unknown): unknown {
  try {
    const json = JSON.stringify(value, finiteOnly);
    return json === undefined ? value : (JSON.parse(json) as unknown);
  } catch {
    return value;
  }
}

function readYaml(reader: Reader, file: string): unknown {
  try {
    return ownStrings(parseYaml(readFileSync(file, 'utf8')));
  } catch (error) {
    reader.problems.push({ file: relative(file), entry: null, field: null, message: `is not valid YAML (${(error as Error).message.split('\n')[0]}); fix the syntax` });
    return undefined;
  }
}

/**
 * Validates an array-of-entries file with a schema; each bad entry is reported by id or position.
 * `whenEmpty`: the problem to report when the file is present but lists no entry (empty, only
 * comments, or `[]`), for files that must never be empty.
 */
function readEntries<S extends z.ZodType>(reader: Reader, collection: string, file: string, schema: S, whenEmpty?: string): Array<z.output<S>> {
  if (!existsSync(file)) return [];
  const data = readYaml(reader, file);
  if (data === undefined) return [];
  const name = relative(file);
  if (data === null || (Array.isArray(data) && data.length === 0)) {
    if (whenEmpty) reader.problems.push({ file: name, entry: null, field: null, message: whenEmpty });
    return [];
  }
  if (!Array.isArray(data)) {
    reader.problems.push({ file: name, entry: null, field: null, message: 'must be a list of entries (each starting with "- ")' });
    return [];
  }
  const out: Array<z.output<S>> = [];
  data.forEach((raw: unknown, index) => {
    const id = typeof raw === 'object' && raw !== null && 'id' in raw ? String((raw).id) : null;
    const entry = id ? `entry "${id}"` : `entry ${index + 1}`;
    const result = schema.safeParse(raw);
    if (!result.success) {
      reader.problems.push(...zodProblems(name, entry, result.error));
      return;
    }
    out.push(result.data);
    reader.files.set(`${collection}:${id ?? index}`, name);
  });
  return out;
}

function readOne<S extends z.ZodType>(reader: Reader, collection: string, file: string, schema: S): z.output<S> | null {
  const data = readYaml(reader, file);
  if (data === undefined) return null;
  const name = relative(file);
  const result = schema.safeParse(data);
  if (!result.success) {
    const id = typeof data === 'object' && data !== null && 'id' in data ? `entry "${String((data).id)}"` : null;
    reader.problems.push(...zodProblems(name, id, result.error));
    return null;
  }
  const id = (result.data as { id?: string }).id ?? name;
  reader.files.set(`${collection}:${id}`, name);
  return result.data;
}

function yamlFiles(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => path.join(directory, name));
}


/** The YAML between the leading "---" lines of an MDX file, or null when there is none. */
export function frontmatterOf(text: string): string | null {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  return match ? (match[1] ?? '') : null;
}

/** Rights guides: content/guides/<lang>/<slug>.mdx, frontmatter validated with the guide schema. */
function readGuides(reader: Reader, directory: string): GuideEntry[] {
  const guides: GuideEntry[] = [];
  for (const lang of LANGS) {
    const folder = path.join(directory, lang);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.mdx')).sort()) {
      const file = path.join(folder, name);
      const shown = relative(file);
      const guideSlug = name.replace(/\.mdx$/, '');
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(guideSlug)) {
        reader.problems.push({ file: shown, entry: null, field: null, message: 'file name must be lower-case letters, digits and hyphens (it becomes the address of the page)' });
        continue;
      }
      // Recorded before validation, so that an invalid version still counts as present for the translation check.
      reader.files.set(`guides:${lang}/${guideSlug}`, shown);
      const yaml = frontmatterOf(readFileSync(file, 'utf8'));
      if (yaml === null) {
        reader.problems.push({ file: shown, entry: null, field: null, message: 'has no frontmatter; start the file with "---", the fields of content/guides/README.md, and "---"' });
        continue;
      }
      let data: unknown;
      try {
        data = parseYaml(yaml);
      } catch (error) {
        reader.problems.push({ file: shown, entry: null, field: null, message: `frontmatter is not valid YAML (${(error as Error).message.split('\n')[0]}); fix the syntax` });
        continue;
      }
      const result = guideSchema.safeParse(data);
      if (!result.success) {
        reader.problems.push(...zodProblems(shown, 'frontmatter', result.error));
        continue;
      }
      guides.push({ ...result.data, slug: guideSlug, lang });
    }
  }
  return guides;
}

/** The register: one document per file, whose id must be its file name. */
function readLegalDocuments(reader: Reader, directory: string): LegalDocument[] {
  const documents: LegalDocument[] = [];
  for (const file of yamlFiles(directory)) {
    const document = readOne(reader, 'legal', file, legalDocumentSchema);
    if (!document) continue;
    const expected = path.basename(file, '.yaml');
    if (document.id !== expected) {
      reader.problems.push({ file: relative(file), entry: `entry "${document.id}"`, field: 'id', message: `must equal its file name "${expected}"` });
      continue;
    }
    documents.push(document);
  }
  return documents;
}

/** A CSV file validated row by row; a bad row is reported with its line and key column. */
function readCsvRows<S extends z.ZodType>(reader: Reader, file: string, schema: S, key: string): Array<z.output<S>> {
  if (!existsSync(file)) return [];
  const name = relative(file);
  const out: Array<z.output<S>> = [];
  // "row N" as a spreadsheet numbers it (the header is row 1), which is the line unless a cell holds a line break.
  csvTable(reader, file).forEach(({ values }, index) => {
    const result = schema.safeParse(values);
    if (result.success) out.push(result.data);
    else reader.problems.push(...zodProblems(name, `row ${index + 2} (${values[key] ?? '?'})`, result.error));
  });
  return out;
}

/** A CSV file's records; a quoting problem is reported with its line, and the records stop before it. */
function csvTable(reader: Reader, file: string): CsvRecords['records'] {
  const { records, problem } = csvRecords(readFileSync(file, 'utf8'));
  if (problem) reader.problems.push({ file: relative(file), entry: `line ${problem.line}`, field: null, message: problem.message });
  return records;
}

/** content/geography/: the communes since 1 July 2025, the old → new mapping, the resolutions' texts. */
function readGeography(reader: Reader, directory: string): Corpus['geography'] {
  const resolutionsDir = path.join(directory, 'resolutions');
  const resolutions = new Set(
    existsSync(resolutionsDir)
      ? readdirSync(resolutionsDir)
          .filter((name) => /^\d{4}_NQ-UBTVQH15\.md$/.test(name))
          .map((name) => name.replace('_', '/').replace(/\.md$/, ''))
      : [],
  );
  const communes = readCsvRows(reader, path.join(directory, 'communes-2025.csv'), newCommuneSchema, 'commune_code');
  const mapping = readCsvRows(reader, path.join(directory, 'old-to-new-communes.csv'), communeMappingSchema, 'old_commune_code');
  return {
    communes,
    mapping,
    resolutions,
    places: communes.length > 0 ? buildGeography({ communes, mapping }) : null,
  };
}

/** content/papi/scores.csv: PAPI's provinces, named as PAPI names them, resolved to the old provinces of the geography. */
function readScores(reader: Reader, file: string, places: Geography | null): Score[] {
  const scores: Score[] = [];
  if (!existsSync(file)) return scores;
  const provinceId = places ? papiProvinceResolver(places) : (name: string) => slugify(name);
  csvTable(reader, file).forEach(({ values }, index) => {
    const result = scoreSchema.safeParse(scoreRowToEntry(values, provinceId));
    const entry = `row ${index + 2} (${values.province ?? '?'} ${values.year ?? '?'})`;
    if (result.success) scores.push(result.data);
    else reader.problems.push(...zodProblems(relative(file), entry, result.error));
  });
  return scores;
}

/** A correction names a plan that exists and tasks of that plan. */
function correctionProblems(corrections: readonly Correction[], plans: readonly Plan[], tasks: readonly Task[], file: string): ContentProblem[] {
  const planIds = new Set(plans.map((plan) => plan.id));
  const planOf = new Map(tasks.map((task) => [task.id, task.plan]));
  return corrections.flatMap((correction, index) => {
    const entry = `entry ${index + 1}`;
    if (!planIds.has(correction.plan)) return [{ file, entry, field: 'plan', message: `names plan "${correction.plan}", which does not exist` }];
    return correction.tasks
      .filter((task) => planOf.get(task) !== correction.plan)
      .map((task) => ({ file, entry, field: 'tasks', message: `names task "${task}", which is not a task of plan "${correction.plan}"` }));
  });
}

/** Reads and validates every file; cross-references are not checked yet. */
export function readCorpus(root: string): { corpus: Corpus; problems: ContentProblem[] } {
  const reader: Reader = { problems: [], files: new Map() };
  const plansDir = path.join(root, 'plans');
  const plans: Plan[] = [];
  const tasks: Task[] = [];
  const commitments: Commitment[] = [];
  const planDirs = existsSync(plansDir)
    ? readdirSync(plansDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()
    : [];
  for (const directory of planDirs) {
    const base = path.join(plansDir, directory);
    const planFile = path.join(base, 'plan.yaml');
    if (!existsSync(planFile)) {
      reader.problems.push({ file: relative(base), entry: null, field: null, message: 'has no plan.yaml; every plan folder needs one (see content/plans/README.md)' });
      continue;
    }
    const plan = readOne(reader, 'plans', planFile, planSchema);
    if (plan) {
      if (plan.id !== directory) {
        reader.problems.push({ file: relative(planFile), entry: `entry "${plan.id}"`, field: 'id', message: `must equal its folder name "${directory}"` });
      }
      plans.push(plan);
    }
    // An emptied tasks.yaml (an interrupted or failed import, a bad merge) would publish the plan with
    // no task at all, as if it had promised nothing. Every plan in the portal has a task table (the
    // plan schema has no way to say otherwise), so an empty one is always an error.
    // A missing tasks.yaml is the same: the importer always writes one.
    const reimport = `re-import the plan (npm run import -- <its plan document> --plan-id ${directory}) or remove the plan folder`;
    const tasksFile = path.join(base, 'tasks.yaml');
    if (existsSync(tasksFile)) tasks.push(...readEntries(reader, 'tasks', tasksFile, taskSchema, `has no tasks; ${reimport}`));
    else reader.problems.push({ file: relative(tasksFile), entry: null, field: null, message: `is missing; ${reimport}` });
    commitments.push(...readEntries(reader, 'commitments', path.join(base, 'commitments.yaml'), commitmentSchema));
    commitments.push(...readEntries(reader, 'commitments', path.join(base, 'statements.yaml'), commitmentSchema));
  }

  const agencies = yamlFiles(path.join(root, 'agencies')).flatMap((file) => readEntries(reader, 'agencies', file, agencySchema));
  const localities = readEntries(reader, 'localities', path.join(root, 'localities.yaml'), localitySchema);
  const dimensions = readEntries(reader, 'dimensions', path.join(root, 'papi', 'dimensions.yaml'), dimensionSchema);
  // Progress updates have no id: each is known by its position in the whole list, and its file is recorded under it.
  const progress: Progress[] = [];
  for (const file of yamlFiles(path.join(root, 'progress'))) {
    for (const update of readEntries(reader, 'progress-file', file, progressSchema)) {
      reader.files.set(`progress:${progress.length}`, relative(file));
      progress.push(update);
    }
  }

  const sources = readSources(root);

  const guides = readGuides(reader, path.join(root, 'guides'));
  const legalDocuments = readLegalDocuments(reader, path.join(root, 'legal'));
  const glossary = readEntries(reader, 'glossary', path.join(root, 'glossary.yaml'), glossaryTermSchema);
  const geography = readGeography(reader, path.join(root, 'geography'));
  // Every province, new and old, is a locality: the file names those the plans name, the geography the rest.
  const allLocalities = geography.places ? withProvinces(localities, geography.places) : localities;
  const scores = readScores(reader, path.join(root, 'papi', 'scores.csv'), geography.places);

  const dataChangelog = readEntries(reader, 'dataChangelog', path.join(root, 'data-changelog.yaml'), dataChangeSchema);
  for (const message of changelogProblems(dataChangelog)) reader.problems.push({ file: relative(path.join(root, 'data-changelog.yaml')), entry: null, field: 'version', message });
  const corrections = readEntries(reader, 'corrections', path.join(root, 'corrections.yaml'), correctionSchema);
  reader.problems.push(...correctionProblems(corrections, plans, tasks, relative(path.join(root, 'corrections.yaml'))));

  const corpus: Corpus = {
    plans,
    tasks,
    commitments,
    agencies,
    localities: allLocalities,
    dimensions,
    scores,
    progress,
    guides,
    legalDocuments,
    glossary,
    geography,
    dataChangelog,
    corrections,
    sources,
    files: reader.files,
  };
  return { corpus, problems: reader.problems };
}

/**
 * The plans' verbatim source texts (content/sources/*.txt) by file name. Exported so
 * that the page publishing them reads only these files, not the whole corpus again.
 */
export function readSources(root: string): Map<string, string> {
  const sources = new Map<string, string>();
  const sourcesDir = path.join(root, 'sources');
  if (existsSync(sourcesDir)) {
    for (const name of readdirSync(sourcesDir).filter((file) => file.endsWith('.txt')).sort()) {
      sources.set(name, readFileSync(path.join(sourcesDir, name), 'utf8'));
    }
  }
  return sources;
}

export interface LoadOptions {
  /** The day progress updates may not be later than (yyyy-mm-dd); defaults to referenceDate() (BUILD_DATE or today). */
  today?: string;
}

/** Reads, validates and cross-checks the content tree; throws ContentError listing every problem. */
export function loadCorpus(root: string, options: LoadOptions = {}): Corpus {
  const { corpus, problems } = readCorpus(root);
  // A reference to an entry that is itself invalid (and so left out of the corpus) is not
  // reported a second time: the editor fixes the entry and the reference is fine again.
  const invalidEntries = new Set(problems.map((problem) => problem.entry));
  const checks = checkCorpus(corpus, options.today ?? referenceDate());
  problems.push(...checks.filter((problem) => !(problem.referencesEntry && invalidEntries.has(problem.referencesEntry))));
  if (problems.length > 0) throw new ContentError(problems);
  return corpus;
}

const cache = new Map<string, Corpus>();

/** The content tree the build reads: PAPI_CONTENT_DIR (tests and benchmarks build other trees), else content/. */
export function contentRoot(): string {
  return process.env.PAPI_CONTENT_DIR ?? 'content';
}

/** loadCorpus, once per build: every collection reads the same validated corpus. */
function loadCorpusOnce(root: string): Corpus {
  const key = path.resolve(root);
  const cached = cache.get(key);
  if (cached) return cached;
  const corpus = loadCorpus(root);
  cache.set(key, corpus);
  return corpus;
}

/**
 * Collection loaders that share one read of the corpus (content.config.ts): each made with the
 * returned function reads it through loadCorpusOnce, and when every one of them has run, the
 * last lets it go. The content store keeps its own parsed copy of every entry, and the corpus
 * was kept for the whole build: at 20,000 tasks 150 MB of the 548 MB still live when Astro
 * finished (node --heap-prof); released, what stays of it (its strings, which the store's
 * entries share) is 108 MB of 505 MB (issue 17). Loaders run again later read the content
 * again.
 */
export function sharedCorpus(root: () => string): <T>(select: (corpus: Corpus) => T) => () => T {
  let loaders = 0;
  let run = 0;
  return <T>(select: (corpus: Corpus) => T) => {
    loaders += 1;
    return () => {
      const key = path.resolve(root());
      try {
        return select(loadCorpusOnce(key));
      } finally {
        run += 1;
        if (run >= loaders) {
          run = 0;
          cache.delete(key);
        }
      }
    };
  };
}
