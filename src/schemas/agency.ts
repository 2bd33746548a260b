import { z } from 'astro/zod';
import { plainText, slug } from './common.ts';

/** What kind of responsible party a registry entry is. */
export const agencyKind = z.enum([
  'office', // a named office: "Phòng Nội vụ"
  'group', // a collective named as one party: "UBND các xã, phường", "Các cơ quan, đơn vị"
  'position', // a person by office: "Chủ tịch UBND huyện"
  'organisation', // a body outside the administration: Mặt trận Tổ quốc, Điện lực, a court
]);

/**
 * An office (or group) that a plan names as lead or partner. Agencies are per
 * locality: "Phòng Nội vụ" of Ngã Năm and of Chi Lăng are two entries.
 */
export const agencySchema = z.object({
  /** Stable id: locality id, then the office, e.g. "nga-nam-phong-noi-vu". */
  id: slug,
  /** Canonical name, e.g. "Phòng Tài chính - Kế hoạch". */
  name: plainText,
  /** Every spelling the documents use, verbatim ("Phòng TC-KH", "Phòng Tài chính-Kế hoạch"). */
  aliases: z.array(plainText).default([]),
  /** Locality id this office belongs to. */
  locality: slug,
  /** Level of government of the office. */
  level: z.enum(['national', 'province', 'district', 'commune', 'hamlet']),
  /** Kind of party. */
  kind: agencyKind.default('office'),
  /** English rendering of the name for the English interface. */
  name_en: plainText.nullable().default(null),
  /**
   * For a name as printed that stands for several entries ("UBND cấp huyện, cấp xã"):
   * their ids. The importer files the task under each of them, so it appears on each
   * one's page; the combined name itself gets no page.
   */
  covers: z.array(slug).default([]),
});

/** An entry that is an office or group of its own, not a printed name standing for several. */
export function isUnit(agency: Pick<Agency, 'covers'>): boolean {
  return agency.covers.length === 0;
}

export type Agency = z.output<typeof agencySchema>;
