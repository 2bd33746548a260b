/**
 * The content as pages see it: every collection's entries, read once per build.
 */
import { getCollection } from 'astro:content';
import type { OpenDataInput } from '../lib/open-data/records.ts';
import type { Dimension } from '../schemas/dimension.ts';
import type { Score } from '../schemas/score.ts';
import type { Correction } from '../schemas/correction.ts';
import { compareVersions, type DataChange } from '../schemas/data-changelog.ts';
import { isUnit } from '../schemas/agency.ts';
import type { DistrictArea } from '../schemas/geography.ts';
import { buildGeography, type Geography } from '../lib/geography/places.ts';
import { coveringPlans, type Covering } from '../lib/geography/coverage.ts';
import { buildIndexes, type SiteIndexes } from '../lib/content/indexes.ts';
import { buildRegister, type Register } from '../lib/legal/register.ts';

export interface SiteData extends OpenDataInput {
  dimensions: Dimension[];
  scores: Score[];
  /** Changes of the published data files, newest first; the first is the current version. */
  dataChangelog: DataChange[];
  /** Corrections of what the portal published, newest first. */
  corrections: Correction[];
  /** Lookups built once per build. */
  indexes: SiteIndexes;
  /** The legal documents the guides cite, with their amendments and replacements. */
  register: Register;
  /** The new communes covering each abolished district-level unit, by locality id. */
  districtAreas: ReadonlyMap<string, DistrictArea['communes']>;
  /** Viet Nam's provinces and communes, new and old; null for a content tree without geography (benchmarks). */
  places: Geography | null;
  /** For every commune of today, the plans that covered its area (empty without geography). */
  coverage: ReadonlyMap<string, Covering[]>;
}

let cached: Promise<SiteData> | null = null;

async function read(): Promise<SiteData> {
  const data = <T extends { data: unknown }>(entries: T[]) => entries.map((entry) => entry.data as T['data']);
  const plans = data(await getCollection('plans'));
  const tasks = data(await getCollection('tasks'));
  const localities = data(await getCollection('localities'));
  // Printed names that stand for several entries have no page: their tasks are filed under each entry.
  const agencies = data(await getCollection('agencies')).filter(isUnit);
  const communes = data(await getCollection('communes'));
  const mapping = data(await getCollection('communeMappings'));
  const places = communes.length > 0 ? buildGeography({ communes, mapping }) : null;
  // The progress index reads the same list the open data does: updates of one day keep the order of this list.
  const progress = data(await getCollection('progress'));
  const indexes = buildIndexes({ agencies, plans, tasks, localities, progress });
  const districtAreas = new Map(data(await getCollection('districtAreas')).map((area) => [area.id, area.communes]));
  return {
    plans,
    tasks,
    commitments: data(await getCollection('commitments')),
    agencies,
    localities,
    progress,
    dimensions: data(await getCollection('dimensions')).sort((a, b) => a.number - b.number),
    scores: data(await getCollection('scores')),
    // Collections do not keep the file's order: newest first, as the files list them.
    dataChangelog: data(await getCollection('dataChangelog')).sort((a, b) => b.date.localeCompare(a.date) || compareVersions(b.version, a.version)),
    corrections: data(await getCollection('corrections')).sort((a, b) => b.date.localeCompare(a.date)),
    indexes,
    register: buildRegister(data(await getCollection('legal'))),
    places,
    districtAreas,
    coverage: places ? coveringPlans(plans, indexes.localities, places, districtAreas) : new Map(),
  };
}

export function siteData(): Promise<SiteData> {
  cached ??= read();
  return cached;
}
