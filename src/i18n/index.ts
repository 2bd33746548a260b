/**
 * Interface strings: flat keys, one JSON file per locale. Vietnamese is the
 * source; every other locale must have exactly the same keys, or the build
 * stops with the locale and the keys named.
 */
import { z } from 'astro/zod';
import { formatNumber } from '../lib/format.ts';
import { intlLocale, type Lang } from '../lib/locales.ts';
import en from './en.json';
import vi from './vi.json';

export type UiKey = keyof typeof vi;

const uiStrings = z.strictObject(Object.fromEntries(Object.keys(vi).map((key) => [key, z.string().min(1, 'must not be empty')])));

/** Validates one locale's strings against the Vietnamese keys; throws naming the file and the keys. */
export function checked(locale: string, data: unknown): Record<UiKey, string> {
  const result = uiStrings.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) =>
      issue.code === 'unrecognized_keys' ? `unknown key(s) ${issue.keys.join(', ')} (not in vi.json)` : `"${issue.path.join('.')}": ${issue.message}`,
    );
    throw new Error(`src/i18n/${locale}.json: ${problems.join('; ')}. Every key of vi.json needs a translation.`);
  }
  return result.data as Record<UiKey, string>;
}

const strings: Record<Lang, Record<UiKey, string>> = { vi: checked('vi', vi), en: checked('en', en) };

/** A string for the page's language, with {placeholders} filled in. */
export function t(lang: Lang, key: UiKey, params: Record<string, string | number> = {}): string {
  const text = strings[lang][key];
  // Most strings have no placeholder; skipping the regular expression for them saves
  // measurable time over the tens of thousands of pages of a national corpus.
  if (!text.includes('{')) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/** Plural rules are costly to create, so each language's are made once. */
const plurals: Record<Lang, Intl.PluralRules> = { vi: new Intl.PluralRules(intlLocale('vi')), en: new Intl.PluralRules(intlLocale('en')) };

/** A count with its noun, in the language's plural form ("1 task", "3 tasks", "3 nhiệm vụ"). */
export function count(lang: Lang, one: UiKey, other: UiKey, value: number): string {
  const rule = plurals[lang].select(value);
  return t(lang, rule === 'one' ? one : other, { count: formatNumber(value, intlLocale(lang), 0) });
}

/** Re-exported so that components take the language helpers from one place. */
export { intlLocale };
