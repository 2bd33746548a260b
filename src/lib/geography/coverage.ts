/**
 * Which published plans covered the area of a commune of today: the plans of the
 * old districts and old provinces it was formed from, and of its new province.
 * A plan is issued for a locality (content/localities.yaml or a province of the
 * geography); its area in today's communes is read from the mapping, never guessed.
 */
import type { Locality } from '../../schemas/locality.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { DistrictArea } from '../../schemas/geography.ts';
import type { Geography } from './places.ts';
import { fold } from '../text/fold.ts';
import { DISTRICT_LEVEL } from './successors.ts';

export interface Covering {
  plan: Plan;
  /** The unit the plan was issued for, by which it covers the commune: "thị xã Ngã Năm", "tỉnh Sóc Trăng". */
  via: Locality;
}

/** The code of the commune of today a locality is, when it is one: a commune or ward under a province of today, by its name. */
export function communeOfToday(locality: Locality, places: Geography): string | null {
  if (!['commune', 'ward'].includes(locality.type) || !locality.parent) return null;
  const province = places.newProvinceById.get(locality.parent);
  const name = fold(locality.full_name);
  return province?.communes.find((commune) => fold(commune.name) === name)?.code ?? null;
}

/** The codes of today's communes that lie, wholly or in part, in a locality's area. */
export function communesOfLocality(
  locality: Locality,
  localities: ReadonlyMap<string, Locality>,
  places: Geography,
  districtAreas: ReadonlyMap<string, DistrictArea['communes']>,
): Set<string> {
  // A commune of today (a plan issued since 1 July 2025 by a commune or ward): itself.
  const today = communeOfToday(locality, places);
  if (today) return new Set([today]);
  // A hamlet or ward the portal names lies in its district: its plans are the district's.
  let unit: Locality | undefined = locality;
  while (unit && !DISTRICT_LEVEL.has(unit.type) && unit.type !== 'province' && unit.type !== 'city')
    unit = unit.parent ? localities.get(unit.parent) : undefined;
  if (!unit) return new Set();
  if (DISTRICT_LEVEL.has(unit.type)) return new Set((districtAreas.get(unit.id) ?? []).map((commune) => commune.commune_code));
  const id = unit.id;
  const codes = new Set<string>();
  if (places.oldProvinceById.has(id)) {
    for (const commune of places.communes) if (commune.origins.some((origin) => origin.province === id)) codes.add(commune.code);
  }
  const province = places.newProvinceById.get(id);
  if (province) for (const commune of province.communes) codes.add(commune.code);
  return codes;
}

/** For every commune of today, the plans that covered its area, newest period first. */
export function coveringPlans(
  plans: readonly Plan[],
  localities: ReadonlyMap<string, Locality>,
  places: Geography,
  districtAreas: ReadonlyMap<string, DistrictArea['communes']>,
): Map<string, Covering[]> {
  const byCommune = new Map<string, Covering[]>();
  const sorted = [...plans].sort((a, b) => b.period.to - a.period.to || b.period.from - a.period.from || a.id.localeCompare(b.id));
  for (const plan of sorted) {
    const via = localities.get(plan.locality);
    if (!via) continue;
    for (const code of communesOfLocality(via, localities, places, districtAreas)) {
      byCommune.set(code, [...(byCommune.get(code) ?? []), { plan, via }]);
    }
  }
  return byCommune;
}
