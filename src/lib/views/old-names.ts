/**
 * The A–Z of names before 1 July 2025, for readers without JavaScript: every old
 * district and commune under the first letter of its name without the type word
 * ("Xã Tân An" under T), each with where it was and the unit(s) of today that took it.
 */
import type { Geography } from '../geography/places.ts';
import { compareVietnamese } from '../format.ts';
import { fold } from '../text/fold.ts';

const TYPE_WORD = /^(Xã|Phường|Thị trấn|Huyện|Quận|Thị xã|Thành phố) /u;

export interface OldName {
  name: string;
  kind: 'district' | 'commune';
  /** "Thị xã Ngã Năm, Tỉnh Sóc Trăng"; for a district, its province. */
  where: string;
  /** Its old province's id: a district without a page of its own leads there. */
  province: string;
  /** The communes of today that took it (for a district: all of them). */
  into: Array<{ name: string; province: string; id: string }>;
}

/** The letter a name is listed under: a–z, đ folded to d, digits together as "0-9". */
export function letterOf(name: string): string {
  const first = fold(name.replace(TYPE_WORD, '')).charAt(0);
  return /[0-9]/.test(first) ? '0-9' : /[a-z]/.test(first) ? first : '0-9';
}

export function oldNames(places: Geography): Map<string, OldName[]> {
  const byLetter = new Map<string, OldName[]>();
  const add = (entry: OldName) => {
    const letter = letterOf(entry.name);
    byLetter.set(letter, [...(byLetter.get(letter) ?? []), entry]);
  };
  const today = (code: string) => {
    const commune = places.communeByCode.get(code);
    return commune ? [{ name: commune.name, province: commune.province, id: commune.id }] : [];
  };
  for (const province of places.oldProvinces) {
    for (const district of province.districts) {
      const codes = [...new Set(district.communes.flatMap((commune) => commune.into.map((target) => target.code)))].sort();
      add({ name: district.name, kind: 'district', where: province.official, province: province.id, into: codes.flatMap(today) });
      for (const commune of district.communes) {
        add({
          name: commune.name,
          kind: 'commune',
          where: `${district.name}, ${province.official}`,
          province: province.id,
          into: commune.into.flatMap((target) => today(target.code)),
        });
      }
    }
  }
  const bare = (name: string) => name.replace(TYPE_WORD, '');
  for (const list of byLetter.values()) list.sort((a, b) => compareVietnamese(bare(a.name), bare(b.name)) || compareVietnamese(a.where, b.where));
  return new Map([...byLetter.entries()].sort(([a], [b]) => (a === '0-9' ? -1 : b === '0-9' ? 1 : a.localeCompare(b))));
}
