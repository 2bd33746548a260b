/**
 * Viet Nam's places before and after 1 July 2025, as the portal serves them:
 * the 34 provinces and 3,321 communes of today, the 63 provinces, 691 districts
 * and 10,047 communes of before, and which old unit went where. Built from the
 * statistics office's lists and the mapping in content/geography/, once per
 * build, with every lookup a page needs indexed (no scan per commune).
 *
 * Ids: a province keeps the slug of its name ("can-tho", "soc-trang"). An old
 * province whose name a new, merged province took is "<slug>-cu" ("can-tho-cu":
 * the former city of Cần Thơ, before it took in Hậu Giang and Sóc Trăng); an
 * old province that was neither merged nor split is the same place as the new
 * one and has one id and one page ("lang-son"). A commune's id is the slug of
 * its name with its type word, unique within its province ("phuong-nga-nam");
 * where two names of a province fold to one slug, both carry their code.
 */
import type { CommuneMapping, NewCommune } from '../../schemas/geography.ts';
import { fold, slugify } from '../text/fold.ts';

export type ProvinceKind = 'province' | 'city';

export interface ProvinceName {
  /** The statistics office's code. */
  code: string;
  /** Name without its type word: "Cần Thơ". */
  name: string;
  /** Name with its type word in running text: "thành phố Cần Thơ". */
  full_name: string;
  /** As the official list writes it: "Tp Cần Thơ". */
  official: string;
  kind: ProvinceKind;
}

/** A province since 1 July 2025. */
export interface NewProvince extends ProvinceName {
  id: string;
  /** Ids of the old provinces whose communes it took, most communes first. */
  formedFrom: string[];
  /** Neither merged nor split: the same province as before, with the same id. */
  unchanged: boolean;
  /** Its communes, in the order of their official codes. */
  communes: Commune[];
}

/** A province before 1 July 2025. */
export interface OldProvince extends ProvinceName {
  id: string;
  /** Ids of the new provinces its communes went into, most communes first. */
  into: string[];
  unchanged: boolean;
  districts: OldDistrict[];
}

/** One old commune that went, wholly or in part, into a new commune. */
export interface Origin {
  code: string;
  /** "Phường 1". */
  name: string;
  district: string;
  districtCode: string;
  /** Id of the old province. */
  province: string;
  share: CommuneMapping['share'];
  /** Whether the new commune's clause names the old commune. */
  confirmed: CommuneMapping['confirmed'];
}

/** A commune, ward or special zone since 1 July 2025. */
export interface Commune {
  code: string;
  id: string;
  /** With its type word, as the official list writes it: "Phường Ngã Năm". */
  name: string;
  /** Id of its (new) province. */
  province: string;
  resolution: string;
  /** The clause that formed it, verbatim; null where the reference data did not find it. */
  clause: string | null;
  /** The old communes it was formed from, in the order of their codes. */
  origins: Origin[];
}

export interface OldDistrict {
  code: string;
  /** "Thị xã Ngã Năm". */
  name: string;
  /** Id of the old province. */
  province: string;
  communes: OldCommune[];
}

export interface OldCommune {
  code: string;
  name: string;
  districtCode: string;
  /** Id of the old province. */
  province: string;
  /** The new communes that took it, by code; several when it was divided. */
  into: Array<{ code: string; share: CommuneMapping['share'] }>;
}

export interface Geography {
  newProvinces: NewProvince[];
  oldProvinces: OldProvince[];
  communes: Commune[];
  /** Every province by id, new and old (an unchanged province is both, under one id). */
  newProvinceById: ReadonlyMap<string, NewProvince>;
  oldProvinceById: ReadonlyMap<string, OldProvince>;
  communeByCode: ReadonlyMap<string, Commune>;
  oldDistricts: OldDistrict[];
}

const TYPE_WORDS: ReadonlyArray<[RegExp, ProvinceKind, string]> = [
  [/^Tỉnh\s+/u, 'province', 'tỉnh'],
  [/^(Thành phố|Tp\.?)\s+/iu, 'city', 'thành phố'],
];

/** "Tp Cần Thơ" → name "Cần Thơ", kind city, full name "thành phố Cần Thơ". */
export function parseProvinceName(code: string, official: string): ProvinceName {
  for (const [pattern, kind, word] of TYPE_WORDS) {
    if (pattern.test(official)) {
      const name = official.replace(pattern, '').trim();
      return { code, name, full_name: `${word} ${name}`, official, kind };
    }
  }
  throw new Error(`province "${official}" (code ${code}) does not begin with "Tỉnh", "Thành phố" or "Tp"`);
}

function countBy<T>(items: readonly T[], key: (item: T) => string): string[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([value]) => value);
}

/** Commune ids, unique within each province: the slug of the name, with the code where two names share a slug. */
function communeIds(communes: readonly NewCommune[]): Map<string, string> {
  const slugCount = new Map<string, number>();
  const keyOf = (commune: NewCommune) => `${commune.province_code}/${slugify(commune.commune)}`;
  for (const commune of communes) slugCount.set(keyOf(commune), (slugCount.get(keyOf(commune)) ?? 0) + 1);
  return new Map(
    communes.map((commune) => {
      const slug = slugify(commune.commune);
      return [commune.commune_code, (slugCount.get(keyOf(commune)) ?? 0) > 1 ? `${slug}-${commune.commune_code}` : slug];
    }),
  );
}

