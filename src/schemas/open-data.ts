/**
 * The published open-data records (/data/*.json, /data/*.csv). They are built
 * from the content schemas' entries and validated with these schemas during the
 * build; the JSON Schemas published beside the files are generated from them.
 */
import { z } from 'astro/zod';
import { commitmentKind } from './commitment.ts';
import { communeMappingSchema } from './geography.ts';
import { deadlineKind } from './deadline.ts';
import { isoDate, slug } from './common.ts';
import { planLevel } from './plan.ts';
import { progressStatus } from './progress.ts';
import { dimensionScore, scoreFields } from './score.ts';

/** Status shown for a task: the latest reported status, or no_report when nothing is published. */
export const publishedStatus = z.union([progressStatus, z.literal('no_report')]);

export const publishedPlanSchema = z.object({
  id: slug.describe('Stable plan id, used in URLs and in task ids.'),
  title: z.string().describe('Title as printed in the source document.'),
  issuer: z.string().describe('Issuing body, e.g. "Ủy ban nhân dân thị xã Ngã Năm".'),
  level: planLevel.describe('Level of the issuing unit.'),
  province: z.string().describe('Province of the issuer when the plan was issued (its name).'),
  province_id: slug.describe('Locality id of that province.'),
  locality_id: slug.describe('Locality id of the issuing unit.'),
  period: z.string().describe('Years the plan covers: "2021" or "2021-2025".'),
  document_number: z.string().nullable().describe('Document number as printed; null where the copy leaves it blank.'),
  issued: isoDate.nullable().describe('Date of issue (ISO 8601); null where the copy prints no full date.'),
  task_count: z.number().int().min(0).describe("Number of task rows in the plan's appendices."),
  url: z.string().describe("Site path of the plan's page."),
  source_url: z.string().describe('Site path of the source text the plan was imported from.'),
});

export const publishedTaskSchema = z.object({
  id: slug.describe('Stable task id (permalink); unchanged by rebuilds and re-imports.'),
  plan: slug.describe('Plan id.'),
  part: slug.nullable().describe('Appendix part id for plans with several appendices, else null.'),
  ref: z.string().nullable().describe('Reference as printed ("1.a", "3.3", "60"); null for unnumbered rows.'),
  dimension: z.number().int().min(1).max(8).nullable().describe('PAPI dimension 1–8, or null where the plan groups tasks otherwise.'),
  subdimension: z.string().nullable().describe('PAPI sub-dimension code ("1.3"), or null.'),
  subdimension_label: z.string().nullable().describe('Sub-dimension or content label as printed.'),
  group: z.string().nullable().describe("The plan's own activity group, where it has one."),
  text: z.string().describe('The task verbatim, as plain text (no markup); lines separated by \\n.'),
  actions: z.array(z.string()).describe("The task's bullet items, verbatim."),
  lead: z.array(z.string()).describe('Lead agencies (registry names).'),
  partners: z.array(z.string()).describe('Coordinating agencies (registry names).'),
  lead_ids: z.array(slug).describe('Lead agencies (registry ids).'),
  partner_ids: z.array(slug).describe('Coordinating agencies (registry ids).'),
  lead_printed: z.string().nullable().describe('The lead-agency cell verbatim.'),
  partners_printed: z.string().nullable().describe('The partner cell verbatim.'),
  output: z.string().nullable().describe('Expected output or product as printed.'),
  deadline: z.string().nullable().describe('Deadline as printed, or null.'),
  deadline_kind: deadlineKind.describe('How the deadline was read: date, recurring, conditional, free_text or none.'),
  due: isoDate.nullable().describe('Due date derived from the printed deadline (ISO 8601), or null.'),
  recurring: z.boolean().describe('Whether the task recurs (Thường xuyên, Hằng năm, …).'),
  status: publishedStatus.describe('Latest reported status, or no_report when no report is published.'),
  url: z.string().describe("Site path of the task's page."),
  source_line: z.number().int().min(1).describe('Line of the source text where the row starts.'),
});

