/**
 * How an office is named in each language: in English, the registry's English
 * name with the Vietnamese beside it (the name the documents print, which a reader
 * may need to ask for); the Vietnamese alone where the registry has no English name,
 * never a made-up translation.
 */
import type { Agency } from '../../schemas/agency.ts';
import type { Lang } from '../locales.ts';

export interface AgencyName {
  /** The name shown first, and its language. */
  text: string;
  lang: Lang;
  /** The Vietnamese name shown beside it, when the first is a translation. */
  vietnamese: string | null;
}

export function agencyName(agency: Pick<Agency, 'name' | 'name_en'> | undefined, lang: Lang, fallback = ''): AgencyName {
  if (!agency) return { text: fallback, lang: 'vi', vietnamese: null };
  if (lang === 'en' && agency.name_en) return { text: agency.name_en, lang: 'en', vietnamese: agency.name };
  return { text: agency.name, lang: 'vi', vietnamese: null };
}

/** The name as one line of text: "Justice Office (Phòng Tư pháp)", for titles, search data and attributes. */
export function agencyNameText(agency: Pick<Agency, 'name' | 'name_en'> | undefined, lang: Lang, fallback = ''): string {
  const name = agencyName(agency, lang, fallback);
  return name.vietnamese ? `${name.text} (${name.vietnamese})` : name.text;
}
