/**
 * "Find your place": every name a citizen may type — the 34 provinces and 3,321
 * communes of today, the 63 provinces, 691 districts and 10,047 communes of
 * before — in one compact file (about 14,000 names), and the matching that runs
 * in the browser on each keystroke.
 *
 * Matching folds case, tone marks (both placements) and đ → d, ignores
 * apostrophes ("Đắk R'Lấp" = "dak rlap") and treats a leading type word
 * ("phường", "xã", "huyện", "thị xã", "tp" …) as a preference, not a filter:
 * "xa chi lang" lists the new xã Chi Lăng first, then the old huyện Chi Lăng,
 * thị trấn Chi Lăng and the other places of that name, each with its province.
 */
import type { Locality } from '../../schemas/locality.ts';
import { fold, slugify, stripDiacritics } from '../text/fold.ts';
import type { Geography } from './places.ts';

/** Province flags: a province of today, of before, or both (unchanged). */
const NEW = 1;
const OLD = 2;

/**
 * The file the finder downloads, packed so that ~14,000 names stay within the
 * budget (≤ 60 kB gzip): names grouped under their unit and joined with "|",
 * type words as one-character marks, a commune's page id derived from its name,
 * an old commune that kept the name of the commune of today it went into written
 * as "=", and the communes of today an old commune went into as differences of
 * their positions. decodeFinderData() unpacks it.
 */
export interface FinderData {
  /** Provinces: [id, official name, flags (1 of today, 2 of before, 3 both), …indexes of the provinces of today an old one went into]. */
  p: Array<[string, string, number, ...number[]]>;
  /** Communes of today, one string per province (in the order of p; "" for a province of before only). */
  c: string[];
  /** Communes of today whose page id is not the slug of their name (two names of a province fold alike): position → id. */
  ids: Record<string, string>;
  /** Old districts, one string per province (in the order of p; "" for a province of today only). */
  d: string[];
  /** Old communes, one string per old district (in the order of d): "name>position differences". */
  o: string[];
  /** Old districts with a page of their own: position → [locality id, plans issued for it]. */
  pages: Record<string, [string, number]>;
}

/** Type words and their marks; a name with none of them is written "!" + name. */
const COMMUNE_TYPES: ReadonlyArray<readonly [string, string]> = [
  ['Xã ', ''],
  ['Phường ', '~'],
  ['Thị trấn ', '^'],
  ['Đặc khu ', '*'],
];
const DISTRICT_TYPES: ReadonlyArray<readonly [string, string]> = [
  ['Huyện ', ''],
  ['Thị xã ', '^'],
  ['Thành phố ', '~'],
  ['Quận ', '*'],
];

function pack(name: string, types: ReadonlyArray<readonly [string, string]>): string {
  if (/[|>=!]/.test(name)) throw new Error(`the finder cannot pack the name "${name}": it contains | > = or !`);
  for (const [word, mark] of types) if (name.startsWith(word)) return mark + name.slice(word.length);
  return `!${name}`;
}

function unpack(packed: string, types: ReadonlyArray<readonly [string, string]>): string {
  if (packed.startsWith('!')) return packed.slice(1);
  const marked = types.find(([, mark]) => mark !== '' && packed.startsWith(mark));
  if (marked) return marked[0] + packed.slice(marked[1].length);
  return (types.find(([, mark]) => mark === '')?.[0] ?? '') + packed;
}

/** The bare name, without its type word. */
function bare(name: string, types: ReadonlyArray<readonly [string, string]>): string {
  const type = types.find(([word]) => name.startsWith(word));
  return type ? name.slice(type[0].length) : name;
}

/** The anchor of an old district on its old province's page. */
export function districtAnchor(name: string): string {
  return `huyen-${slugify(name)}`;
}

