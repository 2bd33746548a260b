/**
 * What a commune's page says: where it is, what it was formed from and by which
 * clause, which published plans covered its area, and the PAPI scores of the old
 * provinces it came from. Built from the geography and the content; nothing is
 * inferred that the mapping or the resolution does not state.
 */
import type { Locality } from '../../schemas/locality.ts';
import type { Covering } from '../geography/coverage.ts';
import type { Commune, Geography, NewProvince, Origin } from '../geography/places.ts';
import { fold } from '../text/fold.ts';

export interface OriginGroup {
  /** "Thị xã Ngã Năm". */
  district: string;
  /** The district's own page, where the portal has one (it issued a plan or is named in one). */
  districtPage: string | null;
  /** The old province, as a locality (every old province has a page). */
  province: Locality | undefined;
  communes: Origin[];
}

export interface CommuneView {
  commune: Commune;
  province: NewProvince;
  /** Old communes by old district, in code order. */
  origins: OriginGroup[];
  /** Some rows of the mapping are not named by the clause as listed: the page says to read the clause. */
  unconfirmed: boolean;
  /** The old provinces it was formed from, with the years PAPI scored them. */
  oldProvinces: Locality[];
  plans: Covering[];
}

/** District-level localities the portal has pages for, by "<old province id>|<folded name>". */
export function districtPages(localities: readonly Locality[]): Map<string, string> {
  return new Map(
    localities
      .filter((unit) => unit.parent && ['district', 'town', 'provincial-city'].includes(unit.type))
      .map((unit) => [`${unit.parent}|${fold(unit.full_name)}`, unit.id]),
  );
}

export function communeView(
  commune: Commune,
  context: {
    places: Geography;
    localities: ReadonlyMap<string, Locality>;
    districtPages: ReadonlyMap<string, string>;
    coverage: ReadonlyMap<string, Covering[]>;
  },
): CommuneView {
  const province = context.places.newProvinceById.get(commune.province);
  if (!province) throw new Error(`commune ${commune.code} (${commune.name}) has no province "${commune.province}"`);
  const groups = new Map<string, OriginGroup>();
  for (const origin of commune.origins) {
    const key = origin.districtCode;
    let group = groups.get(key);
    if (!group) {
      group = {
        district: origin.district,
        districtPage: context.districtPages.get(`${origin.province}|${fold(origin.district)}`) ?? null,
        province: context.localities.get(origin.province),
        communes: [],
      };
      groups.set(key, group);
    }
    group.communes.push(origin);
  }
  const oldProvinceIds = [...new Set(commune.origins.map((origin) => origin.province))];
  return {
    commune,
    province,
    origins: [...groups.values()],
    unconfirmed: commune.origins.some((origin) => origin.confirmed !== 'yes'),
    oldProvinces: oldProvinceIds.flatMap((id) => {
      const locality = context.localities.get(id);
      return locality ? [locality] : [];
    }),
    plans: context.coverage.get(commune.code) ?? [],
  };
}
