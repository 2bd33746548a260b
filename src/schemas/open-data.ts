/**
 * The published open-data records (/data/*.json, /data/*.csv). They are built
 * from the content schemas' entries and validated with these schemas during the
 * build; the JSON Schemas published beside the files are generated from them.
 */
import { z } from 'astro/zod';
import { commitmentKind } from './commitment.ts';
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