export function buildFinderData(places: Geography, localities: readonly Locality[], planCount: (localityId: string) => number): FinderData {
  const provinceIds = [...new Set([...places.newProvinces.map((province) => province.id), ...places.oldProvinces.map((province) => province.id)])];
  const provinceIndex = new Map(provinceIds.map((id, index) => [id, index]));
  const p: FinderData['p'] = provinceIds.map((id) => {
    const current = places.newProvinceById.get(id);
    const old = places.oldProvinceById.get(id);
    const name = current?.official ?? old?.official ?? id;
    const into = old && !current ? old.into.map((target) => provinceIndex.get(target) ?? -1) : [];
    return [id, name, (current ? NEW : 0) | (old ? OLD : 0), ...into];
  });
  const communeOrder = provinceIds.flatMap((id) => places.newProvinceById.get(id)?.communes ?? []);
  const communeIndex = new Map(communeOrder.map((commune, index) => [commune.code, index]));
  const ids: FinderData['ids'] = {};
  communeOrder.forEach((commune, index) => {
    if (commune.id !== slugify(commune.name)) ids[index] = commune.id;
  });
  const c = provinceIds.map((id) => (places.newProvinceById.get(id)?.communes ?? []).map((commune) => pack(commune.name, COMMUNE_TYPES)).join('|'));
  const districts = provinceIds.flatMap((id) => places.oldProvinceById.get(id)?.districts ?? []);
  const d = provinceIds.map((id) => (places.oldProvinceById.get(id)?.districts ?? []).map((district) => pack(district.name, DISTRICT_TYPES)).join('|'));
  const localityPages = new Map(localities.filter((unit) => unit.parent).map((unit) => [`${unit.parent}|${fold(unit.full_name)}`, unit.id]));
  const pages: FinderData['pages'] = {};
  let previous = 0;
  const o = districts.map((district, districtIndex) => {
    const page = localityPages.get(`${district.province}|${fold(district.name)}`);
    if (page) pages[districtIndex] = [page, planCount(page)];
    // In the order of the communes of today they went into: the differences stay small.
    const communes = district.communes.map((commune) => ({ commune, targets: commune.into.map((target) => communeIndex.get(target.code) ?? 0) }));
    communes.sort((a, b) => (a.targets[0] ?? 0) - (b.targets[0] ?? 0) || a.commune.code.localeCompare(b.commune.code));
    return communes
      .map(({ commune, targets }) => {
        const packed = pack(commune.name, COMMUNE_TYPES);
        const mark = packed.startsWith('!') ? '!' : (COMMUNE_TYPES.find(([word]) => commune.name.startsWith(word))?.[1] ?? '');
        const same = targets.findIndex((target) => bare(communeOrder[target]?.name ?? '', COMMUNE_TYPES) === bare(commune.name, COMMUNE_TYPES));
        const name = same >= 0 && mark !== '!' ? `${mark}=${same === 0 ? '' : same}` : packed;
        const steps = targets.map((target) => {
          const step = target - previous;
          previous = target;
          return step === 0 ? '' : String(step);
        });
        return `${name}>${steps.join(',')}`;
      })
      .join('|');
  });
  return { p, c, ids, d, o, pages };
}

interface Decoded {
  provinces: FinderData['p'];
  /** [name, province index, page id] */
  communes: Array<[string, number, string]>;
  /** [name, province index, page id or "", plans] */
  districts: Array<[string, number, string, number]>;
  /** [name, district index, …commune indexes] */
  oldCommunes: Array<[string, number, ...number[]]>;
}

export function decodeFinderData(data: FinderData): Decoded {
  const communes: Decoded['communes'] = [];
  data.c.forEach((list, province) => {
    if (list === '') return;
    for (const packed of list.split('|')) {
      const name = unpack(packed, COMMUNE_TYPES);
      communes.push([name, province, data.ids[communes.length] ?? tokens(name).join('-')]);
    }
  });
  const districts: Decoded['districts'] = [];
  data.d.forEach((list, province) => {
    if (list === '') return;
    for (const packed of list.split('|')) {
      const page = data.pages[districts.length];
      districts.push([unpack(packed, DISTRICT_TYPES), province, page?.[0] ?? '', page?.[1] ?? 0]);
    }
  });
  const oldCommunes: Decoded['oldCommunes'] = [];
  let previous = 0;
  data.o.forEach((list, district) => {
    if (list === '') return;
    for (const item of list.split('|')) {
      const [packed = '', steps = ''] = item.split('>');
      const targets = steps.split(',').map((step) => {
        previous += step === '' ? 0 : Number(step);
        return previous;
      });
      const same = packed.indexOf('=');
      let name: string;
      if (same >= 0) {
        const target = targets[Number(packed.slice(same + 1) || 0)] ?? 0;
        const type = COMMUNE_TYPES.find(([, mark]) => mark === packed.slice(0, same))?.[0] ?? '';
        name = type + bare(communes[target]?.[0] ?? '', COMMUNE_TYPES);
      } else name = unpack(packed, COMMUNE_TYPES);
      oldCommunes.push([name, district, ...targets]);
    }
  });
  return { provinces: data.p, communes, districts, oldCommunes };
}

export type PlaceKind = 'commune' | 'province' | 'old-province' | 'old-district' | 'old-commune';

