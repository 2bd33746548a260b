/**
 * The places on the map, shaped at build time: one marker per plan at its
 * issuing locality, and one per district holding the model hamlets and wards a
 * plan named, at that district's approximate centre (the hamlets themselves
 * have no coordinates in any source, and the map says so).
 */
import type { Locality } from '../../schemas/locality.ts';
import type { Plan } from '../../schemas/plan.ts';
import { isInArea } from '../views/locality-view.ts';

export interface MapLink {
  href: string;
  text: string;
}

export interface MapPoint {
  /** Unique on the map, e.g. "plan-nga-nam-2021" or "model-vinh-chau". */
  id: string;
  lat: number;
  lng: number;
  kind: 'issuer' | 'model-units';
  /** The plan the marker belongs to: markers are grouped (coloured) by plan. */
  plan: string;
  /** Accessible name and popup heading. */
  label: string;
  /** Popup and list links: the locality page, the plan page, the model units. */
  links: MapLink[];
}

export interface MapPaths {
  locality: (id: string) => string;
  plan: (id: string) => string;
}

export interface MapLabels {
  /** "Đơn vị kiểu mẫu ở {place}" */
  modelUnits: (place: string) => string;
}

export function mapPoints(plans: readonly Plan[], localities: readonly Locality[], paths: MapPaths, labels: MapLabels): MapPoint[] {
  const byId = new Map(localities.map((locality) => [locality.id, locality]));
  const points: MapPoint[] = [];
  for (const plan of plans) {
    const place = byId.get(plan.locality);
    if (!place?.coordinates) continue;
    points.push({
      id: `plan-${plan.id}`,
      lat: place.coordinates.lat,
      lng: place.coordinates.lng,
      kind: 'issuer',
      plan: plan.id,
      label: `${plan.issuer}`,
      links: [
        { href: paths.plan(plan.id), text: plan.title },
        { href: paths.locality(place.id), text: place.full_name },
      ],
    });
    const districts = new Map<string, Locality[]>();
    for (const unit of localities.filter((candidate) => candidate.named_in === plan.id && candidate.parent)) {
      districts.set(unit.parent as string, [...(districts.get(unit.parent as string) ?? []), unit]);
    }
    for (const [districtId, units] of districts) {
      const district = byId.get(districtId);
      if (!district?.coordinates) continue;
      points.push({
        id: `model-${districtId}`,
        lat: district.coordinates.lat,
        lng: district.coordinates.lng,
        kind: 'model-units',
        plan: plan.id,
        label: labels.modelUnits(district.full_name),
        links: [...units.map((unit) => ({ href: paths.locality(unit.id), text: unit.full_name })), { href: paths.plan(plan.id), text: plan.title }],
      });
    }
  }
  return points;
}

/** The points that lie in a locality's area (itself, below it, or merged into it), for its own page. */
export function pointsInArea(points: readonly MapPoint[], area: string, plans: readonly Plan[], localities: readonly Locality[]): MapPoint[] {
  const byId = new Map(localities.map((locality) => [locality.id, locality]));
  const planLocality = new Map(plans.map((plan) => [plan.id, plan.locality]));
  return points.filter((point) => {
    const place = point.kind === 'issuer' ? planLocality.get(point.plan) : point.id.replace(/^model-/, '');
    return place !== undefined && isInArea(place, area, byId);
  });
}

const cache = new Map<string, MapPoint[]>();

/**
 * Every locality page has a map: the points are shaped once per language and
 * build, not once per page (at national scale that is thousands of pages).
 */
export function allMapPoints(lang: string, make: () => MapPoint[]): MapPoint[] {
  let points = cache.get(lang);
  if (!points) {
    points = make();
    cache.set(lang, points);
  }
  return points;
}
