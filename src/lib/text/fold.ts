/**
 * Text folding for matching Vietnamese names and search queries.
 *
 * Vietnamese is written with tone marks that people often leave out when they
 * type, with two conventions for where the mark sits ("hoà" and "hòa"), and
 * sometimes in decomposed Unicode (NFD). Folding removes all of that so that
 * the same word always compares equal. "đ" is a separate letter, not a "d"
 * with a mark, so Unicode decomposition does not remove its stroke: it is
 * mapped explicitly.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Normalises to NFC, the form the portal stores and compares. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** Removes tone marks and vowel marks and maps đ/Đ to d/D, keeping case. */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** Lower-case, diacritic-free, single-spaced form for comparing names and queries. */
export function fold(text: string): string {
  return stripDiacritics(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Turns a Vietnamese name into a URL slug: "Đắk R'Lấp 2024" → "dak-rlap-2024". */
export function slugify(text: string): string {
  return fold(text)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
