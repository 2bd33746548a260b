/**
 * Which communes and wards now cover the area of a district-level unit that was
 * abolished on 1 July 2025: every new commune that took all or part of one of
 * its old communes, by the mapping in content/geography/. The district is found
 * by its name within its old province, folded ("Thị xã Đông Hòa" = "thị xã Đông Hoà").
 */
import type { DistrictArea } from '../../schemas/geography.ts';
import type { Locality } from '../../schemas/locality.ts';
import { findOldDistrict, type Geography } from './places.ts';

export type Successor = DistrictArea['communes'][number];

/** The new communes covering an old district's area, in the order of their official codes. */
export function successorsOf(places: Geography, provinceId: string, districtName: string): Successor[] {
  const district = findOldDistrict(places, provinceId, districtName);
  if (!district) return [];
  const codes = [...new Set(district.communes.flatMap((commune) => commune.into.map((target) => target.code)))].sort();
  return codes.flatMap((code) => {
    const commune = places.communeByCode.get(code);
    if (!commune) return [];
    const province = places.newProvinceById.get(commune.province);
    return [
      {
        commune_code: code,
        commune: commune.name,
        province: province?.official ?? commune.province,
        province_id: commune.province,
        commune_id: commune.id,
        resolution: commune.resolution,
        // Part of the district only: the new commune also took old communes of another district.
        part_of_district: commune.origins.some((origin) => origin.districtCode !== district.code),
      },
    ];
  });
}

/** Locality types of the district level, which ceased to exist on 1 July 2025. */
export const DISTRICT_LEVEL: ReadonlySet<Locality['type']> = new Set(['district', 'town', 'provincial-city']);

/** For every district-level locality the portal names, the new communes covering its area. */
export function districtAreas(localities: readonly Locality[], places: Geography | null): DistrictArea[] {
  if (!places) return [];
  return localities.flatMap((locality) => {
    if (!DISTRICT_LEVEL.has(locality.type) || !locality.parent) return [];
    return [{ id: locality.id, communes: successorsOf(places, locality.parent, locality.full_name) }];
  });
}
