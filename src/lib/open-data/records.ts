/**
 * Builds the open-data records from the validated content. Every record is
 * checked against its published schema, so /data never drifts from its JSON Schema.
 */
import { z } from 'astro/zod';
import type { Agency } from '../../schemas/agency.ts';
import type { Commitment } from '../../schemas/commitment.ts';
import type { Locality } from '../../schemas/locality.ts';
import {
  publishedCommitmentSchema,
  publishedLocalitySchema,
  publishedPlanSchema,
  publishedProgressSchema,
  publishedScoreSchema,
  publishedTaskSchema,
  type PublishedCommitment,
  type PublishedLocality,
  type PublishedPlan,
  type PublishedProgress,
  type PublishedScore,
  type PublishedTask,
} from '../../schemas/open-data.ts';
import type { Score } from '../../schemas/score.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { Progress } from '../../schemas/progress.ts';
import type { Task } from '../../schemas/task.ts';
import type { ProgressIndex } from '../progress/progress-index.ts';
import { localityPath, planPath, sourcePath, taskPath } from '../routes/urls.ts';

export interface OpenDataInput {
  plans: readonly Plan[];
  tasks: readonly Task[];
  commitments: readonly Commitment[];
  agencies: readonly Agency[];
  localities: readonly Locality[];
  progress: readonly Progress[];
}

function periodLabel(period: { from: number; to: number }): string {
  return period.from === period.to ? String(period.from) : `${period.from}-${period.to}`;
}

function names(ids: readonly string[], agencies: ReadonlyMap<string, Agency>): string[] {
  return ids.map((id) => agencies.get(id)?.name ?? id);
}

function byPlanOrder(plans: readonly Plan[]) {
  const order = new Map(plans.map((plan, index) => [plan.id, index]));
  return (a: { plan: string; order?: number }, b: { plan: string; order?: number }) =>
    (order.get(a.plan) ?? 0) - (order.get(b.plan) ?? 0) || (a.order ?? 0) - (b.order ?? 0);
}

export function publishedPlans(input: OpenDataInput): PublishedPlan[] {
  const localities = new Map(input.localities.map((locality) => [locality.id, locality]));
  // Counted in one pass: filtering every task for each plan is 400 million comparisons at 100,000 tasks.
  const taskCounts = new Map<string, number>();
  for (const task of input.tasks) taskCounts.set(task.plan, (taskCounts.get(task.plan) ?? 0) + 1);
  return input.plans.map((plan) =>
    publishedPlanSchema.parse({
      id: plan.id,
      title: plan.title,
      issuer: plan.issuer,
      level: plan.level,
      province: localities.get(plan.province)?.name ?? plan.province,
      province_id: plan.province,
      locality_id: plan.locality,
      period: periodLabel(plan.period),
      document_number: plan.document_number,
      issued: plan.issued,
      task_count: taskCounts.get(plan.id) ?? 0,
      url: planPath(plan.id),
      source_url: sourcePath(plan.source.file),
    }),
  );
}

/** @param progress the build's progress index (indexes.progress): each task's status without a scan of every update. */
export function publishedTasks(input: OpenDataInput, progress: ProgressIndex): PublishedTask[] {
  const agencies = new Map(input.agencies.map((agency) => [agency.id, agency]));
  return [...input.tasks].sort(byPlanOrder(input.plans)).map((task) =>
    publishedTaskSchema.parse({
      id: task.id,
      plan: task.plan,
      part: task.part,
      ref: task.ref,
      dimension: task.dimension,
      subdimension: task.subdimension,
      subdimension_label: task.subdimension_label,
      group: task.group,
      text: task.text,
      actions: task.actions,
      lead: names(task.lead, agencies),
      partners: names(task.partners, agencies),
      lead_ids: task.lead,
      partner_ids: task.partners,
      lead_printed: task.lead_printed,
      partners_printed: task.partners_printed,
      output: task.output,
      deadline: task.deadline.text,
      deadline_kind: task.deadline.kind,
      due: task.deadline.due,
      recurring: task.deadline.recurring,
      status: progress.latest(task.id),
      url: taskPath(task.id),
      source_line: task.source_line,
    }),
  );
}

