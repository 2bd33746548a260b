/**
 * Finds words that run together across element boundaries in built HTML
 * ("giá đất</dd><dt>Nội dung" indexed as "đấtNội"): the text of the page read
 * the way an indexer does (tags removed) against the text with tags as spaces.
 */

/** The part of the page that is indexed: inside <main>, without scripts, templates and hidden index data. */
function indexedPart(html: string): string {
  const main = /<main\b[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
  return main
    .replace(/<script\b[\s\S]*?<\/script>/g, ' ')
    .replace(/<template\b[\s\S]*?<\/template>/g, ' ')
    .replace(/<div hidden data-pagefind-ignore="index">[\s\S]*?<\/div>/g, ' ');
}

function words(text: string): Set<string> {
  return new Set(
    text
      .replace(/&[a-z#0-9]+;/gi, ' ')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );
}

/** Words that exist only when tags are removed without a space: each one is two words glued together. */
export function gluedWords(html: string): string[] {
  const part = indexedPart(html);
  const spaced = words(part.replace(/<[^>]+>/g, ' '));
  const glued = words(part.replace(/<[^>]+>/g, ''));
  return [...glued].filter((word) => !spaced.has(word));
}

/** Elements whose boundaries separate words when rendered, so white space between them changes nothing on screen. */
const BLOCKS =
  'address|article|aside|blockquote|caption|dd|details|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|legend|li|main|nav|ol|option|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul';
const AFTER_BLOCK_END = new RegExp(`(</(?:${BLOCKS})>)(?=<)`, 'g');
const BEFORE_BLOCK_START = new RegExp(`>(?=<(?:${BLOCKS})[\\s>/])`, 'g');

/**
 * Puts a line break between adjacent block elements ("</dd><dt>" → "</dd>\n<dt>"),
 * which Astro writes without white space when elements come from an expression.
 * Rendering is unchanged; text extraction and the search index see separate words.
 */
export function separateBlocks(html: string): string {
  return html.replace(AFTER_BLOCK_END, '$1\n').replace(BEFORE_BLOCK_START, '>\n');
}
