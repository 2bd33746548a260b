import { z } from 'astro/zod';
import { verbatim } from './common.ts';

/** A resolution of the Standing Committee of the National Assembly, e.g. "1668/NQ-UBTVQH15". */
export const arrangementResolution = z.string().regex(/^\d{4}\/NQ-UBTVQH15$/, 'write the resolution number as printed, e.g. "1668/NQ-UBTVQH15"');

const code = (digits: number, what: string) =>
  z.string().regex(new RegExp(`^\\d{${digits}}$`), `${what} is a code of ${digits} digits (official list of the statistics office)`);

/**
 * A commune or ward since 1 July 2025 (content/geography/communes-2025.csv): one
 * of the 3,321, with its province, official code, and the resolution and clause
 * that formed it. The clause is quoted verbatim; where the reference data could
 * not find it, it is empty and the page points to the resolution instead.
 */
/** A province as the official lists write it, with its type word: "Tỉnh Sóc Trăng", "Thành phố Huế", "Tp Cần Thơ". */
const provinceName = verbatim.pipe(
  z.string().regex(/^(Tỉnh|Thành phố|Tp\.?) \S/u, 'begin the province with its type word as the official list does: "Tỉnh …", "Thành phố …" or "Tp …"'),
);

export const newCommuneSchema = z.object({
  province_code: code(2, 'province_code'),
  province: provinceName,
  commune_code: code(5, 'commune_code'),
  commune: verbatim,
  resolution: arrangementResolution,
  // Blank in the CSV; null once read (the collections re-validate what the corpus read).
  clause: z
    .string()
    .nullable()
    .transform((value) => (value === null || value.trim() === '' ? null : value))
    .pipe(verbatim.nullable()),
});

/**
 * One old commune (before 1 July 2025) and one new commune that took all or part
 * of it (content/geography/old-to-new-communes.csv). An old commune divided
 * between several new ones has a row for each.
 */
export const communeMappingSchema = z.object({
  old_province_code: code(2, 'old_province_code'),
  old_province: provinceName,
  old_district_code: code(3, 'old_district_code'),
  old_district: verbatim,
  old_commune_code: code(5, 'old_commune_code'),
  old_commune: verbatim,
  new_province_code: code(2, 'new_province_code'),
  new_province: provinceName,
  new_commune_code: code(5, 'new_commune_code'),
  new_commune: verbatim,
  /** "full": the whole old commune went into the new one; "partial": part of it did. */
  share: z.enum(['full', 'partial']),
  resolution: arrangementResolution,
  /** Whether the new commune's clause names the old commune (yes), does not (no), or was not found (unknown). */
  confirmed: z.enum(['yes', 'no', 'unknown']),
});

export type NewCommune = z.output<typeof newCommuneSchema>;
export type CommuneMapping = z.output<typeof communeMappingSchema>;

/**
 * An abolished district-level unit the portal names (content/localities.yaml) and the
 * new communes that cover its area, derived from the mapping (src/lib/geography/successors.ts).
 */
export const districtAreaSchema = z.object({
  /** The locality id of the old district, town or provincial city. */
  id: z.string().min(1),
  communes: z.array(
    z.object({
      commune_code: z.string(),
      commune: z.string(),
      province: z.string(),
      /** The commune's page: /dia-phuong/<province_id>/<commune_id>/. */
      province_id: z.string(),
      commune_id: z.string(),
      resolution: arrangementResolution,
      part_of_district: z.boolean(),
    }),
  ),
});

export type DistrictArea = z.output<typeof districtAreaSchema>;
