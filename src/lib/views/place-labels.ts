/** The words the place finder's answers are drawn with, in the page's language (read by src/scripts/place-answers.ts). */
import { t, type UiKey } from '../../i18n/index.ts';
import type { Lang } from '../locales.ts';

const KINDS = ['commune', 'province', 'old-province', 'old-district', 'old-commune'] as const;

export function placeLabels(lang: Lang): Record<string, string> {
  return {
    none: t(lang, 'finder.none'),
    count: t(lang, 'finder.count'),
    countOne: t(lang, 'finder.countOne'),
    countMore: t(lang, 'finder.countMore'),
    loading: t(lang, 'finder.loading'),
    failed: t(lang, 'finder.failed'),
    formerly: t(lang, 'finder.formerly'),
    now: t(lang, 'finder.now'),
    plans: t(lang, 'finder.plans'),
    ...Object.fromEntries(KINDS.map((kind) => [`kind-${kind}`, t(lang, `finder.kind.${kind}` as UiKey)])),
  };
}
