/**
 * Turns what a citizen types into the queries the index understands.
 *
 * Pagefind (1.5+) folds tone and vowel marks, so "hoà", "hòa" and "hoa" meet.
 * It does not fold "đ" into "d": "đất" is indexed as "đat", which "dat" does not
 * match. Since "đ" only begins a Vietnamese syllable, a typed word that begins
 * with "d" may mean either letter: each such word is tried both ways, and the
 * results of the variants are merged. Input is normalised to NFC first, so
 * decomposed (NFD) text from some keyboards finds the same pages.
 */

/** A query term: a word, or a quoted phrase kept together. */
export interface Term {
  text: string;
  phrase: boolean;
}

/** At most this many variant queries per search; beyond it only the first d-words vary. */
export const MAX_VARIANTS = 8;

/** Splits a query into words and "quoted phrases", NFC-normalised and trimmed. */
/**
 * Puts the tone mark of an open "oa", "oe" or "uy" syllable on its first vowel
 * ("hoà" → "hòa", "thuỷ" → "thủy"). Pagefind matches both placements but ranks a
 * query's own spelling higher, so without this "hoà" and "hòa" ordered the same
 * results differently.
 */
export function unifyTonePlacement(text: string): string {
  return text
    .normalize('NFD')
    .replace(/([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\p{M}])/gu, '$1$3$2')
    .normalize('NFC');
}

export function parseQuery(raw: string): Term[] {
  const text = unifyTonePlacement(raw.normalize('NFC')).replace(/[“”„]/g, '"').trim();
  const terms: Term[] = [];
  const pattern = /"([^"]*)"|(\S+)/g;
  for (const match of text.matchAll(pattern)) {
    if (match[1] !== undefined) {
      const phrase = match[1].trim().replace(/\s+/g, ' ');
      if (phrase) terms.push({ text: phrase, phrase: true });
    } else if (match[2]) {
      terms.push({ text: match[2], phrase: false });
    }
  }
  return terms;
}

/** The spellings of one word: itself, and with an initial d/D read as đ/Đ. */
function wordVariants(word: string): string[] {
  if (/^d/.test(word)) return [word, `đ${word.slice(1)}`];
  if (/^D/.test(word)) return [word, `Đ${word.slice(1)}`];
  return [word];
}

/** Every query to run for what was typed (the typed form first); empty input gives none. */
export function queryVariants(raw: string): string[] {
  const terms = parseQuery(raw);
  if (terms.length === 0) return [];
  // Each term becomes a list of alternatives; a phrase varies word by word.
  let budget = MAX_VARIANTS;
  const alternatives = terms.map((term) => {
    const words = term.text.split(' ');
    let combos: string[][] = [[]];
    for (const word of words) {
      const options = combos.length * 2 <= budget ? wordVariants(word) : [word];
      combos = combos.flatMap((combo) => options.map((option) => [...combo, option]));
    }
    budget = Math.max(1, Math.floor(budget / combos.length));
    return combos.map((combo) => (term.phrase ? `"${combo.join(' ')}"` : combo.join(' ')));
  });
  let queries: string[] = [''];
  for (const options of alternatives) {
    queries = queries.flatMap((prefix) => options.map((option) => (prefix ? `${prefix} ${option}` : option)));
  }
  return [...new Set(queries)].slice(0, MAX_VARIANTS);
}

/**
 * The two spellings of every word typed with an initial d ("dat" and "đat"),
 * so that the search page can ask the index which of them exist.
 */
export function ambiguousWords(raw: string): string[] {
  const words = parseQuery(raw).flatMap((term) => term.text.split(' '));
  return [...new Set(words.flatMap((word) => (/^[dD]/.test(word) ? wordVariants(word) : [])))];
}

function variantWords(variant: string): string[] {
  return variant
    .replace(/"/g, ' ')
    .split(' ')
    .filter(Boolean)
    .map((word) => word.toLowerCase());
}

/**
 * The variants to keep once the index has said which spellings it does not
 * know at all. Pagefind answers a word it does not know with its longest known
 * prefix ("dat" → "da"), so a variant with such a word finds pages for other
 * words and pushes the right ones down. When every variant has an unknown word,
 * all are kept and pagefind does its best.
 */
export function withoutUnknown(variants: readonly string[], unknown: readonly string[]): string[] {
  const missing = new Set(unknown.map((word) => word.toLowerCase()));
  const kept = variants.filter((variant) => !variantWords(variant).some((word) => missing.has(word)));
  return kept.length > 0 ? kept : [...variants];
}

/** The characters a search index stores for a word, to check folding in tests: no tone marks, đ kept. */
export function indexForm(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase();
}