export const publishedCommitmentSchema = z.object({
  id: slug.describe('Stable id.'),
  plan: slug.describe('Plan id.'),
  kind: commitmentKind.describe('agency-duty, directive, model-units or result-statement.'),
  section: z.string().describe('Section as printed.'),
  heading: z.string().describe('Heading as printed.'),
  text: z.string().describe('Verbatim text; paragraphs separated by \\n.'),
  agencies: z.array(z.string()).describe('Agencies the text makes responsible (registry names).'),
  agency_ids: z.array(slug).describe('The same agencies (registry ids).'),
  dimension: z.number().int().min(1).max(8).nullable().describe('PAPI dimension concerned, if any.'),
  source_line: z.number().int().min(1).describe('Line of the source text where it starts.'),
});

export const publishedProgressSchema = z.object({
  task: slug.describe('Task id.'),
  plan: slug.describe('Plan id of the task.'),
  date: isoDate.describe('Date of the state reported (ISO 8601).'),
  status: progressStatus.describe('Reported status.'),
  source_title: z.string().describe('The report or document that states it.'),
  source_number: z.string().nullable().describe('Its number, if any.'),
  source_date: isoDate.nullable().describe('Its date, if known.'),
  source_url: z.string().nullable().describe('Its public address, if any.'),
  note: z.string().nullable().describe('Note, verbatim from the source where possible.'),
  url: z.string().describe('Site path of the task.'),
});

const score = scoreFields.shape;
const dimension = (number: number, name: string) => dimensionScore.describe(`PAPI dimension ${number}, ${name}: score out of 10, 4 decimals as published.`);

/** One province's PAPI result for one year (/data/papi-scores.json, .csv), from the fields of scoreSchema. */
export const publishedScoreSchema = z.object({
  province_id: score.province.describe('Locality id of the province as it was before 1 July 2025; its page is /dia-phuong/<province_id>/.'),
  province: score.papi_name.describe('The province as PAPI names it, e.g. "Thừa Thiên Huế", "Hồ Chí Minh".'),
  province_name: z.string().min(1).describe('The name the portal gives it, e.g. "Cần Thơ (cũ)" where a province formed in 2025 took the name.'),
  year: score.year.describe('PAPI survey year.'),
  d1: dimension(1, 'participation at local levels'),
  d2: dimension(2, 'transparency'),
  d3: dimension(3, 'vertical accountability'),
  d4: dimension(4, 'control of corruption in the public sector'),
  d5: dimension(5, 'public administrative procedures'),
  d6: dimension(6, 'public service delivery'),
  d7: dimension(7, 'environmental governance'),
  d8: dimension(8, 'e-governance'),
  total: score.total.describe("UNDP's unweighted total out of 80 (2018: the sum of the eight dimensions), 4 decimals."),
  group: score.group.describe(
    "Quartile of that year's totals (highest, high-average, low-average, lowest), split by the third-party conversion the rows come from; not copied from UNDP's table.",
  ),
  source: score.source.shape.title.describe('The source: the PAPI results of that year, published by UNDP Viet Nam and its research partners.'),
  source_url: score.source.shape.url.describe('Where the source is published.'),
  url: z.string().describe("Site path of the province's page."),
});

export type PublishedPlan = z.output<typeof publishedPlanSchema>;
export type PublishedProgress = z.output<typeof publishedProgressSchema>;
export type PublishedTask = z.output<typeof publishedTaskSchema>;
export type PublishedCommitment = z.output<typeof publishedCommitmentSchema>;
export type PublishedScore = z.output<typeof publishedScoreSchema>;

/**
 * A column of a spreadsheet file (/data/*.csv, /data/*.xlsx). Its key in the sheet
 * schema is the Vietnamese header people see; its JSON Schema title is the English
 * name of the field (the name tasks.json uses, where it has one), and its description
 * says what the cell holds. One schema per sheet, so the header row, the data
 * package's field list and the tests cannot disagree.
 */
export function sheetColumn<T extends z.ZodType>(title: string, field: T, description = field.description ?? ''): T {
  return field.meta({ title, description });
}

const task = publishedTaskSchema.shape;
const plan = publishedPlanSchema.shape;
const yesNo = z.enum(['có', 'không']);
const absoluteOrPath = 'Absolute under the site address when the build names one (SITE_URL), else a path from the site root.';

