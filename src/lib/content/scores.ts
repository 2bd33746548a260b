/**
 * The PAPI scores file is kept as the checked CSV it was delivered as
 * (content/papi/scores.csv); this maps its rows to score entries.
 */
import type { Geography } from '../geography/places.ts';
import { fold } from '../text/fold.ts';

/**
 * Provinces PAPI names otherwise than the statistics office's list of 2025: Thừa
 * Thiên Huế became the centrally governed city of Huế on 1 January 2025. Other
 * names differ only in tone placement ("Hòa Bình"/"Hoà Bình"), which folding absorbs.
 */
const PAPI_NAMES: Readonly<Record<string, string>> = { 'thua thien hue': 'hue' };

/** PAPI's province name → the id of the old (pre-2025) province; unknown names come back as they are, for the check to report. */
export function papiProvinceResolver(geography: Geography): (name: string) => string {
  const byName = new Map(geography.oldProvinces.map((province) => [fold(province.name), province.id]));
  return (name) => {
    const folded = fold(name);
    return byName.get(PAPI_NAMES[folded] ?? folded) ?? name;
  };
}

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
export function scoreRowToEntry(record: Record<string, string>, provinceId: (name: string) => string): unknown {
  const year = number(record.year);
  return {
    province: provinceId(record.province ?? ''),
    papi_name: record.province?.trim() ?? '',
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
