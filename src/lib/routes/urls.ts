/**
 * Site paths, in one place so pages, feeds and open data agree. Vietnamese
 * pages live at the root; the English interface mirrors them under /en/.
 */

import type { Lang } from '../locales.ts';

export { LANGS, type Lang } from '../locales.ts';

function localized(path: string, lang: Lang = 'vi'): string {
  return lang === 'en' ? `/en${path}` : path;
}

export function homePath(lang: Lang = 'vi'): string {
  return localized('/', lang);
}

export function planPath(planId: string, lang: Lang = 'vi'): string {
  return localized(`/ke-hoach/${planId}/`, lang);
}

export function taskPath(taskId: string, lang: Lang = 'vi'): string {
  return localized(`/nhiem-vu/${taskId}/`, lang);
}

export function agencyPath(agencyId: string, lang: Lang = 'vi'): string {
  return localized(`/co-quan/${agencyId}/`, lang);
}

/** The section of an office's page listing the tasks it leads in one plan: a plan page's office filter without JavaScript. */
export function agencyPlanPath(agencyId: string, planId: string, lang: Lang = 'vi'): string {
  return `${agencyPath(agencyId, lang)}#${agencyPlanAnchor(planId)}`;
}

/** The id of that section. */
export function agencyPlanAnchor(planId: string): string {
  return `chu-tri-${planId}`;
}

export function agenciesPath(lang: Lang = 'vi'): string {
  return localized('/co-quan/', lang);
}

export function localityPath(localityId: string, lang: Lang = 'vi'): string {
  return localized(`/dia-phuong/${localityId}/`, lang);
}

/** A commune or ward since 1 July 2025, under its province: /dia-phuong/can-tho/phuong-nga-nam/. */
export function communePath(provinceId: string, communeId: string, lang: Lang = 'vi'): string {
  return localized(`/dia-phuong/${provinceId}/${communeId}/`, lang);
}

/** The A–Z of names before 1 July 2025 that begin with one letter: /dia-phuong/ten-cu/a/. */
export function oldNamesPath(letter: string, lang: Lang = 'vi'): string {
  return localized(`/dia-phuong/ten-cu/${letter}/`, lang);
}

/** How to send in a plan the portal does not have yet. */
export function sendPlanPath(lang: Lang = 'vi'): string {
  return `${localized('/gioi-thieu/', lang)}#gui-ke-hoach`;
}

export function localitiesPath(lang: Lang = 'vi'): string {
  return localized('/dia-phuong/', lang);
}

export function papiPath(lang: Lang = 'vi'): string {
  return localized('/papi/', lang);
}

/** The provinces' PAPI scores of one year; the latest year is on /papi/ itself. */
export function papiYearPath(year: number, latest: number | null, lang: Lang = 'vi'): string {
  return year === latest ? papiPath(lang) : localized(`/papi/nam/${year}/`, lang);
}

export function dimensionPath(dimension: number, lang: Lang = 'vi'): string {
  return localized(`/papi/chi-so-${dimension}/`, lang);
}

export function aboutPath(lang: Lang = 'vi'): string {
  return localized('/gioi-thieu/', lang);
}

export function guidesPath(lang: Lang = 'vi'): string {
  return localized('/huong-dan/', lang);
}

export function guidePath(guideSlug: string, lang: Lang = 'vi'): string {
  return localized(`/huong-dan/${guideSlug}/`, lang);
}

export function searchPath(lang: Lang = 'vi'): string {
  return localized('/tim-kiem/', lang);
}

/** The glossary of unit and office names, for readers of the English pages (there is no Vietnamese one). */
export function glossaryPath(lang: Lang = 'en'): string {
  return localized('/thuat-ngu/', lang);
}

export function dataPagePath(lang: Lang = 'vi'): string {
  return localized('/du-lieu/', lang);
}

/** What the portal corrected, and when. */
export function correctionsPath(lang: Lang = 'vi'): string {
  return localized('/dinh-chinh/', lang);
}

/** How to report an error, on the about page: the way a reader has when no editor address is set. */
export function reportErrorPath(lang: Lang = 'vi'): string {
  return `${localized('/gioi-thieu/', lang)}#bao-loi`;
}

/** The same page in the other language. */
export function switchLang(pathname: string, to: Lang): string {
  const bare = pathname.replace(/^\/en(?=\/|$)/, '') || '/';
  return to === 'en' ? `/en${bare === '/' ? '/' : bare}` : bare;
}

/** A plan's source text as plain UTF-8, for download. */
export function sourcePath(file: string): string {
  return `/nguon/${file}`;
}

/** A plan's source text as a page, every line with an anchor. */
export function sourcePagePath(planId: string, lang: Lang = 'vi'): string {
  return localized(`/nguon/${planId}/`, lang);
}

/** One line of a plan's source page ("#L269"), where a task's row starts. */
export function sourceLinePath(planId: string, line: number, lang: Lang = 'vi'): string {
  return `${sourcePagePath(planId, lang)}#L${line}`;
}

export function dataPath(file: string): string {
  return `/data/${file}`;
}

/** A plan's own data files. */
export function planDataPath(planId: string, format: 'json' | 'csv'): string {
  return `/data/ke-hoach/${planId}.${format}`;
}

/** Route parameter of the [...locale] segment for a language. */
export function localeParam(lang: Lang): string | undefined {
  return lang === 'en' ? 'en' : undefined;
}