/** One answer of the finder, in the terms the page shows it. */
export interface PlaceMatch {
  kind: PlaceKind;
  /** "Phường Ngã Năm", "Huyện Chi Lăng". */
  name: string;
  /** Where it is (or was): "Tp Cần Thơ"; "Thị xã Ngã Năm, Tỉnh Sóc Trăng". */
  where: string;
  /** The page it leads to: [province id] or [province id, commune id], or a locality page with an anchor. */
  target: { locality: string; commune?: string; anchor?: string };
  /** For a commune of today: the old communes it was formed from, with their district and province. For an old unit: the units of today that cover it. */
  related: Array<{ name: string; where: string; target: { locality: string; commune?: string } }>;
  /** Plans the portal publishes for this unit itself (old districts with a page). */
  plans: number;
  /** Every word of the name typed, and every typed word found: a confident answer (the search page shows only these). */
  complete: boolean;
}

const TYPE_PHRASES = ['thanh pho', 'thi xa', 'thi tran', 'dac khu', 'phuong', 'xa', 'huyen', 'quan', 'tinh', 'tp'];

/** The type words a name begins with, folded: "Thị xã Ngã Năm" → "thi xa". */
function typeOf(folded: string): string {
  return TYPE_PHRASES.find((phrase) => folded === phrase || folded.startsWith(`${phrase} `)) ?? '';
}

/** Each character folded once (tone and vowel marks off, đ → d, lower case): normalising every name is too slow on a phone. */
const foldedChars = new Map<string, string>();

function foldChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    const base = stripDiacritics(char).toLowerCase();
    // Apostrophes vanish ("R'Lấp" = "rlap"); spaces and other punctuation separate words.
    folded = /['’`]/.test(char) ? '' : /^[a-z0-9]$/.test(base) ? base : ' ';
    foldedChars.set(char, folded);
  }
  return folded;
}

/** Folded, without apostrophes or punctuation, as tokens. */
export function tokens(text: string): string[] {
  let out = '';
  for (const char of text.normalize('NFC')) out += foldChar(char);
  return out.split(' ').filter(Boolean);
}

/** The words of a name without its leading type phrase: "Thị xã Ngã Năm" → ["nga", "nam"]. */
function bareWords(name: string): string[] {
  const all = tokens(name);
  const type = typeOf(all.join(' '));
  return all.slice(type ? type.split(' ').length : 0);
}

/** A query as the finder reads it: an optional leading type phrase, and the words of the name. */
export function parseQuery(query: string): { type: string; words: string[] } {
  const all = tokens(query);
  const joined = all.join(' ');
  const type = typeOf(joined);
  // A query that is only a type word ("xã") asks for nothing yet.
  const words = type ? all.slice(type.split(' ').length) : all;
  return { type, words: words.length > 0 ? words : type ? [] : all };
}

interface Entry {
  kind: PlaceKind;
  index: number;
  name: string;
  /** Position in the file (provinces, then communes by code, then the units of before), for ties: a collator per keystroke is too slow on a phone. */
  rank: number;
  type: string;
  /** " ngã năm " folded: " nga nam ", so that " word" finds a word's start. */
  nameKey: string;
  nameWords: string[];
  contextKey: string;
}

/** Among equal matches: provinces first, then communes of today, then the units of before. */
const KIND_ORDER: Record<PlaceKind, number> = { province: 0, 'old-province': 1, commune: 2, 'old-district': 3, 'old-commune': 4 };

export class PlaceFinder {
  private readonly data: Decoded;
  private readonly entries: Entry[] = [];
  /** Old communes by the commune of today that took them (for "formerly …"). */
  private readonly formerly = new Map<number, number[]>();
  /** Communes of today covering each old district. */
  private readonly districtCommunes = new Map<number, Set<number>>();

  constructor(packed: FinderData) {
    const data = decodeFinderData(packed);
    this.data = data;
    // Districts and provinces recur as the context of thousands of names: fold each once.
    const folded = new Map<string, string>();
    const foldOnce = (text: string) => {
      let value = folded.get(text);
      if (value === undefined) {
        value = text
          .split('|')
          .map((part) => bareWords(part).join(' '))
          .join(' ');
        folded.set(text, value);
      }
      return value;
    };
    const entry = (kind: PlaceKind, index: number, name: string, context: string) => {
      const all = tokens(name);
      const type = typeOf(all.join(' '));
      const nameWords = all.slice(type ? type.split(' ').length : 0);
      this.entries.push({
        kind,
        index,
        name,
        rank: this.entries.length,
        type,
        nameWords,
        nameKey: ` ${nameWords.join(' ')} `,
        contextKey: ` ${foldOnce(context)} `,
      });
    };
    data.provinces.forEach(([, name, flags], index) => entry(flags & NEW ? 'province' : 'old-province', index, name, ''));
    data.communes.forEach(([name, province], index) => entry('commune', index, name, data.provinces[province]?.[1] ?? ''));
    data.districts.forEach(([name, province], index) => entry('old-district', index, name, data.provinces[province]?.[1] ?? ''));
    data.oldCommunes.forEach(([name, district, ...into], index) => {
      const [districtName = '', province = -1] = data.districts[district] ?? [];
      entry('old-commune', index, name, `${districtName}|${data.provinces[province]?.[1] ?? ''}`);
      for (const target of into) {
        const list = this.formerly.get(target);
        if (list) list.push(index);
        else this.formerly.set(target, [index]);
        const covered = this.districtCommunes.get(district);
        if (covered) covered.add(target);
        else this.districtCommunes.set(district, new Set([target]));
      }
    });
  }

