/** getStaticPaths helpers: every page exists in Vietnamese (root) and English (/en/). */
import { LANGS, localeParam, type Lang } from './urls.ts';

export function eachLang<T extends Record<string, unknown>>(
  items: readonly T[],
  params: (item: T) => Record<string, string>,
): Array<{ params: Record<string, string | undefined>; props: T & { lang: Lang } }> {
  return LANGS.flatMap((lang) => items.map((item) => ({ params: { locale: localeParam(lang), ...params(item) }, props: { ...item, lang } })));
}

export function langPaths(): Array<{ params: { locale: string | undefined }; props: { lang: Lang } }> {
  return LANGS.map((lang) => ({ params: { locale: localeParam(lang) }, props: { lang } }));
}
