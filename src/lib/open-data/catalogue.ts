/**
 * The open-data files the site publishes, described once for the JSON Schemas,
 * the Frictionless data package and the data page.
 */
import type { z } from 'astro/zod';
import {
  publishedCommitmentSchema,
  publishedCommuneSchema,
  publishedLocalitySchema,
  publishedPlanSchema,
  publishedProgressSchema,
  publishedScoreSchema,
  publishedTaskSchema,
} from '../../schemas/open-data.ts';

export interface OpenDataFile {
  /** Resource name and file stem: "tasks" → /data/tasks.json. */
  name: string;
  title: string;
  description: string;
  schema: z.ZodObject;
}

export const OPEN_DATA_FILES: readonly OpenDataFile[] = [
  { name: 'plans', title: 'Plans', description: 'Plans to improve PAPI results, one record per plan.', schema: publishedPlanSchema },
  {
    name: 'tasks',
    title: 'Tasks',
    description: "The rows of the plans' task tables (appendices), verbatim, with their agencies, deadlines and reported status.",
    schema: publishedTaskSchema,
  },
  {
    name: 'commitments',
    title: 'Narrative commitments',
    description: "Commitments in the plans' narrative text: duties of named offices, per-dimension directives, model units and result statements.",
    schema: publishedCommitmentSchema,
  },
  {
    name: 'progress',
    title: 'Progress updates',
    description: 'Reported progress on tasks, newest first; every update names the report or document that states it.',
    schema: publishedProgressSchema,
  },
  {
    name: 'papi-scores',
    title: 'PAPI scores of the provinces',
    description:
      "PAPI results (8 dimensions out of 10, total out of 80) of the 63 provinces as they were before 1 July 2025, 2018–2024, one record per province and year PAPI scored; a missing province-year is no data. Source: PAPI, UNDP Viet Nam and partners (papi.org.vn); the group is a quartile of that year's totals, not UNDP's table.",
    schema: publishedScoreSchema,
  },
  {
    name: 'localities',
    title: 'Localities',
    description:
      'The places the plans name (districts, towns, model hamlets) and every province before and since 1 July 2025, with what the 2025 reorganisation did to each and its legal basis.',
    schema: publishedLocalitySchema,
  },
  {
    name: 'communes',
    title: 'Communes since 1 July 2025',
    description:
      "The 3,321 communes, wards and special zones since 1 July 2025, each with its province, the resolution and clause that formed it and the old communes it was formed from. Source: the statistics office's code lists and the 34 resolutions of 16/06/2025, via the open-source projects daohoangson/dvhcvn and dvhcvn/20250701 (see content/geography/README.md); the old → new mapping points to the clause, and the clause is the authority.",
    schema: publishedCommuneSchema,
  },
];
