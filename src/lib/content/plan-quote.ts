import type { Task } from '../../schemas/task.ts';

/** NFC, one space for every run of white space: how quotes and task texts are compared. */
function folded(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * The quote as it stands in the task (its text, actions or output), or null when
 * it does not stand there. The quote is returned folded, so line breaks of the
 * source do not leak into a guide's sentence.
 */
export function quotedFromTask(task: Pick<Task, 'text' | 'actions' | 'output'>, quote: string): string | null {
  const wanted = folded(quote);
  if (wanted.length === 0) return null;
  const places = [task.text, ...task.actions, task.output ?? ''].map(folded);
  return places.some((place) => place.includes(wanted)) ? wanted : null;
}