/** One row of /data/tasks.csv, /data/tasks.xlsx and each plan's CSV: a task, ready for a spreadsheet. */
export const taskSheetSchema = z.object({
  'Mã nhiệm vụ': sheetColumn('id', task.id),
  'Tên kế hoạch': sheetColumn('plan_title', plan.title),
  'Mã kế hoạch': sheetColumn('plan', task.plan),
  'Cơ quan ban hành': sheetColumn('issuer', plan.issuer),
  'Địa phương ban hành': sheetColumn(
    'locality',
    z.string().describe('The issuing unit with its type word as it was when the plan was issued, e.g. "thị xã Ngã Năm".'),
  ),
  'Tỉnh khi ban hành': sheetColumn('province_at_issue', z.string().describe('Province of the issuer when the plan was issued (before 1 July 2025).')),
  'Tỉnh hiện nay (từ 01/07/2025)': sheetColumn(
    'province_now',
    z.string().describe('The province that has covered that area since 1 July 2025 (Resolution 202/2025/QH15), from content/geography/.'),
  ),
  'Phụ lục': sheetColumn('part', z.string().describe('Appendix title as printed, for plans with several appendices; else empty.')),
  'Số thứ tự': sheetColumn('ref', task.ref),
  'Chỉ số PAPI': sheetColumn('dimension', task.dimension),
  'Chỉ số thành phần': sheetColumn('subdimension', task.subdimension),
  'Nội dung chỉ số thành phần (nguyên văn)': sheetColumn('subdimension_label', task.subdimension_label),
  'Nhóm hoạt động': sheetColumn('group', task.group),
  'Nội dung nhiệm vụ (nguyên văn)': sheetColumn(
    'text',
    z
      .string()
      .describe(
        'The task verbatim: text, then any bullet item (actions) the text does not already hold, each once; lines separated by a line break inside the cell.',
      ),
  ),
  'Cơ quan chủ trì': sheetColumn('lead', z.string().describe('Lead agencies (registry names), separated by "; ".')),
  'Cơ quan chủ trì (nguyên văn)': sheetColumn('lead_printed', task.lead_printed),
  'Cơ quan phối hợp': sheetColumn('partners', z.string().describe('Coordinating agencies (registry names), separated by "; ".')),
  'Cơ quan phối hợp (nguyên văn)': sheetColumn('partners_printed', task.partners_printed),
  'Sản phẩm': sheetColumn('output', task.output),
  'Thời hạn (nguyên văn)': sheetColumn('deadline', task.deadline),
  'Hạn chót suy ra (năm-tháng-ngày)': sheetColumn('due', task.due),
  'Thường xuyên, định kỳ': sheetColumn('recurring', yesNo.describe('"có" when the task recurs (Thường xuyên, Hằng năm, …), else "không".')),
  'Tình trạng': sheetColumn(
    'status',
    z.string().describe('Latest reported status, as the pages say it; "Cổng chưa nhận được báo cáo" (status no_report) when the portal holds no report.'),
  ),
  'Đường dẫn': sheetColumn('url', z.string().describe(`Address of the task's page. ${absoluteOrPath}`)),
  'Dòng trong văn bản gốc': sheetColumn('source_line', task.source_line),
  'Văn bản gốc': sheetColumn('source_url', z.string().describe(`Address of the source text at the line where the row starts. ${absoluteOrPath}`)),
});

const update = publishedProgressSchema.shape;

/** One row of /data/progress.csv. */
export const progressSheetSchema = z.object({
  'Mã nhiệm vụ': sheetColumn('task', update.task),
  'Mã kế hoạch': sheetColumn('plan', update.plan),
  'Tên kế hoạch': sheetColumn('plan_title', plan.title),
  Ngày: sheetColumn('date', update.date),
  'Tình trạng': sheetColumn('status', z.string().describe('Reported status, as the pages say it.')),
  'Văn bản báo cáo': sheetColumn('source_title', update.source_title),
  'Số văn bản': sheetColumn('source_number', update.source_number),
  'Ngày văn bản': sheetColumn('source_date', update.source_date),
  'Địa chỉ văn bản': sheetColumn('source_url', update.source_url),
  'Ghi chú': sheetColumn('note', update.note),
  'Đường dẫn': sheetColumn('url', z.string().describe(`Address of the task's page. ${absoluteOrPath}`)),
});