export function buildGeography(input: { communes: readonly NewCommune[]; mapping: readonly CommuneMapping[] }): Geography {
  const { communes, mapping } = input;
  // Provinces, new and old, as the official lists name them.
  const newNames = new Map<string, ProvinceName>();
  for (const row of communes) if (!newNames.has(row.province_code)) newNames.set(row.province_code, parseProvinceName(row.province_code, row.province));
  const oldNames = new Map<string, ProvinceName>();
  for (const row of mapping)
    if (!oldNames.has(row.old_province_code)) oldNames.set(row.old_province_code, parseProvinceName(row.old_province_code, row.old_province));

  // Which old provinces each new one took communes from, and the reverse.
  const sourcesOfNew = new Map<string, CommuneMapping[]>();
  const targetsOfOld = new Map<string, CommuneMapping[]>();
  for (const row of mapping) {
    sourcesOfNew.set(row.new_province_code, [...(sourcesOfNew.get(row.new_province_code) ?? []), row]);
    targetsOfOld.set(row.old_province_code, [...(targetsOfOld.get(row.old_province_code) ?? []), row]);
  }
  const newId = (code: string) => slugify(newNames.get(code)?.name ?? code);
  const newIds = new Set([...newNames.keys()].map(newId));
  // An old province is unchanged when all of it went into one new province made of it alone, under the same name.
  const isUnchanged = (oldCode: string): string | null => {
    const targets = new Set((targetsOfOld.get(oldCode) ?? []).map((row) => row.new_province_code));
    const [target] = [...targets];
    if (targets.size !== 1 || !target) return null;
    const sources = new Set((sourcesOfNew.get(target) ?? []).map((row) => row.old_province_code));
    return sources.size === 1 && fold(newNames.get(target)?.name ?? '') === fold(oldNames.get(oldCode)?.name ?? '') ? target : null;
  };
  const oldIdByCode = new Map<string, string>();
  for (const [code, name] of oldNames) {
    const slug = slugify(name.name);
    oldIdByCode.set(code, isUnchanged(code) ? slug : newIds.has(slug) ? `${slug}-cu` : slug);
  }
  const oldId = (code: string) => oldIdByCode.get(code) ?? code;

  const ids = communeIds(communes);
  const origins = new Map<string, Origin[]>();
  for (const row of mapping) {
    const origin: Origin = {
      code: row.old_commune_code,
      name: row.old_commune,
      district: row.old_district,
      districtCode: row.old_district_code,
      province: oldId(row.old_province_code),
      share: row.share,
      confirmed: row.confirmed,
    };
    origins.set(row.new_commune_code, [...(origins.get(row.new_commune_code) ?? []), origin]);
  }
  const communeList: Commune[] = [...communes]
    .sort((a, b) => a.commune_code.localeCompare(b.commune_code))
    .map((row) => ({
      code: row.commune_code,
      id: ids.get(row.commune_code) ?? row.commune_code,
      name: row.commune,
      province: newId(row.province_code),
      resolution: row.resolution,
      clause: row.clause,
      origins: (origins.get(row.commune_code) ?? []).sort((a, b) => a.code.localeCompare(b.code)),
    }));

  const newProvinces: NewProvince[] = [...newNames.values()]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((name) => {
      const id = newId(name.code);
      const formedFrom = countBy(sourcesOfNew.get(name.code) ?? [], (row) => oldId(row.old_province_code));
      const only = formedFrom.length === 1 ? formedFrom[0] : undefined;
      return { ...name, id, formedFrom, unchanged: only === id, communes: communeList.filter((commune) => commune.province === id) };
    });

  // Old districts and communes, grouped under their old province.
  const oldCommunes = new Map<string, OldCommune>();
  const districts = new Map<string, OldDistrict>();
  for (const row of mapping) {
    const province = oldId(row.old_province_code);
    let district = districts.get(row.old_district_code);
    if (!district) {
      district = { code: row.old_district_code, name: row.old_district, province, communes: [] };
      districts.set(row.old_district_code, district);
    }
    let commune = oldCommunes.get(row.old_commune_code);
    if (!commune) {
      commune = { code: row.old_commune_code, name: row.old_commune, districtCode: row.old_district_code, province, into: [] };
      oldCommunes.set(row.old_commune_code, commune);
      district.communes.push(commune);
    }
    commune.into.push({ code: row.new_commune_code, share: row.share });
  }
  const oldDistricts = [...districts.values()].sort((a, b) => a.code.localeCompare(b.code));
  for (const district of oldDistricts) district.communes.sort((a, b) => a.code.localeCompare(b.code));

  const oldProvinces: OldProvince[] = [...oldNames.values()]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((name) => {
      const id = oldId(name.code);
      return {
        ...name,
        id,
        into: countBy(targetsOfOld.get(name.code) ?? [], (row) => newId(row.new_province_code)),
        unchanged: isUnchanged(name.code) !== null,
        districts: oldDistricts.filter((district) => district.province === id),
      };
    });

  return {
    newProvinces,
    oldProvinces,
    communes: communeList,
    newProvinceById: new Map(newProvinces.map((province) => [province.id, province])),
    oldProvinceById: new Map(oldProvinces.map((province) => [province.id, province])),
    communeByCode: new Map(communeList.map((commune) => [commune.code, commune])),
    oldDistricts,
  };
}

/** The old district of a province by its name as the portal or the list writes it ("thị xã Ngã Năm" = "Thị xã Ngã Năm"). */
export function findOldDistrict(geography: Geography, provinceId: string, districtName: string): OldDistrict | undefined {
  const wanted = fold(districtName);
  return geography.oldProvinceById.get(provinceId)?.districts.find((district) => fold(district.name) === wanted);
}

/** The kind of a commune of today, from its type word: "Xã …", "Phường …", "Đặc khu …". */
export function communeKind(name: string): 'xa' | 'phuong' | 'dac-khu' {
  if (name.startsWith('Phường ')) return 'phuong';
  if (name.startsWith('Đặc khu ')) return 'dac-khu';
  return 'xa';
}