  /** How many names the finder knows. */
  get size(): number {
    return this.entries.length;
  }

  /** The best matches for a query, at most `limit`, and how many matched in all. */
  search(query: string, limit = 20): { matches: PlaceMatch[]; total: number } {
    const { type, words } = parseQuery(query);
    if (words.length === 0) return { matches: [], total: 0 };
    const phrase = words.join(' ');
    const starts = words.map((word) => ` ${word}`);
    const exact = words.map((word) => ` ${word} `);
    const scored: Array<{ entry: Entry; score: number; complete: boolean }> = [];
    for (const entry of this.entries) {
      let score = 0;
      let matched = true;
      for (let i = 0; i < words.length; i += 1) {
        if (entry.nameKey.includes(exact[i] ?? '')) score += 4;
        else if (entry.nameKey.includes(starts[i] ?? '')) score += 2;
        else if (entry.contextKey.includes(starts[i] ?? '')) score += 1;
        else {
          matched = false;
          break;
        }
      }
      if (!matched) continue;
      // The whole name typed, in its order: "hoa binh" is Hòa Bình before Bình Hòa.
      const complete = entry.nameWords.every((word) => words.includes(word));
      if (entry.nameKey === ` ${phrase} `) score += 6;
      else if (complete) score += 4;
      else if (entry.nameKey.startsWith(` ${phrase}`)) score += 1;
      if (type && (entry.type === type || (type === 'tp' && entry.type === 'thanh pho'))) score += 3;
      // An old district with a plan on the portal: what a citizen of that name most likely looks for.
      if (entry.kind === 'old-district' && (this.data.districts[entry.index]?.[3] ?? 0) > 0) score += 3;
      scored.push({ entry, score, complete });
    }
    scored.sort((a, b) => b.score - a.score || KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] || a.entry.rank - b.entry.rank);
    return { matches: scored.slice(0, limit).map(({ entry, complete }) => ({ ...this.describe(entry), complete })), total: scored.length };
  }

  private province(index: number): { id: string; name: string } {
    const [id = '', name = ''] = this.data.provinces[index] ?? [];
    return { id, name };
  }

  private commune(index: number): { name: string; where: string; target: { locality: string; commune: string } } {
    const [name = '', province = -1, id = ''] = this.data.communes[index] ?? [];
    const of = this.province(province);
    return { name, where: of.name, target: { locality: of.id, commune: id } };
  }

  private oldCommune(index: number): { name: string; where: string } {
    const [name = '', district = -1] = this.data.oldCommunes[index] ?? [];
    const [districtName = '', province = -1] = this.data.districts[district] ?? [];
    return { name, where: `${districtName}, ${this.province(province).name}` };
  }

  private describe(entry: Entry): Omit<PlaceMatch, 'complete'> {
    const base = { kind: entry.kind, name: entry.name, plans: 0 };
    switch (entry.kind) {
      case 'commune': {
        const commune = this.commune(entry.index);
        const related = (this.formerly.get(entry.index) ?? []).map((old) => ({ ...this.oldCommune(old), target: commune.target }));
        return { ...base, where: commune.where, target: commune.target, related };
      }
      case 'province':
      case 'old-province': {
        const [id = '', , , ...into] = this.data.provinces[entry.index] ?? [];
        const related = into.map((target) => {
          const province = this.province(target);
          return { name: province.name, where: '', target: { locality: province.id } };
        });
        return { ...base, where: '', target: { locality: id }, related };
      }
      case 'old-district': {
        const [name = '', province = -1, page = '', plans = 0] = this.data.districts[entry.index] ?? [];
        const of = this.province(province);
        const related = [...(this.districtCommunes.get(entry.index) ?? [])].sort((a, b) => a - b).map((target) => this.commune(target));
        return { ...base, plans, where: of.name, target: page ? { locality: page } : { locality: of.id, anchor: districtAnchor(name) }, related };
      }
      case 'old-commune': {
        const [, , ...into] = this.data.oldCommunes[entry.index] ?? [];
        const related = into.map((target) => this.commune(target));
        const first = related[0];
        return { ...base, where: this.oldCommune(entry.index).where, target: first ? first.target : { locality: '' }, related };
      }
    }
  }
}
