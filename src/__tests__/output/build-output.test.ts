/**
 * The built site's open data (dist/, made by "npm run build", which npm test
 * runs first). Expected row counts were counted by hand in the source documents.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvRecords, parseCsv } from '../../lib/content/csv.ts';
import {
  publishedPlanSchema,
  publishedTaskSchema,
  taskSheetSchema,
  type PublishedCommitment,
  type PublishedPlan,
  type PublishedTask,
} from '../../schemas/open-data.ts';

const DIST = 'dist';
const read = (file: string) => readFileSync(path.join(DIST, file), 'utf8');
/** A JSON file of dist/, typed as the open-data contract says (the tests check it against the schemas). */
const json = <T>(file: string): T => JSON.parse(read(file)) as T;
const plans = () => json<PublishedPlan[]>('data/plans.json');
const tasks = () => json<PublishedTask[]>('data/tasks.json');
const commitments = () => json<PublishedCommitment[]>('data/commitments.json');

interface JsonSchemaFile {
  type: string;
  items: { type: string; required: string[] };
}

interface DataPackage {
  profile: string;
  resources: Array<{ name: string; path: string; schema?: { fields: Array<{ name: string; title: string; type: string }> } }>;
}

/**
 * Tasks in each plan's task tables, counted by hand in content/sources/: one per row,
 * except Đắk R'Lấp's row 6.1, which prints two entries side by side (31 rows, 32 tasks).
 */
const ROWS_IN_SOURCE: Record<string, number> = {
  'nga-nam-2021': 24,
  'soc-trang-2023': 21,
  'dong-hoa-2021': 104,
  'chi-lang-2024': 25,
  'dak-rlap-2024': 32,
};

