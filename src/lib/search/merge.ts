/**
 * Merging the results of the query variants ("dat" and "đat"): a page found by
 * several variants appears once, with its best score.
 */
export interface ScoredResult {
  id: string;
  score: number;
}

export function mergeResults<T extends ScoredResult>(lists: ReadonlyArray<ReadonlyArray<T>>): T[] {
  const best = new Map<string, T>();
  for (const list of lists) {
    for (const result of list) {
      const current = best.get(result.id);
      if (!current || result.score > current.score) best.set(result.id, result);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** A pagefind excerpt ("… <mark>đất</mark> …") as text pieces, so no markup from the index is ever parsed as HTML. */
export function excerptPieces(excerpt: string): Array<{ text: string; marked: boolean }> {
  const pieces: Array<{ text: string; marked: boolean }> = [];
  const decode = (text: string) =>
    text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  let rest = excerpt;
  while (rest.length > 0) {
    const start = rest.indexOf('<mark>');
    if (start < 0) {
      pieces.push({ text: decode(rest), marked: false });
      break;
    }
    if (start > 0) pieces.push({ text: decode(rest.slice(0, start)), marked: false });
    const end = rest.indexOf('</mark>', start);
    const inner = end < 0 ? rest.slice(start + 6) : rest.slice(start + 6, end);
    pieces.push({ text: decode(inner), marked: true });
    rest = end < 0 ? '' : rest.slice(end + 7);
  }
  return pieces.filter((piece) => piece.text.length > 0);
}