export function publishedCommitments(input: OpenDataInput): PublishedCommitment[] {
  const agencies = new Map(input.agencies.map((agency) => [agency.id, agency]));
  return [...input.commitments].sort(byPlanOrder(input.plans)).map((commitment) =>
    publishedCommitmentSchema.parse({
      id: commitment.id,
      plan: commitment.plan,
      kind: commitment.kind,
      section: commitment.section,
      heading: commitment.heading,
      text: commitment.text,
      agencies: names(commitment.agencies, agencies),
      agency_ids: commitment.agencies,
      dimension: commitment.dimension,
      source_line: commitment.source_line,
    }),
  );
}

/** Every progress update, newest first, with the plan of its task. */
export function publishedProgress(input: OpenDataInput): PublishedProgress[] {
  const planOf = new Map(input.tasks.map((task) => [task.id, task.plan]));
  return [...input.progress]
    .sort((a, b) => b.date.localeCompare(a.date) || a.task.localeCompare(b.task))
    .map((update) =>
      publishedProgressSchema.parse({
        task: update.task,
        plan: planOf.get(update.task) ?? '',
        date: update.date,
        status: update.status,
        source_title: update.source.title,
        source_number: update.source.number,
        source_date: update.source.date,
        source_url: update.source.url,
        note: update.note,
        url: taskPath(update.task),
      }),
    );
}

/**
 * Every PAPI result, one record per province and year, by year and then by
 * province id. A province-year PAPI did not score has no record: no data, never zero.
 */
export function publishedScores(input: { scores: readonly Score[]; localities: readonly Locality[] }): PublishedScore[] {
  const names = new Map(input.localities.map((locality) => [locality.id, locality.name]));
  const ordered = [...input.scores].sort((a, b) => a.year - b.year || a.province.localeCompare(b.province));
  return ordered.map((score) => {
    const [d1, d2, d3, d4, d5, d6, d7, d8] = score.dimensions;
    return publishedScoreSchema.parse({
      province_id: score.province,
      province: score.papi_name,
      province_name: names.get(score.province) ?? score.papi_name,
      year: score.year,
      d1,
      d2,
      d3,
      d4,
      d5,
      d6,
      d7,
      d8,
      total: score.total,
      group: score.group,
      source: score.source.title,
      source_url: score.source.url,
      url: localityPath(score.province),
    });
  });
}

/** Every locality the portal has a page for (the places the plans name and every province, before and since 1 July 2025), by id. */
export function publishedLocalities(input: { localities: readonly Locality[] }): PublishedLocality[] {
  const names = new Map(input.localities.map((locality) => [locality.id, locality.full_name]));
  return [...input.localities]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((locality) => {
      const change = locality.change_2025;
      const number = change?.source.number;
      // "Nghị quyết về việc sắp xếp … năm 2025 (202/2025/QH15)": the title, with the number where the title lacks it.
      const source = change ? (number && !change.source.title.includes(number) ? `${change.source.title} (${number})` : change.source.title) : null;
      return publishedLocalitySchema.parse({
        id: locality.id,
        name: locality.name,
        full_name: locality.full_name,
        type: locality.type,
        parent: locality.parent,
        change_2025: change?.kind ?? null,
        now_in: change?.into ?? null,
        now_in_name: change?.into ? (names.get(change.into) ?? null) : null,
        effective: change?.effective ?? null,
        change_source: source,
        url: localityPath(locality.id),
      });
    });
}

/** JSON Schema of a published file: an array of records of the given schema. */
export function arrayJsonSchema(schema: z.ZodType, title: string, description: string): unknown {
  return { ...z.toJSONSchema(z.array(schema).describe(description)), title };
}
