/**
 * Maps printed headings and labels to PAPI dimensions and sub-dimensions by
 * the folded keywords in content/papi/dimensions.yaml. A label that matches
 * none, or more than one, maps to nothing: guessing would misfile a task.
 */
import type { Dimension } from '../../schemas/dimension.ts';
import { fold } from '../text/fold.ts';

export function dimensionOf(dimensions: readonly Dimension[], name: string): number | null {
  const folded = fold(name);
  let best: { number: number; length: number } | null = null;
  for (const dimension of dimensions) {
    for (const keyword of dimension.keywords) {
      if (folded.includes(keyword) && (!best || keyword.length > best.length)) best = { number: dimension.number, length: keyword.length };
    }
  }
  return best?.number ?? null;
}

export type SubdimensionMatch = { code: string } | { code: null; candidates: string[] };

export function subdimensionOf(dimensions: readonly Dimension[], dimension: number, label: string): SubdimensionMatch {
  const folded = fold(label);
  const subs = dimensions.find((candidate) => candidate.number === dimension)?.subdimensions ?? [];
  const matches = subs.filter((sub) => sub.keywords.some((keyword) => folded.includes(keyword))).map((sub) => sub.code);
  if (matches.length === 1 && matches[0]) return { code: matches[0] };
  return { code: null, candidates: matches };
}