describe('open data in dist/', () => {
  it('/data/plans.json lists the five plans, each valid against its schema', () => {
    const published = plans();
    expect(published.map((plan) => plan.id).sort()).toEqual(Object.keys(ROWS_IN_SOURCE).sort());
    for (const plan of published) expect(publishedPlanSchema.safeParse(plan).success).toBe(true);
  });

  for (const [planId, rows] of Object.entries(ROWS_IN_SOURCE)) {
    it(`task_count of ${planId} equals the ${rows} tasks of its source`, () => {
      const plan = plans().find((entry) => entry.id === planId);
      expect(plan?.task_count).toBe(rows);
      expect(tasks().filter((task) => task.plan === planId)).toHaveLength(rows);
    });
  }

  it('/data/tasks.json holds the 206 tasks and nothing else, each valid against its schema', () => {
    const published = tasks();
    expect(published).toHaveLength(206);
    const invalid = published.filter((task) => !publishedTaskSchema.safeParse(task).success);
    expect(invalid).toEqual([]);
    const commitmentIds = new Set(commitments().map((entry) => entry.id));
    expect(published.filter((task) => commitmentIds.has(task.id))).toEqual([]);
  });

  it('every task has the fields of the open data contract', () => {
    const fields = [
      'id',
      'plan',
      'ref',
      'dimension',
      'subdimension',
      'text',
      'actions',
      'lead',
      'partners',
      'output',
      'deadline',
      'due',
      'recurring',
      'status',
      'url',
    ];
    for (const task of tasks()) expect(Object.keys(task)).toEqual(expect.arrayContaining(fields));
  });

  it('no report is published, so every status is no_report', () => {
    expect(new Set(tasks().map((task) => task.status))).toEqual(new Set(['no_report']));
  });

  it("every task's url is a page that exists", () => {
    const missing = tasks()
      .map((task) => task.url)
      .filter((url) => !existsSync(path.join(DIST, url, 'index.html')));
    expect(missing).toEqual([]);
  });

  it('/data/tasks.csv starts with a byte-order mark and has the rows of tasks.json, with the columns of the task sheet', () => {
    const csv = read('data/tasks.csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header] = parseCsv(csv);
    expect(header).toEqual(Object.keys(taskSheetSchema.shape));
    const records = csvRecords(csv).records.map((row) => row.values);
    expect(records).toHaveLength(206);
    const first = tasks()[0];
    expect(records[0]?.['Mã nhiệm vụ']).toBe(first?.id);
    expect(records[0]?.['Cơ quan chủ trì']).toBe(first?.lead.join('; '));
  });

  it('publishes a JSON Schema per file, generated from the zod schemas', () => {
    for (const name of ['plans', 'tasks', 'commitments']) {
      const schema = json<JsonSchemaFile>(`data/${name}.schema.json`);
      expect(schema.type).toBe('array');
      expect(schema.items.type).toBe('object');
    }
    expect(json<JsonSchemaFile>('data/tasks.schema.json').items.required).toEqual(Object.keys(publishedTaskSchema.shape));
  });

  it('datapackage.json describes resources that exist, with typed CSV columns', () => {
    const datapackage = json<DataPackage>('data/datapackage.json');
    expect(datapackage.profile).toBe('data-package');
    const fields = datapackage.resources.find((resource) => resource.name === 'tasks-csv')?.schema?.fields ?? [];
    const type = (name: string) => fields.find((field) => field.name === name)?.type;
    expect([type('Mã nhiệm vụ'), type('Chỉ số PAPI'), type('Thường xuyên, định kỳ'), type('Dòng trong văn bản gốc')]).toEqual([
      'string',
      'integer',
      'string',
      'integer',
    ]);
    // The English names of tasks.json are the columns' titles.
    expect(fields.slice(0, 3).map((field) => field.title)).toEqual(['id', 'plan_title', 'plan']);
    for (const resource of datapackage.resources) expect(existsSync(path.join(DIST, 'data', resource.path))).toBe(true);
  });

  it('narrative commitments are published in their own file, with the 13 Sóc Trăng agency duties', () => {
    expect(commitments().filter((entry) => entry.plan === 'soc-trang-2023' && entry.section.startsWith('IV.2.'))).toHaveLength(13);
  });

  it("each plan's source text is published verbatim", () => {
    for (const plan of plans()) {
      const file = plan.source_url.replace('/nguon/', '');
      expect(read(plan.source_url.slice(1))).toBe(readFileSync(path.join('content', 'sources', file), 'utf8'));
    }
  });
});

describe('a build with invalid content', () => {
  it('fails and names the file, the entry and the field (a task, and a rights guide)', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'papi-bad-build-'));
    try {
      cpSync('content', path.join(root, 'content'), { recursive: true });
      const tasks = path.join(root, 'content', 'plans', 'chi-lang-2024', 'tasks.yaml');
      writeFileSync(tasks, readFileSync(tasks, 'utf8').replace('- chi-lang-ubnd-cap-xa', '- chi-lang-khong-co'));
      // A rights guide linking a task that does not exist, in both languages.
      for (const lang of ['vi', 'en']) {
        const guide = path.join(root, 'content', 'guides', lang, 'bau-cu.mdx');
        writeFileSync(guide, readFileSync(guide, 'utf8').replace('  - nga-nam-2021-1-c\n', '  - nga-nam-2021-1-c\n  - nga-nam-2021-99-z\n'));
      }
      // The project's own Node (node_modules/.bin/node), which Astro 7 needs, whatever runs the tests.
      const result = spawnSync('node_modules/.bin/node', ['node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', path.join(root, 'dist')], {
        env: { ...process.env, PAPI_CONTENT_DIR: path.join(root, 'content') },
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(result.status).not.toBe(0);
      expect(`${result.stdout}${result.stderr}`).toMatch(
        /chi-lang-2024\/tasks\.yaml › entry "chi-lang-2024-[^"]+" › field "lead\[\d\]": agency "chi-lang-khong-co" is not in the registry/,
      );
      expect(`${result.stdout}${result.stderr}`).toMatch(
        /guides\/vi\/bau-cu\.mdx › frontmatter › field "tasks\[\d+\]": no task has the id "nga-nam-2021-99-z"/,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 120_000);
});
