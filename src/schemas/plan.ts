import { z } from 'astro/zod';
import { bilingual, isoDate, plainText, slug } from './common.ts';
import { yearRange } from './deadline.ts';

/** Level of government that issued a plan. */
export const planLevel = z.enum(['province', 'district', 'town', 'commune']);

/** One appendix of a plan, for plans with several (Đông Hòa: Phụ lục I for 2021, Phụ lục II for 2021–2025). */
export const planPart = z.object({
  /** Short id used in task ids, e.g. "pl1". */
  id: slug,
  /** Heading as printed, e.g. "PHỤ LỤC I". */
  title: plainText,
  /** Years the part covers. */
  period: yearRange,
});

/** A plan to improve PAPI results, issued by a People's Committee. */
export const planSchema = z.object({
  /** Stable id used in URLs and task ids, e.g. "nga-nam-2021". */
  id: slug,
  /** Title as printed (NFC), e.g. "Cải thiện, nâng cao Chỉ số ... năm 2021 của thị xã Ngã Năm". */
  title: plainText,
  /** Issuing body, e.g. "UBND thị xã Ngã Năm". */
  issuer: plainText,
  /** Locality id of the issuing unit. */
  locality: slug,
  /** Locality id of the province the issuer belonged to when the plan was issued. */
  province: slug,
  /** Level of the issuing unit. */
  level: planLevel,
  /** Years the plan covers. */
  period: yearRange,
  /** Document number as printed, e.g. "120/KH-UBND"; null where the copy leaves it blank. */
  document_number: plainText.nullable(),
  /** Date of issue (yyyy-mm-dd); null where the copy does not print a full date. */
  issued: isoDate.nullable(),
  /** Place and date line as printed, e.g. "Ngã Năm, ngày tháng 7 năm 2021", for honesty about blanks. */
  issued_printed: plainText.nullable().default(null),
  /** Who signed, as printed, or null. */
  signer: plainText.nullable().default(null),
  /** The source document this plan is imported from. */
  source: z.object({
    /** File name under content/sources/, e.g. "nga-nam-2021.txt". */
    file: z.string().regex(/^[a-z0-9-]+\.txt$/, 'name a .txt file under content/sources/'),
    /** How the text was obtained and what it may contain (conversion artefacts), in Vietnamese and English. */
    note: bilingual,
  }),
  /** Appendix parts, when the plan has more than one. */
  parts: z.array(planPart).default([]),
  /** What the plan's task table groups by: PAPI dimensions or the plan's own activity groups. */
  grouping: z.enum(['dimension', 'activity']).default('dimension'),
});

export type Plan = z.output<typeof planSchema>;
