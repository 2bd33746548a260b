/**
 * A national synthetic corpus for benchmarks, in the shape the portal will hold once plans
 * come from the whole country: plans issued by the real 34 provinces and a sample (or all)
 * of the real 3,321 communes of today (content/geography/), about 40 tasks per province
 * plan and 25 per commune plan, the offices each level of government names in its plans,
 * several plan years, and progress updates for about a third of the tasks — because a
 * benchmark without reports cannot see the costs that grow with them.
 *
 * The issuers are real units; everything said about them here is made up: every plan,
 * task, office entry and report says it is synthetic (ids "du-lieu-thu-…", titles and
 * issuers "[Dữ liệu thử]" / "(dữ liệu thử)", the mark on every file), and the corpus is
 * written outside content/ (under .bench/ by default), so it is never published.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import type { Corpus } from '../../../src/lib/content/corpus.ts';
import type { Commune, Geography, NewProvince } from '../../../src/lib/geography/places.ts';
import { parseDeadline } from '../../../src/lib/import/deadline.ts';
import { slugify } from '../../../src/lib/text/fold.ts';
import { pick, seeded } from './random.ts';

export const SYNTHETIC_MARK = 'DỮ LIỆU TỔNG HỢP ĐỂ ĐO HIỆU NĂNG — SYNTHETIC BENCHMARK DATA, NOT A REAL PLAN';

/** The first plan year: the first plans of the communes of today (formed on 1 July 2025). */
const FIRST_YEAR = 2025;
/** At least this many plan years, so that a corpus of any size holds several (more when N needs them). */
const MIN_YEARS = 2;
/** Real plans: a commune's about 25 task rows, a province's about 40. */
const COMMUNE_TASKS = { from: 21, to: 29 };
const PROVINCE_TASKS = { from: 36, to: 44 };
const COMMUNE_TASKS_MEAN = 25;
const PROVINCE_TASKS_MEAN = 40;
/** Share of tasks with progress updates, 1–3 each. */
const REPORTED_SHARE = 1 / 3;
/** The last day reported on: the end of the third quarter of 2026, before any build date the benchmark uses. */
const REPORTED_UNTIL = '2026-09-30';

