/**
 * A plain label for a task, shown next to its number in headings, lists and
 * search results, so that "Nhiệm vụ 60" says what it is about. It is taken
 * only from what the plan prints, never rephrased: the row's sub-dimension
 * label where it has one, else the first clause of its text (up to the first
 * ":", ";" or "." that ends a clause). Either is cut at a word boundary after
 * MAX_WORDS words, and the cut is marked with "…".
 */
import type { Task } from '../../schemas/task.ts';

/** Words (Vietnamese syllables, as written between spaces) a label keeps before it is cut. */
export const MAX_WORDS = 12;

/** A bullet mark at the start of a line ("- ", "+ ", "• "). */
const BULLET = /^[-+•]\s+/;

/** A ":", ";" or "." that ends a clause: followed by a space or the end (not "22.10.2010", "8:00", "v.v."). */
const CLAUSE_END = /(?<!\bv\.v)[:;.](?=\s|$)/u;

/** Punctuation a cut label should not end on. */
const TRAILING = /[\s,;:.\-–—(“"'‘]+$/u;

/** The lines of a printed cell joined into one, without their bullet marks. */
function oneLine(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim().replace(BULLET, ''))
    .filter((line) => line.length > 0)
    .join(' ')
    .replace(/\s+/g, ' ');
}

/**
 * The text up to the first clause end of its first line, the whole line where that would
 * leave less than two words. A clause ended by ":" or ";" is followed by more of the
 * sentence, so its cut is marked with "…"; one ended by "." is a whole sentence.
 */
export function firstClause(text: string): string {
  const line =
    text
      .split('\n')
      .map((candidate) => candidate.trim().replace(BULLET, ''))
      .find((candidate) => candidate.length > 0) ?? '';
  const end = CLAUSE_END.exec(line);
  if (!end) return line;
  const clause = line.slice(0, end.index).trim();
  if (clause.split(/\s+/).length < 2) return line;
  return end[0] === '.' ? clause : `${clause}…`;
}

/** Whether a text opens more "(" or "“" than it closes. */
const unbalanced = (text: string) =>
  (text.match(/\(/g)?.length ?? 0) > (text.match(/\)/g)?.length ?? 0) || (text.match(/“/g)?.length ?? 0) > (text.match(/”/g)?.length ?? 0);

/** The text itself if it has at most `max` words; else its first `max` words (fewer, so as not to leave a bracket or quote open) and "…". */
export function cutAtWords(text: string, max = MAX_WORDS): string {
  const words = text.split(/\s+/).filter((word) => word.length > 0);
  if (words.length <= max) return words.join(' ');
  let kept = words.slice(0, max);
  while (kept.length > 1 && unbalanced(kept.join(' '))) kept = kept.slice(0, -1);
  return `${kept.join(' ').replace(TRAILING, '')}…`;
}

/** The label of a task: its printed sub-dimension label, else the first clause of its text, cut after MAX_WORDS words. */
export function taskLabel(task: Pick<Task, 'subdimension_label' | 'text'>): string {
  const printed = task.subdimension_label === null ? '' : oneLine(task.subdimension_label);
  return cutAtWords(printed.length > 0 ? printed : firstClause(task.text));
}
