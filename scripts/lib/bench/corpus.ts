/**
 * A synthetic corpus for benchmarks: provinces, districts, agencies, plans and
 * tasks in the shape of the real ones, with Vietnamese text recombined from the
 * real plans' clauses. Every file says it is synthetic, and it is written
 * outside content/ (under .bench/ by default), so it is never published.
 */
import { stringify } from 'yaml';
import type { Corpus } from '../../../src/lib/content/corpus.ts';
import { parseDeadline } from '../../../src/lib/import/deadline.ts';
import { slugify } from '../../../src/lib/text/fold.ts';
import { pick, seeded } from './random.ts';

export const SYNTHETIC_MARK = 'DỮ LIỆU TỔNG HỢP ĐỂ ĐO HIỆU NĂNG — SYNTHETIC BENCHMARK DATA, NOT A REAL PLAN';

/** Real-world shape: 34 provinces after 2025; a plan has about 40–60 task rows. */
const PROVINCES = 34;
const TASKS_PER_PLAN = 50;
const AGENCIES_PER_DISTRICT = 18;

export interface Vocabulary {
  clauses: string[];
  labels: string[];
  agencyNames: string[];
  deadlines: string[];
  outputs: string[];
  dimensions: Corpus['dimensions'];
}

/** Clauses, labels, office names and deadlines of the real plans, to make the text realistic. */
export function vocabularyOf(corpus: Corpus): Vocabulary {
  const clauses = [
    ...new Set(
      corpus.tasks.flatMap((task) => task.text.split(/[;.\n]/).map((clause) => clause.replace(/^[-+]\s*/, '').trim())).filter((clause) => clause.length > 20),
    ),
  ];
  return {
    clauses,
    labels: [...new Set(corpus.tasks.map((task) => task.subdimension_label).filter((label): label is string => label !== null && !label.includes('\n')))],
    agencyNames: [...new Set(corpus.agencies.filter((agency) => agency.level === 'district').map((agency) => agency.name))],
    deadlines: [...new Set(corpus.tasks.map((task) => task.deadline.text).filter((text): text is string => text !== null))],
    outputs: [...new Set(corpus.tasks.map((task) => task.output).filter((output): output is string => output !== null))],
    dimensions: corpus.dimensions,
  };
}

export interface GeneratedFile {
  path: string;
  content: string;
}

/** Generates the files of a content tree with about `taskCount` tasks. */
export function generateCorpus(taskCount: number, vocabulary: Vocabulary, seed = 1): GeneratedFile[] {
  const random = seeded(seed);
  const files: GeneratedFile[] = [];
  const planCount = Math.max(1, Math.ceil(taskCount / TASKS_PER_PLAN));
  const localities: unknown[] = [];
  const header = `# ${SYNTHETIC_MARK}\n`;
  let written = 0;

  for (let p = 0; p < PROVINCES; p += 1) {
    localities.push({
      id: `tinh-tong-hop-${p + 1}`,
      name: `Tỉnh tổng hợp ${p + 1}`,
      full_name: `tỉnh tổng hợp ${p + 1} (dữ liệu thử)`,
      type: 'province',
      role: 'province',
    });
  }
  for (let index = 0; index < planCount; index += 1) {
    const province = `tinh-tong-hop-${(index % PROVINCES) + 1}`;
    const district = `huyen-tong-hop-${index + 1}`;
    const planId = `tong-hop-${index + 1}-2025`;
    localities.push({
      id: district,
      name: `Huyện tổng hợp ${index + 1}`,
      full_name: `huyện tổng hợp ${index + 1} (dữ liệu thử)`,
      type: 'district',
      parent: province,
      role: 'issuer',
    });
    const agencies = Array.from({ length: AGENCIES_PER_DISTRICT }, (_, a) => {
      const name = vocabulary.agencyNames[(a + index) % vocabulary.agencyNames.length] ?? `Phòng ${a + 1}`;
      return { id: `${district}-${slugify(name)}-${a + 1}`, name: `${name} (${a + 1})`, locality: district, level: 'district', kind: 'office' };
    });
    files.push({ path: `agencies/${district}.yaml`, content: header + stringify(agencies, { lineWidth: 0 }) });

    const tasksHere = Math.min(TASKS_PER_PLAN, taskCount - written);
    const tasks = Array.from({ length: tasksHere }, (_, t) => {
      const dimension = (t % 8) + 1;
      const subs = vocabulary.dimensions.find((entry) => entry.number === dimension)?.subdimensions ?? [];
      const sub = subs.length > 0 ? pick(random, subs) : null;
      const actions = Array.from({ length: 1 + Math.floor(random() * 3) }, () => `${pick(random, vocabulary.clauses)}.`);
      const deadlineText = pick(random, vocabulary.deadlines);
      return {
        id: `${planId}-${dimension}-${t + 1}`,
        plan: planId,
        part: null,
        ref: `${dimension}.${t + 1}`,
        order: t + 1,
        dimension,
        subdimension: sub?.code ?? null,
        subdimension_label: sub ? sub.name.vi : pick(random, vocabulary.labels),
        group: null,
        text: actions.map((action) => `- ${action}`).join('\n'),
        actions,
        lead: [agencies[Math.floor(random() * agencies.length)]?.id],
        lead_printed: null,
        partners: [agencies[Math.floor(random() * agencies.length)]?.id],
        partners_printed: null,
        output: random() < 0.5 ? pick(random, vocabulary.outputs) : null,
        deadline: parseDeadline(deadlineText, { from: 2025, to: 2025 }),
        footnotes: [],
        source_line: t + 1,
      };
    });
    written += tasksHere;
    files.push({ path: `plans/${planId}/tasks.yaml`, content: header + stringify(tasks, { lineWidth: 0 }) });
    files.push({
      path: `plans/${planId}/plan.yaml`,
      content:
        header +
        stringify({
          id: planId,
          title: `[Dữ liệu thử] Kế hoạch cải thiện Chỉ số PAPI năm 2025 của huyện tổng hợp ${index + 1}`,
          issuer: `Ủy ban nhân dân huyện tổng hợp ${index + 1} (dữ liệu thử)`,
          locality: district,
          province,
          level: 'district',
          period: { from: 2025, to: 2025 },
          document_number: null,
          issued: null,
          source: { file: `${planId}.txt`, note: { vi: SYNTHETIC_MARK, en: SYNTHETIC_MARK } },
        }),
    });
    files.push({ path: `sources/${planId}.txt`, content: `${SYNTHETIC_MARK}\n` });
    if (written >= taskCount) {
      // The remaining districts exist without plans, like real districts that published none.
    }
  }
  files.push({ path: 'localities.yaml', content: header + stringify(localities, { lineWidth: 0 }) });
  files.push({ path: 'papi/dimensions.yaml', content: header + stringify(vocabulary.dimensions, { lineWidth: 0 }) });
  files.push({ path: 'README.md', content: `# ${SYNTHETIC_MARK}\n\nGenerated by \`npm run corpus\` for benchmarks (${taskCount} tasks). Never publish it.\n` });
  return files;
}