/** The offices a province's plan names: its departments and boards (since 1 July 2025), the Front, the police. */
const PROVINCE_OFFICES: ReadonlyArray<{ name: string; en: string; kind: 'office' | 'organisation' | 'group' }> = [
  { name: 'Văn phòng UBND tỉnh', en: 'Office of the Provincial People’s Committee', kind: 'office' },
  { name: 'Sở Nội vụ', en: 'Department of Home Affairs', kind: 'office' },
  { name: 'Sở Tư pháp', en: 'Department of Justice', kind: 'office' },
  { name: 'Sở Tài chính', en: 'Department of Finance', kind: 'office' },
  { name: 'Sở Xây dựng', en: 'Department of Construction', kind: 'office' },
  { name: 'Sở Nông nghiệp và Môi trường', en: 'Department of Agriculture and Environment', kind: 'office' },
  { name: 'Sở Khoa học và Công nghệ', en: 'Department of Science and Technology', kind: 'office' },
  { name: 'Sở Giáo dục và Đào tạo', en: 'Department of Education and Training', kind: 'office' },
  { name: 'Sở Y tế', en: 'Department of Health', kind: 'office' },
  { name: 'Sở Văn hóa, Thể thao và Du lịch', en: 'Department of Culture, Sports and Tourism', kind: 'office' },
  { name: 'Sở Công Thương', en: 'Department of Industry and Trade', kind: 'office' },
  { name: 'Sở Dân tộc và Tôn giáo', en: 'Department of Ethnic and Religious Affairs', kind: 'office' },
  { name: 'Thanh tra tỉnh', en: 'Provincial Inspectorate', kind: 'office' },
  { name: 'Công an tỉnh', en: 'Provincial Police', kind: 'office' },
  { name: 'Trung tâm Phục vụ hành chính công tỉnh', en: 'Provincial Public Administrative Service Centre', kind: 'office' },
  { name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', en: 'Provincial Committee of the Vietnam Fatherland Front', kind: 'organisation' },
  { name: 'UBND các xã, phường', en: 'People’s Committees of the communes and wards', kind: 'group' },
  { name: 'Các sở, ban, ngành tỉnh', en: 'Provincial departments and boards', kind: 'group' },
];

/** The offices a commune's plan names since 1 July 2025; `{unit}` is xã, phường or đặc khu. */
const COMMUNE_OFFICES: ReadonlyArray<{ name: string; en: string; kind: 'office' | 'organisation' | 'group' }> = [
  { name: 'Văn phòng HĐND và UBND {unit}', en: 'Office of the People’s Council and People’s Committee', kind: 'office' },
  { name: 'Phòng Kinh tế', en: 'Economic Office', kind: 'office' },
  { name: 'Phòng Văn hóa - Xã hội', en: 'Culture and Social Affairs Office', kind: 'office' },
  { name: 'Trung tâm Phục vụ hành chính công {unit}', en: 'Public Administrative Service Centre', kind: 'office' },
  { name: 'Công an {unit}', en: 'Police', kind: 'office' },
  { name: 'Ban Chỉ huy Quân sự {unit}', en: 'Military Command', kind: 'office' },
  { name: 'Trạm Y tế {unit}', en: 'Health Station', kind: 'office' },
  { name: 'Ủy ban MTTQ Việt Nam {unit}', en: 'Committee of the Vietnam Fatherland Front', kind: 'organisation' },
  { name: 'Các thôn, tổ dân phố', en: 'Hamlets and residential groups', kind: 'group' },
];

export interface Vocabulary {
  clauses: string[];
  labels: string[];
  deadlines: string[];
  outputs: string[];
  dimensions: Corpus['dimensions'];
  /** The real provinces and communes of today: who issues the synthetic plans. */
  places: Geography;
}

/** Clauses, labels, deadlines and outputs of the real plans, to make the text realistic; the real geography, for the issuers. */
export function vocabularyOf(corpus: Corpus): Vocabulary {
  const places = corpus.geography.places;
  if (!places) throw new Error('the content has no geography (content/geography/): the synthetic plans are issued by its provinces and communes');
  const clauses = [
    ...new Set(
      corpus.tasks.flatMap((task) => task.text.split(/[;.\n]/).map((clause) => clause.replace(/^[-+]\s*/, '').trim())).filter((clause) => clause.length > 20),
    ),
  ];
  return {
    clauses,
    labels: [...new Set(corpus.tasks.map((task) => task.subdimension_label).filter((label): label is string => label !== null && !label.includes('\n')))],
    deadlines: [...new Set(corpus.tasks.map((task) => task.deadline.text).filter((text): text is string => text !== null))],
    outputs: [...new Set(corpus.tasks.map((task) => task.output).filter((output): output is string => output !== null))],
    dimensions: corpus.dimensions,
    places,
  };
}

export interface GeneratedFile {
  path: string;
  content: string;
}

/**
 * The geography the synthetic tree needs, so that its issuers are checked against the real
 * lists as the real content's are, and so that its commune pages list the plans covering them:
 * the two lists copied unchanged (real data, said so in geography/README.md), and for each
 * resolution a marked stub (the checks need its file; no page quotes it).
 */
export function geographyFiles(realContent: string): GeneratedFile[] {
  const directory = path.join(realContent, 'geography');
  const lists = ['communes-2025.csv', 'old-to-new-communes.csv'].map((name) => ({
    path: `geography/${name}`,
    content: readFileSync(path.join(directory, name), 'utf8'),
  }));
  const stubs = readdirSync(path.join(directory, 'resolutions'))
    .filter((name) => /^\d{4}_NQ-UBTVQH15\.md$/.test(name))
    .sort()
    .map((name) => ({
      path: `geography/resolutions/${name}`,
      content: `# ${SYNTHETIC_MARK}\n\nThe text of this resolution is not copied into the synthetic corpus: see content/geography/resolutions/${name}.\n`,
    }));
  const readme = {
    path: 'geography/README.md',
    content: `# ${SYNTHETIC_MARK}\n\n\`communes-2025.csv\` and \`old-to-new-communes.csv\` are copied unchanged from the real lists in content/geography/: the synthetic plans of this corpus are issued by real provinces and communes. The plans, tasks, offices and progress reports are made up.\n`,
  };
  return [readme, ...lists, ...stubs];
}

interface Issuer {
  /** Locality id: the province's own id, or "<province>-<commune>" for a commune of today. */
  locality: string;
  province: NewProvince;
  commune: Commune | null;
  /** "thành phố Cần Thơ", "phường Ngã Năm". */
  unit: string;
}

interface Slot {
  issuer: Issuer;
  year: number;
}

/** The type word of a commune of today, as its offices are named: xã, phường, đặc khu. */
function unitWord(commune: Commune): string {
  if (commune.name.startsWith('Phường ')) return 'phường';
  if (commune.name.startsWith('Đặc khu ')) return 'đặc khu';
  return 'xã';
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function shuffle<T>(random: () => number, items: T[]): T[] {
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [items[index], items[other]] = [items[other] as T, items[index] as T];
  }
  return items;
}

/**
 * Every (issuer, year) the corpus may draw, in the order it draws them: the communes and
 * years in a seeded order, with a province's plan after every ~98 commune plans (3,321 : 34),
 * so that a corpus of any size has the country's mix of levels, and a province first.
 */
function slotsFor(taskCount: number, places: Geography, random: () => number): Slot[] {
  const perYear = places.newProvinces.length * PROVINCE_TASKS_MEAN + places.communes.length * COMMUNE_TASKS_MEAN;
  // With room to spare: plans draw their task counts at random around the means.
  const years = Array.from({ length: Math.max(MIN_YEARS, Math.ceil(taskCount / (perYear * 0.9))) }, (_, index) => FIRST_YEAR + index);
  const provinceById = places.newProvinceById;
  const communes = shuffle(
    random,
    years.flatMap((year) =>
      places.communes.flatMap((commune) => {
        const province = provinceById.get(commune.province);
        if (!province) return [];
        return [{ year, issuer: { locality: `${province.id}-${commune.id}`, province, commune, unit: lowerFirst(commune.name) } }];
      }),
    ),
  );
  const provinces = shuffle(
    random,
    years.flatMap((year) =>
      places.newProvinces.map((province) => ({ year, issuer: { locality: province.id, province, commune: null, unit: province.full_name } })),
    ),
  );
  const every = communes.length / Math.max(1, provinces.length);
  const slots: Slot[] = [];
  let nextProvince = 0;
  communes.forEach((slot, index) => {
    while (nextProvince < provinces.length && nextProvince * every <= index) slots.push(provinces[nextProvince++] as Slot);
    slots.push(slot);
  });
  slots.push(...provinces.slice(nextProvince));
  return slots;
}

/** The registry entries of an issuer's offices, as its plans name them. */
function officesOf(issuer: Issuer) {
  const level = issuer.commune ? 'commune' : 'province';
  const word = issuer.commune ? unitWord(issuer.commune) : '';
  return (issuer.commune ? COMMUNE_OFFICES : PROVINCE_OFFICES).map((office) => {
    const name = office.name.replace('{unit}', word);
    return { id: `${issuer.locality}-${slugify(name)}`, name, locality: issuer.locality, level, kind: office.kind, name_en: office.en };
  });
}

/** A real plan's deadline, moved to the plan's year ("Quý IV/2021" in a plan of 2026 reads "Quý IV/2026"). */
function deadlineIn(text: string, year: number): string {
  const years = [...text.matchAll(/\b20\d\d\b/g)].map((match) => Number(match[0]));
  if (years.length === 0) return text;
  const shift = year - Math.min(...years);
  return text.replace(/\b20\d\d\b/g, (found) => String(Number(found) + shift));
}

const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'];
const QUARTER_MID = ['02-15', '05-15', '08-14', '11-16'];

type Status = 'not_started' | 'in_progress' | 'done' | 'delayed' | 'ongoing' | 'cancelled';

/** The communes of today were formed on 1 July 2025: they report on 2025 from its third quarter. */
const COMMUNES_FORMED = { year: 2025, quarter: 2 };

/**
 * 1–3 reports on a task of a plan of `year`, oldest first: one per quarter, or (one time in
 * four) several within one quarter, two of them on the quarter's last day; none dated after
 * REPORTED_UNTIL, none from a commune before it existed.
 */
function reportsOn(random: () => number, year: number, recurring: boolean, commune: boolean): { date: string; status: Status; quarter: number }[] {
  const first = commune && year === COMMUNES_FORMED.year ? COMMUNES_FORMED.quarter : 0;
  const quarters = [0, 1, 2, 3].filter((quarter) => quarter >= first && `${year}-${QUARTER_END[quarter] ?? ''}` <= REPORTED_UNTIL);
  if (quarters.length === 0) return [];
  const count = 1 + Math.floor(random() * 3);
  let dates: { date: string; quarter: number }[];
  if (count > 1 && random() < 0.25) {
    const quarter = pick(random, quarters);
    dates = [QUARTER_MID[quarter], QUARTER_END[quarter], QUARTER_END[quarter]].slice(0, count).map((day) => ({ date: `${year}-${day ?? ''}`, quarter }));
  } else {
    dates = shuffle(random, [...quarters])
      .slice(0, count)
      .sort((a, b) => a - b)
      .map((quarter) => ({ date: `${year}-${QUARTER_END[quarter] ?? ''}`, quarter }));
  }
  return dates.map(({ date, quarter }, index) => {
    const last = index === dates.length - 1;
    let status: Status;
    if (recurring) status = random() < 0.85 ? 'ongoing' : 'delayed';
    else if (!last) status = random() < 0.3 ? 'not_started' : 'in_progress';
    else status = pick(random, ['done', 'done', 'in_progress', 'delayed', 'cancelled'] as const);
    return { date, status, quarter: quarter + 1 };
  });
}

/** Generates the files of a content tree with exactly `taskCount` tasks; `geography` is geographyFiles()'s copy. */
export function generateCorpus(taskCount: number, vocabulary: Vocabulary, seed = 1, geography: readonly GeneratedFile[] = []): GeneratedFile[] {
  const random = seeded(seed);
  const header = `# ${SYNTHETIC_MARK}\n`;
  const yaml = (value: unknown) => header + stringify(value, { lineWidth: 0 });
  const files: GeneratedFile[] = [];
  const localities: unknown[] = [];
  const agenciesOf = new Map<string, ReturnType<typeof officesOf>>();
  const progressByProvince = new Map<string, unknown[]>();
  let written = 0;
  let plans = 0;

  for (const { issuer, year } of slotsFor(taskCount, vocabulary.places, random)) {
    if (written >= taskCount) break;
    plans += 1;
    let offices = agenciesOf.get(issuer.locality);
    if (!offices) {
      offices = officesOf(issuer);
      agenciesOf.set(issuer.locality, offices);
      if (issuer.commune) {
        // A commune of today as the README's "How to add a plan" describes it; the build checks it against the geography.
        localities.push({
          id: issuer.locality,
          name: issuer.commune.name.replace(/^(Xã|Phường|Đặc khu) /u, ''),
          full_name: issuer.commune.name,
          type: unitWord(issuer.commune) === 'phường' ? 'ward' : 'commune',
          parent: issuer.province.id,
          role: 'issuer',
        });
      }
    }
    const planId = `du-lieu-thu-${issuer.locality}-${year}`;
    const issuerName = `UBND ${issuer.unit} (dữ liệu thử)`;
    const range = issuer.commune ? COMMUNE_TASKS : PROVINCE_TASKS;
    const tasksHere = Math.min(range.from + Math.floor(random() * (range.to - range.from + 1)), taskCount - written);
    const reports = progressByProvince.get(issuer.province.id) ?? [];
    progressByProvince.set(issuer.province.id, reports);
    const tasks = Array.from({ length: tasksHere }, (_, t) => {
      const dimension = (t % 8) + 1;
      const subs = vocabulary.dimensions.find((entry) => entry.number === dimension)?.subdimensions ?? [];
      const sub = subs.length > 0 ? pick(random, subs) : null;
      const actions = Array.from({ length: 1 + Math.floor(random() * 3) }, () => `${pick(random, vocabulary.clauses)}.`);
      const deadline = parseDeadline(deadlineIn(pick(random, vocabulary.deadlines), year), { from: year, to: year });
      const lead = pick(random, offices).id;
      const partners = [...new Set(Array.from({ length: Math.floor(random() * 3) }, () => pick(random, offices).id))].filter((id) => id !== lead);
      const id = `${planId}-${dimension}-${t + 1}`;
      if (random() < REPORTED_SHARE) {
        const updates = reportsOn(random, year, deadline.recurring, issuer.commune !== null).map(({ date, status, quarter }) => ({
          task: id,
          date,
          status,
          source: {
            title: `[Dữ liệu thử] Báo cáo kết quả thực hiện Kế hoạch cải thiện Chỉ số PAPI quý ${quarter}/${year} của ${issuerName}`,
            number: null,
            date: null,
            url: null,
          },
          note: random() < 0.5 ? `[Dữ liệu thử] ${pick(random, vocabulary.clauses)}.` : null,
        }));
        // Offices send reports late and files are appended to: a task's updates are not always listed by date.
        reports.push(...(random() < 0.25 ? updates.reverse() : updates));
      }
      return {
        id,
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
        lead: [lead],
        lead_printed: null,
        partners,
        partners_printed: null,
        output: random() < 0.5 ? pick(random, vocabulary.outputs) : null,
        deadline,
        footnotes: [],
        source_line: t + 1,
      };
    });
    written += tasksHere;
    files.push({ path: `plans/${planId}/tasks.yaml`, content: yaml(tasks) });
    files.push({
      path: `plans/${planId}/plan.yaml`,
      content: yaml({
        id: planId,
        title: `[Dữ liệu thử] Kế hoạch cải thiện, nâng cao Chỉ số PAPI năm ${year} của ${issuer.unit}`,
        issuer: issuerName,
        locality: issuer.locality,
        province: issuer.province.id,
        level: issuer.commune ? 'commune' : 'province',
        period: { from: year, to: year },
        document_number: null,
        issued: null,
        source: { file: `${planId}.txt`, note: { vi: SYNTHETIC_MARK, en: SYNTHETIC_MARK } },
      }),
    });
    files.push({ path: `sources/${planId}.txt`, content: `${SYNTHETIC_MARK}\n` });
  }
  for (const [locality, offices] of agenciesOf) files.push({ path: `agencies/${locality}.yaml`, content: yaml(offices) });
  const updates = [...progressByProvince].filter(([, reports]) => reports.length > 0);
  for (const [province, reports] of updates) files.push({ path: `progress/du-lieu-thu-${province}.yaml`, content: yaml(reports) });
  files.push({ path: 'localities.yaml', content: yaml(localities) });
  files.push({ path: 'papi/dimensions.yaml', content: yaml(vocabulary.dimensions) });
  const reported = updates.reduce((sum, [, reports]) => sum + reports.length, 0);
  files.push({
    path: 'README.md',
    content: `# ${SYNTHETIC_MARK}\n\nGenerated by \`npm run corpus\` for benchmarks (seed ${seed}): ${taskCount} tasks in ${plans} plans issued by real provinces and communes of today, ${agenciesOf.size} issuers, ${reported} progress updates. The plans, tasks, offices and reports are made up. Never publish it.\n`,
  });
  files.push(...geography);
  return files;
}