const scoreColumn = publishedScoreSchema.shape;

/** One row of /data/papi-scores.csv and .xlsx. */
export const scoreSheetSchema = z.object({
  'Mã tỉnh (trước 01/07/2025)': sheetColumn('province_id', scoreColumn.province_id),
  'Tỉnh (tên PAPI)': sheetColumn('province', scoreColumn.province),
  'Tên trên cổng': sheetColumn('province_name', scoreColumn.province_name),
  Năm: sheetColumn('year', scoreColumn.year),
  'Chỉ số 1': sheetColumn('d1', scoreColumn.d1),
  'Chỉ số 2': sheetColumn('d2', scoreColumn.d2),
  'Chỉ số 3': sheetColumn('d3', scoreColumn.d3),
  'Chỉ số 4': sheetColumn('d4', scoreColumn.d4),
  'Chỉ số 5': sheetColumn('d5', scoreColumn.d5),
  'Chỉ số 6': sheetColumn('d6', scoreColumn.d6),
  'Chỉ số 7': sheetColumn('d7', scoreColumn.d7),
  'Chỉ số 8': sheetColumn('d8', scoreColumn.d8),
  'Tổng điểm (trên 80)': sheetColumn('total', scoreColumn.total),
  'Nhóm (tứ phân vị)': sheetColumn(
    'group',
    z
      .string()
      .nullable()
      .describe(`${scoreColumn.group.description ?? ''} In Vietnamese, as the pages say it.`),
  ),
  Nguồn: sheetColumn('source', scoreColumn.source),
  'Địa chỉ nguồn': sheetColumn('source_url', scoreColumn.source_url),
  'Đường dẫn': sheetColumn('url', z.string().describe(`Address of the province's page. ${absoluteOrPath}`)),
});

/** A place the plans name, or a province before or since 1 July 2025 (/data/localities.json, .csv). */
export const publishedLocalitySchema = z.object({
  id: slug.describe('Locality id; its page is /dia-phuong/<id>/.'),
  name: z.string().describe('Official name as it was when the plans were issued (or since 1 July 2025, for a province formed then).'),
  full_name: z.string().describe('Name with its administrative word, e.g. "thị xã Ngã Năm".'),
  type: z.string().describe('Level: province, city, district, town, provincial-city, commune, ward, township or hamlet.'),
  parent: slug.nullable().describe('Id of the unit it belonged to, or null.'),
  change_2025: z.enum(['merged', 'level-abolished', 'unchanged', 'formed']).nullable().describe('What the 2025 reorganisation did to it, or null (hamlets).'),
  now_in: slug.nullable().describe('Id of the unit that has covered its area since the change, for merged units and abolished levels.'),
  now_in_name: z.string().nullable().describe('Name of that unit.'),
  effective: isoDate.nullable().describe('Date the change took effect (ISO 8601).'),
  change_source: z.string().nullable().describe('The legal act that made the change.'),
  url: z.string().describe("Site path of the locality's page."),
});

/** One row of /data/localities.csv. */
export const localitySheetSchema = z.object({
  'Mã địa phương': sheetColumn('id', publishedLocalitySchema.shape.id),
  Tên: sheetColumn('name', publishedLocalitySchema.shape.name),
  'Tên đầy đủ': sheetColumn('full_name', publishedLocalitySchema.shape.full_name),
  Cấp: sheetColumn('type', publishedLocalitySchema.shape.type),
  Thuộc: sheetColumn('parent', publishedLocalitySchema.shape.parent),
  'Thay đổi năm 2025': sheetColumn('change_2025', publishedLocalitySchema.shape.change_2025),
  'Nay thuộc (mã)': sheetColumn('now_in', publishedLocalitySchema.shape.now_in),
  'Nay thuộc': sheetColumn('now_in_name', publishedLocalitySchema.shape.now_in_name),
  'Ngày hiệu lực': sheetColumn('effective', publishedLocalitySchema.shape.effective),
  'Căn cứ': sheetColumn('change_source', publishedLocalitySchema.shape.change_source),
  'Đường dẫn': sheetColumn('url', z.string().describe(`Address of the locality's page. ${absoluteOrPath}`)),
});

