/**
 * Splits an agency cell ("Phòng TC-KH, Phòng Tài nguyên và Môi trường; UBND xã, phường")
 * into registry entries.
 *
 * Commas cannot be trusted as separators: "UBND xã, phường" and "Các cơ quan, đơn vị"
 * are one party each, and some cells run two names together without any separator
 * ("UBND cấp huyện UBND cấp xã"). So the cell is read as a sequence of words and,
 * at each position, the longest alias in the registry that matches wins. Words
 * that match nothing are reported, never guessed.
 */
import { fold } from '../text/fold.ts';

export interface RegistryEntry {
  id: string;
  name: string;
  aliases: readonly string[];
  /** The entries a combined printed name stands for; matching it yields them instead. */
  covers?: readonly string[];
}

interface Token {
  word: string;
  start: number;
  end: number;
  /** Whether a list separator (, ; newline, bullet, parenthesis) comes before this word. */
  afterSeparator: boolean;
}

/** Words that join names but are not names: ignored when nothing else is left unmatched. */
const CONNECTORS = new Set(['va', 'phoi hop', 'cua', 'voi', 'cac', 'thuoc']);

/** Splits text into folded words; "và" is dropped so "HĐND và UBND" = "HĐND&UBND". */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let afterSeparator = true;
  const pattern = /[\p{L}\p{N}'’/]+|[,;\n()\-–:+•]/gu;
  let depth = 0;
  for (const match of text.matchAll(pattern)) {
    const value = match[0];
    if (value === '(') {
      depth += 1;
      afterSeparator = true;
      continue;
    }
    if (value === ')') {
      depth = Math.max(0, depth - 1);
      afterSeparator = true;
      continue;
    }
    if (/^[,;\n\-–:+•]$/.test(value)) {
      if (value !== '-' && value !== '–') afterSeparator = true;
      continue;
    }
    // Parenthesised notes ("(phụ trách tuyên truyền ...)") describe a role, they are not parties.
    if (depth > 0) continue;
    const word = fold(value).replace(/[’']/g, '');
    if (word === '') continue;
    const start = match.index ?? 0;
    tokens.push({ word, start, end: start + value.length, afterSeparator });
    afterSeparator = false;
  }
  return tokens;
}

function aliasWords(alias: string): string[] {
  return tokenize(alias)
    .map((token) => token.word)
    .filter((word) => word !== 'va');
}

export interface MatchResult {
  /** Registry ids in the order they appear, without duplicates. */
  ids: string[];
  /** Fragments of the cell that match no registry entry, verbatim. */
  unmatched: string[];
}

/** A matcher over a list of registry entries (the plan's locality first). */
export class AgencyMatcher {
  private readonly aliases: Array<{ words: string[]; id: string }> = [];
  private readonly covers = new Map<string, readonly string[]>();

  constructor(entries: readonly RegistryEntry[]) {
    const seen = new Set<string>();
    for (const entry of entries) {
      if (entry.covers && entry.covers.length > 0) this.covers.set(entry.id, entry.covers);
      for (const alias of [entry.name, ...entry.aliases]) {
        const words = aliasWords(alias);
        const key = words.join(' ');
        // The first entry to claim an alias keeps it, so the plan's own locality wins over its province.
        if (words.length === 0 || seen.has(key)) continue;
        seen.add(key);
        this.aliases.push({ words, id: entry.id });
      }
    }
    this.aliases.sort((a, b) => b.words.length - a.words.length);
  }

  /** The registry ids a matched entry stands for: itself, or the entries a combined name covers. */
  private expand(id: string): readonly string[] {
    return this.covers.get(id) ?? [id];
  }

  private longestAt(words: string[], index: number): { id: string; length: number } | null {
    for (const alias of this.aliases) {
      if (alias.words.length > words.length - index) continue;
      if (alias.words.every((word, offset) => words[index + offset] === word)) {
        return { id: alias.id, length: alias.words.length };
      }
    }
    return null;
  }

  /** Matches a cell; the cell text is kept verbatim elsewhere, this only resolves parties. */
  match(cell: string | null): MatchResult {
    if (!cell) return { ids: [], unmatched: [] };
    const tokens = tokenize(cell).filter((token) => token.word !== 'va');
    const words = tokens.map((token) => token.word);
    const ids: string[] = [];
    const unmatched: string[] = [];
    let index = 0;
    while (index < tokens.length) {
      const found = this.longestAt(words, index);
      if (found) {
        for (const id of this.expand(found.id)) if (!ids.includes(id)) ids.push(id);
        index += found.length;
        continue;
      }
      // Collect unmatched words up to the next separator or the next word where a name starts.
      const startToken = tokens[index];
      let end = index + 1;
      while (end < tokens.length && !tokens[end]?.afterSeparator && !this.longestAt(words, end)) end += 1;
      const lastToken = tokens[end - 1];
      if (startToken && lastToken) {
        const fragment = cell.slice(startToken.start, lastToken.end).trim();
        if (!CONNECTORS.has(fold(fragment))) unmatched.push(fragment);
      }
      index = end;
    }
    return { ids, unmatched };
  }

  /** Finds every registry name mentioned anywhere in a running text (for narrative sections). */
  mentions(text: string): string[] {
    const words = tokenize(text)
      .map((token) => token.word)
      .filter((word) => word !== 'va');
    const ids: string[] = [];
    let index = 0;
    while (index < words.length) {
      const found = this.longestAt(words, index);
      if (found) {
        for (const id of this.expand(found.id)) if (!ids.includes(id)) ids.push(id);
        index += found.length;
      } else {
        index += 1;
      }
    }
    return ids;
  }
}
