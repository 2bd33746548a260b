import { z } from 'astro/zod';
import { isoDate, plainText, slug, sourceRef } from './common.ts';

/** Administrative level of a place, as it was when the plans were issued. */
export const localityType = z.enum([
  'province', // tỉnh
  'city', // thành phố trực thuộc trung ương
  'district', // huyện
  'town', // thị xã
  'provincial-city', // thành phố thuộc tỉnh
  'commune', // xã
  'ward', // phường
  'township', // thị trấn
  'hamlet', // ấp, thôn, khóm, khu phố
]);

/** What happened to a place in the 2025 reorganisation of local government. */
export const localityChange = z.object({
  /** What happened: merged into another unit, dissolved as a level, unchanged, or formed by a merger. */
  kind: z.enum(['merged', 'level-abolished', 'unchanged', 'formed']),
  /** Locality id of the unit that now covers the area, for merges and abolished levels. */
  into: slug.nullable().default(null),
  /** Date the change took effect (yyyy-mm-dd). */
  effective: isoDate,
  /** The legal act that made the change. */
  source: sourceRef,
  /** A one-sentence explanation in Vietnamese and English. */
  note: z.object({ vi: plainText, en: plainText }),
});

/** A province, district, town, commune or hamlet the portal refers to. */
export const localitySchema = z.object({
  /** Stable id used in URLs, e.g. "soc-trang", "nga-nam". */
  id: slug,
  /** Official name as it was when the plans were issued, e.g. "Ngã Năm". */
  name: plainText,
  /** Name with its administrative word, e.g. "thị xã Ngã Năm". */
  full_name: plainText,
  /** Level of the unit. */
  type: localityType,
  /** Id of the unit it belonged to (province of a district), or null for a province. */
  parent: slug.nullable().default(null),
  /** Other spellings people use ("Đông Hoà", "Đăk R'Lấp"); matching also folds diacritics. */
  aliases: z.array(plainText).default([]),
  /** Whether this unit still exists after 1 July 2025; omitted only for hamlets. */
  change_2025: localityChange.nullable().default(null),
  /** Approximate centre for the map (WGS 84); approximate, never a boundary. */
  coordinates: z
    .object({
      lat: z.number().min(8).max(24),
      lng: z.number().min(102).max(110),
      /** Always true: these points locate a marker, they do not survey a place. */
      approximate: z.literal(true),
    })
    .nullable()
    .default(null),
  /** Why the portal lists it, when it is not an issuer: e.g. a model hamlet named in a plan. */
  role: z.enum(['issuer', 'province', 'successor', 'model-unit', 'area']).default('area'),
  /** Plan id that names this place, for model hamlets and wards. */
  named_in: slug.nullable().default(null),
});

export type Locality = z.output<typeof localitySchema>;