export type PublishedLocality = z.output<typeof publishedLocalitySchema>;
export type TaskSheetRow = z.output<typeof taskSheetSchema>;
export type ProgressSheetRow = z.output<typeof progressSheetSchema>;
export type ScoreSheetRow = z.output<typeof scoreSheetSchema>;
export type LocalitySheetRow = z.output<typeof localitySheetSchema>;

/** An old commune (before 1 July 2025) that went, wholly or in part, into a commune of today. */
export const publishedOriginSchema = z.object({
  code: z.string().describe("The statistics office's code of the old commune (list of 01/03/2025)."),
  name: z.string().describe('Its name as that list writes it, e.g. "Phường 1".'),
  district: z.string().describe('The old district it belonged to, e.g. "Thị xã Ngã Năm".'),
  district_code: z.string().describe("The old district's code."),
  province: z.string().describe('The old province, e.g. "tỉnh Sóc Trăng".'),
  share: communeMappingSchema.shape.share.describe('"full": all of it went into this commune; "partial": it was divided and part went here.'),
  confirmed: communeMappingSchema.shape.confirmed.describe(
    '"yes" when the clause that formed the commune names this old commune; otherwise read the clause (the mapping was extracted from it).',
  ),
});

/** A commune, ward or special zone since 1 July 2025 (/data/communes.json, .csv). */
export const publishedCommuneSchema = z.object({
  code: z.string().describe("The statistics office's code of the commune."),
  name: z.string().describe('Name with its type word, as the official list writes it: "Phường Ngã Năm".'),
  type: z.enum(['xa', 'phuong', 'dac-khu']).describe('xã (commune), phường (ward) or đặc khu (special zone).'),
  province_code: z.string().describe("The province's code."),
  province: z.string().describe('The province since 1 July 2025, e.g. "thành phố Cần Thơ".'),
  province_id: slug.describe('Locality id of the province; its page is /dia-phuong/<province_id>/.'),
  resolution: z.string().describe('The resolution of the Standing Committee of the National Assembly that formed it, e.g. "1668/NQ-UBTVQH15".'),
  clause: z
    .string()
    .nullable()
    .describe('The clause of that resolution that formed it, verbatim as converted; null where it was not found (read the resolution).'),
  formed_from: z
    .array(publishedOriginSchema)
    .describe(
      'The old communes it was formed from; empty for the special zones formed from a whole island district without communes (the clause names the district).',
    ),
  url: z.string().describe("Site path of the commune's page."),
});

/** One row of /data/communes.csv. */
export const communeSheetSchema = z.object({
  'Mã xã': sheetColumn('code', publishedCommuneSchema.shape.code),
  'Tên xã, phường, đặc khu': sheetColumn('name', publishedCommuneSchema.shape.name),
  'Mã tỉnh': sheetColumn('province_code', publishedCommuneSchema.shape.province_code),
  Tỉnh: sheetColumn('province', publishedCommuneSchema.shape.province),
  'Nghị quyết': sheetColumn('resolution', publishedCommuneSchema.shape.resolution),
  'Hình thành từ': sheetColumn(
    'formed_from',
    z
      .string()
      .describe(
        'The old communes it was formed from, one per line: "name, district, province (code)", with "một phần" when only part of it came here and "cần đối chiếu điều khoản" when the clause does not name it (the mapping is a pointer to the clause).',
      ),
  ),
  'Điều khoản của nghị quyết': sheetColumn('clause', publishedCommuneSchema.shape.clause),
  'Đường dẫn': sheetColumn('url', z.string().describe(`Address of the commune's page. ${absoluteOrPath}`)),
});

export type PublishedCommune = z.output<typeof publishedCommuneSchema>;
export type CommuneSheetRow = z.output<typeof communeSheetSchema>;
export type PublishedOrigin = z.output<typeof publishedOriginSchema>;
