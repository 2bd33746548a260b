/**
 * The communes of today as open data (/data/communes.json, .csv): every commune,
 * ward and special zone since 1 July 2025 with the old communes it was formed from,
 * so that a journalist can join a list by old or new names without the site.
 */
import { communeSheetSchema, publishedCommuneSchema, type CommuneSheetRow, type PublishedCommune, type PublishedOrigin } from '../../schemas/open-data.ts';
import { permalinkFor } from '../deploy/site-url.ts';
import { communeKind, type Geography } from '../geography/places.ts';
import { communePath } from '../routes/urls.ts';

/** Every commune of today, in the order of the official codes; none for a content tree without geography. */
export function publishedCommunes(places: Geography | null): PublishedCommune[] {
  if (!places) return [];
  const provinceName = (id: string) => places.newProvinceById.get(id)?.full_name ?? places.oldProvinceById.get(id)?.full_name ?? id;
  return places.communes.map((commune) => {
    const province = places.newProvinceById.get(commune.province);
    // buildGeography gives every commune a province of today; the check refuses a tree where it would not.
    if (!province) throw new Error(`commune ${commune.code} ${commune.name}: province ${commune.province} not found`);
    return publishedCommuneSchema.parse({
      code: commune.code,
      name: commune.name,
      type: communeKind(commune.name),
      province_code: province.code,
      province: province.full_name,
      province_id: province.id,
      resolution: commune.resolution,
      clause: commune.clause,
      formed_from: commune.origins.map((origin) => ({
        code: origin.code,
        name: origin.name,
        district: origin.district,
        district_code: origin.districtCode,
        province: provinceName(origin.province),
        share: origin.share,
        confirmed: origin.confirmed,
      })),
      url: communePath(province.id, commune.id),
    });
  });
}

/** "Phường 1, Thị xã Ngã Năm, tỉnh Sóc Trăng (00001)", with what the reader must know about the share and the clause. */
function originLine(origin: PublishedOrigin): string {
  const notes = [origin.share === 'partial' ? 'một phần' : '', origin.confirmed === 'yes' ? '' : 'cần đối chiếu điều khoản'].filter(Boolean);
  return `${origin.name}, ${origin.district}, ${origin.province} (${origin.code})${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
}

/** The rows of communes.csv. */
export function communeSheet(communes: readonly PublishedCommune[], site: string | null): CommuneSheetRow[] {
  return communes.map((commune) =>
    communeSheetSchema.parse({
      'Mã xã': commune.code,
      'Tên xã, phường, đặc khu': commune.name,
      'Mã tỉnh': commune.province_code,
      Tỉnh: commune.province,
      'Nghị quyết': commune.resolution,
      'Hình thành từ': commune.formed_from.map(originLine).join('\n'),
      'Điều khoản của nghị quyết': commune.clause,
      'Đường dẫn': permalinkFor(commune.url, site),
    }),
  );
}
