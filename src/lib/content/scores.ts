/**
 * The PAPI scores file is kept as the checked CSV it was delivered as
 * (content/papi/scores.csv); this maps its rows to score entries.
 */
import { slugify } from '../text/fold.ts';

const DIMENSION_COLUMNS = [
  'd1_participation',
  'd2_transparency',
  'd3_accountability',
  'd4_corruption_control',
  'd5_admin_procedures',
  'd6_public_services',
  'd7_environment',
  'd8_e_governance',
] as const;

function number(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : undefined;
}

/** A CSV row as an input for scoreSchema (validation happens there). */
export function scoreRowToEntry(record: Record<string, string>): unknown {
  const year = number(record.year);
  return {
    province: slugify(record.province ?? ''),
    year,
    dimensions: DIMENSION_COLUMNS.map((column) => number(record[column])),
    total: number(record.total),
    group: record.group?.trim() ? record.group.trim() : null,
    source: {
      title: `PAPI ${year ?? ''}, UNDP Việt Nam và đối tác`.replace('  ', ' '),
      number: null,
      date: null,
      url: 'https://papi.org.vn',
    },
  };
}
