/**
 * The words of the site that begin with "d" or "đ", in the form the search index
 * stores them (lowercase, tone and vowel marks folded, "đ" kept).
 *
 * A typed word beginning with "d" may mean "d" or "đ" (query.ts tries both).
 * Asking the index which spelling exists cost a phrase search per word, and
 * searching a spelling the index lacks returns pages for a shorter word
 * (pagefind's prefix fallback) and doubles the work: about half of the time to
 * results at 20,000 tasks. The search page carries this list instead (about
 * 1 kB) and searches only the spellings that occur.
 */
import { indexForm } from './query.ts';

/** Letters and combining marks: what a word is made of (punctuation, digits and spaces split words). */
const WORD = /[\p{L}\p{M}]+/gu;

/** The index forms of the words in `texts` that begin with d or đ, sorted and without repeats. */
export function dWords(texts: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const match of text.normalize('NFC').matchAll(WORD)) {
      if (/^[dDđĐ]/.test(match[0])) words.add(indexForm(match[0]));
    }
  }
  return [...words].sort();
}

/** Fields of the content that no page shows: the importer's folded keywords of the PAPI dimensions. */
export const NOT_SHOWN: ReadonlySet<string> = new Set(['keywords']);

/** An id or a reference to one ("chi-lang-chi-nhanh-van-phong-dang-ky-dat-dai"): not text a page shows. */
const ID = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;

/**
 * Every string inside a value (nested objects and arrays) except ids and the
 * fields named in `skip`, for collecting the text of collection entries. Ids are
 * left out because they are unaccented slugs ("…-dat-dai") that no page shows as
 * words: counting them would make "dat" look like a word of the site; `skip`
 * names other fields that pages do not show (the importer's folded keywords).
 */
export function stringsIn(value: unknown, skip: ReadonlySet<string> = new Set()): string[] {
  if (typeof value === 'string') return ID.test(value) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((item) => stringsIn(item, skip));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => (skip.has(key) ? [] : stringsIn(item, skip)));
  return [];
}

/** The spellings (as typed, e.g. "Dat", "Đat") that the word list does not have. */
export function unknownSpellings(spellings: readonly string[], known: ReadonlySet<string>): string[] {
  return spellings.filter((spelling) => !known.has(indexForm(spelling)));
}
