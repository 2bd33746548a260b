/** Vietnamese formats through Intl: dates as dd/mm/yyyy, decimal comma. */

/**
 * Intl formatters are costly to create (about 0.1 ms each, and a page formats many
 * dates), so one is kept per locale and option set for the whole build.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

/** The formatter stored under `key`, made by `make` the first time it is asked for. */
function formatter<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let format = formatters.get(key) as T | undefined;
  if (!format) {
    format = make();
    formatters.set(key, format);
  }
  return format;
}

export function formatDate(iso: string, locale = 'vi-VN'): string {
  const [year, month, day] = iso.split('-').map(Number);
  const format = formatter(`date|${locale}`, () => new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }));
  return format.format(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)));
}

export function formatNumber(value: number, locale = 'vi-VN', digits = 2): string {
  const format = formatter(`number|${locale}|${digits}`, () => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }));
  return format.format(value);
}

export function periodLabel(period: { from: number; to: number }): string {
  return period.from === period.to ? String(period.from) : `${period.from}–${period.to}`;
}

/** One Vietnamese collator for the build: localeCompare(…, 'vi') would make one per comparison. */
const vietnameseCollator = new Intl.Collator('vi');

/** Orders names as a Vietnamese reader expects ("Đ" after "D", tone marks after the plain letter). */
export function compareVietnamese(a: string, b: string): number {
  return vietnameseCollator.compare(a, b);
}
