/**
 * Every province, new and old, as a locality of the portal: content/localities.yaml
 * names the places the plans name (with coordinates and notes written by hand);
 * the other provinces come from the geography, with what happened to them on
 * 1 July 2025 stated from the statistics office's lists and Resolution
 * 202/2025/QH15 — nothing else is said of them.
 */
import type { Locality } from '../../schemas/locality.ts';
import type { Geography, NewProvince, OldProvince } from './places.ts';

/** The National Assembly's resolution arranging the provinces (63 → 34), in force 12/06/2025, effective 01/07/2025. */
export const PROVINCE_RESOLUTION = {
  title: 'Nghị quyết về việc sắp xếp đơn vị hành chính cấp tỉnh năm 2025',
  number: '202/2025/QH15',
  date: '2025-06-12',
  url: null,
};
const EFFECTIVE = '2025-07-01';

const EN_KIND = { province: 'province', city: 'city' } as const;

/** "tỉnh Sóc Trăng" → "Sóc Trăng province". */
function english(province: { name: string; kind: 'province' | 'city' }): string {
  return `${province.name} ${EN_KIND[province.kind]}`;
}

function list(names: readonly string[], and: string): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1) ?? ''}`;
}

/** The old province's display names: "(cũ)" where a new, merged province took its name. */
function oldNames(province: OldProvince): { name: string; full_name: string } {
  const former = province.id.endsWith('-cu');
  return { name: former ? `${province.name} (cũ)` : province.name, full_name: former ? `${province.full_name} (cũ)` : province.full_name };
}

function newProvinceLocality(province: NewProvince, geography: Geography): Locality {
  const formers = province.formedFrom.flatMap((id) => {
    const old = geography.oldProvinceById.get(id);
    return old ? [old] : [];
  });
  const note = province.unchanged
    ? {
        vi: `${capitalise(province.full_name)} không sắp xếp với đơn vị hành chính cấp tỉnh khác; từ ngày 01/07/2025 không còn cấp huyện.`,
        en: `${english(province)} was not merged with another province; from 1 July 2025 it has no district level.`,
      }
    : {
        vi: `Từ ngày 01/07/2025, ${province.full_name} mới được hình thành từ ${list(
          formers.map((old) => old.full_name),
          'và',
        )} trước đây.`,
        en: `From 1 July 2025 the new ${english(province)} covers the former ${list(
          formers.map((old) => english(old)),
          'and',
        )}.`,
      };
  return {
    id: province.id,
    name: province.name,
    full_name: province.full_name,
    type: province.kind,
    parent: null,
    aliases: [],
    change_2025: { kind: province.unchanged ? 'unchanged' : 'formed', into: null, effective: EFFECTIVE, source: PROVINCE_RESOLUTION, note },
    coordinates: null,
    role: province.unchanged ? 'province' : 'successor',
    named_in: null,
  };
}

function oldProvinceLocality(province: OldProvince, geography: Geography): Locality {
  const [main, ...others] = province.into.flatMap((id) => {
    const target = geography.newProvinceById.get(id);
    return target ? [target] : [];
  });
  const names = oldNames(province);
  const rest = others.length > 0;
  return {
    id: province.id,
    ...names,
    type: province.kind,
    parent: null,
    aliases: [],
    change_2025: {
      kind: 'merged',
      into: main?.id ?? null,
      effective: EFFECTIVE,
      source: PROVINCE_RESOLUTION,
      note: {
        vi: `Từ ngày 01/07/2025, địa bàn ${names.full_name} thuộc ${main ? `${main.full_name} mới` : ''}${
          rest
            ? `; một phần địa bàn thuộc ${list(
                others.map((other) => other.full_name),
                'và',
              )}`
            : ''
        }.`,
        en: `On 1 July 2025 the area of the former ${english(province)} became part of the new ${main ? english(main) : ''}${rest ? `; part of it went to ${list(others.map(english), 'and')}` : ''}.`,
      },
    },
    coordinates: null,
    role: 'province',
    named_in: null,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The localities of content/localities.yaml, then every province of the geography
 * that file does not name. A province the file names keeps the file's entry.
 */
export function withProvinces(localities: readonly Locality[], geography: Geography): Locality[] {
  const named = new Set(localities.map((locality) => locality.id));
  const provinces = [
    ...geography.newProvinces.map((province) => newProvinceLocality(province, geography)),
    ...geography.oldProvinces.filter((province) => !province.unchanged).map((province) => oldProvinceLocality(province, geography)),
  ];
  return [...localities, ...provinces.filter((province) => !named.has(province.id))];
}
