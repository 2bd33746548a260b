/**
 * A Frictionless Data Package (datapackage.json) describing the open data,
 * so that tools can load and validate it without reading our documentation.
 */
import { z } from 'astro/zod';
import { OPEN_DATA_FILES } from './catalogue.ts';
import { SCORE_CSV_COLUMNS, TASK_CSV_COLUMNS } from './records.ts';
import type { SiteData } from '../../data/site-data.ts';
import { publishedProgressSchema, publishedScoreSchema, publishedTaskSchema } from '../../schemas/open-data.ts';

/** Frictionless table-schema type of a published field (nullable fields keep their non-null type). */
export function fieldType(schema: z.ZodType): string {
  const json = z.toJSONSchema(schema, { unrepresentable: 'any' }) as { type?: string | string[]; anyOf?: Array<{ type?: string }> };
  const types = [json.type, ...(json.anyOf ?? []).map((option) => option.type)]
    .flat()
    .filter((type): type is string => typeof type === 'string' && type !== 'null');
  const type = types[0];
  if (type === 'integer' || type === 'number' || type === 'boolean') return type;
  return 'string';
}

export function dataPackage(data: SiteData, site: string): unknown {
  const sources = [
    ...data.plans.map((plan) => ({ title: `${plan.issuer}: ${plan.title}`, path: `/nguon/${plan.source.file}` })),
    ...(data.scores.length > 0 ? [{ title: 'PAPI, UNDP Việt Nam và đối tác (papi-scores)', path: 'https://papi.org.vn' }] : []),
  ];
  const scoreShape = publishedScoreSchema.shape as Record<string, z.ZodType>;
  const shape = publishedTaskSchema.shape as Record<string, z.ZodType>;
  return {
    profile: 'data-package',
    name: 'papi-commitments',
    title: 'Cam kết cải thiện PAPI — PAPI improvement plans of Vietnamese local governments',
    description:
      'Tasks, responsible offices and deadlines from plans that People’s Committees issued to improve their PAPI results, imported verbatim from the source documents.',
    homepage: site,
    licenses: [
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0 (compilation); the plans themselves are public administrative documents',
      },
    ],
    sources,
    resources: [
      ...OPEN_DATA_FILES.map((file) => ({
        name: file.name,
        path: `${file.name}.json`,
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        title: file.title,
        description: file.description,
        schema: `${file.name}.schema.json`,
      })),
      {
        name: 'tasks-csv',
        path: 'tasks.csv',
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8-sig',
        title: 'Tasks (CSV)',
        description: 'The same records as tasks.json; arrays joined with "; ".',
        schema: {
          fields: TASK_CSV_COLUMNS.map((column) => {
            const field = shape[column];
            return { name: column, type: field ? fieldType(field) : 'string', description: field?.description ?? '' };
          }),
          primaryKey: 'id',
        },
      },
      {
        name: 'progress-csv',
        path: 'progress.csv',
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8-sig',
        title: 'Progress updates (CSV)',
        description: 'The same records as progress.json.',
        schema: {
          fields: Object.entries(publishedProgressSchema.shape as Record<string, z.ZodType>).map(([name, field]) => ({
            name,
            type: fieldType(field),
            description: field.description ?? '',
          })),
        },
      },
      {
        name: 'papi-scores-csv',
        path: 'papi-scores.csv',
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8-sig',
        title: 'PAPI scores of the provinces (CSV)',
        description: 'The same records as papi-scores.json.',
        schema: {
          fields: SCORE_CSV_COLUMNS.map((column) => {
            const field = scoreShape[column];
            return { name: column, type: field ? fieldType(field) : 'string', description: field?.description ?? '' };
          }),
          primaryKey: ['province_id', 'year'],
        },
      },
    ],
  };
}
