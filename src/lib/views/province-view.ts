/**
 * What a province's page adds from the geography: for a province of today, its
 * communes and (when merged) the old provinces it was formed from; for a province
 * of before, its old districts and communes, each with the commune of today that
 * took it. An unchanged province is both.
 */
import type { Locality } from '../../schemas/locality.ts';
import type { Commune, Geography, NewProvince, OldDistrict } from '../geography/places.ts';

export interface OldCommuneLine {
  code: string;
  name: string;
  /** The communes of today that took it, with their province ids (a divided commune has several). */
  into: Array<{ commune: Commune; share: 'full' | 'partial' }>;
}

export interface ProvinceGeography {
  /** Set when the id is a province of today. */
  current: NewProvince | undefined;
  /** The old provinces a merged province was formed from (empty for an unchanged one). */
  formers: Locality[];
  /** Set when the id is a province of before: its districts and communes, and where each went. */
  oldDistricts: Array<{ district: OldDistrict; communes: OldCommuneLine[] }>;
  oldCommuneCount: number;
}

export function provinceGeography(id: string, places: Geography | null, localities: ReadonlyMap<string, Locality>): ProvinceGeography {
  const current = places?.newProvinceById.get(id);
  const old = places?.oldProvinceById.get(id);
  const formers =
    current && !current.unchanged
      ? current.formedFrom.flatMap((former) => {
          const locality = localities.get(former);
          return locality ? [locality] : [];
        })
      : [];
  const oldDistricts = (old?.districts ?? []).map((district) => ({
    district,
    communes: district.communes.map((commune) => ({
      code: commune.code,
      name: commune.name,
      into: commune.into.flatMap((target) => {
        const today = places?.communeByCode.get(target.code);
        return today ? [{ commune: today, share: target.share }] : [];
      }),
    })),
  }));
  return { current, formers, oldDistricts, oldCommuneCount: oldDistricts.reduce((sum, entry) => sum + entry.communes.length, 0) };
}
