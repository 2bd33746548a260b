/**
 * Which communes and wards now cover the area of a district-level unit that was
 * abolished on 1 July 2025: every new commune that took all or part of one of
 * its old communes, by the mapping in content/geography/. Names are matched as
 * the statistics office writes them, folded ("Thị xã Đông Hòa" = "thị xã Đông
 * Hoà"), within the district's old province.
 */
import type { CommuneMapping, DistrictArea, NewCommune } from '../../schemas/geography.ts';
import type { Locality } from '../../schemas/locality.ts';
import { fold } from '../text/fold.ts';

export interface Successor {
  commune_code: string;
  commune: string;
  province: string;
  resolution: string;
  /** Whether only part of the new commune's area came from the district (it also took land from elsewhere). */
  part_of_district: boolean;
}

/** The new communes covering an old district's area, in the order of their official codes. */
export function successorsOf(
  district: { full_name: string },
  province: { full_name: string },
  mapping: readonly CommuneMapping[],
  communes: readonly NewCommune[],
): Successor[] {
  const districtName = fold(district.full_name);
  const provinceName = fold(province.full_name);
  const rows = mapping.filter((row) => fold(row.old_district) === districtName && fold(row.old_province) === provinceName);
  const byCode = new Map(communes.map((commune) => [commune.commune_code, commune]));
  const codes = [...new Set(rows.map((row) => row.new_commune_code))].sort();
  return codes.flatMap((code) => {
    const commune = byCode.get(code);
    if (!commune) return [];
    // Part of the district only: the new commune also took old communes of another district.
    const fromElsewhere = mapping.some((row) => row.new_commune_code === code && fold(row.old_district) !== districtName);
    return [{ commune_code: code, commune: commune.commune, province: commune.province, resolution: commune.resolution, part_of_district: fromElsewhere }];
  });
}

/** Locality types of the district level, which ceased to exist on 1 July 2025. */
const DISTRICT_LEVEL: ReadonlySet<Locality['type']> = new Set(['district', 'town', 'provincial-city']);

/** For every district-level locality the portal names, the new communes covering its area. */
export function districtAreas(
  localities: readonly Locality[],
  geography: { mapping: readonly CommuneMapping[]; communes: readonly NewCommune[] },
): DistrictArea[] {
  const byId = new Map(localities.map((locality) => [locality.id, locality]));
  return localities.flatMap((locality) => {
    const province = locality.parent ? byId.get(locality.parent) : undefined;
    if (!DISTRICT_LEVEL.has(locality.type) || !province) return [];
    return [{ id: locality.id, communes: successorsOf(locality, province, geography.mapping, geography.communes) }];
  });
}
