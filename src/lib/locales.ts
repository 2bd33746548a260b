/**
 * The site's languages, in one place: Vietnamese at the root, English under
 * /en/. Adding a language starts here (see CONTRIBUTING.md).
 */
export const LANGS = ['vi', 'en'] as const;

export type Lang = (typeof LANGS)[number];

/** The Intl locale each language formats dates and numbers with (dd/mm/yyyy, 42,86). */
const INTL: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

export function intlLocale(lang: Lang): string {
  return INTL[lang];
}

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
