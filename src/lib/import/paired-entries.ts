/**
 * Some converted rows hold two entries side by side: each of the agency and
 * deadline cells has one paragraph per entry (Đắk R'Lấp 6.1: two leads, two
 * partner lists, "Thường xuyên" twice), and the task cell's paragraphs fall into
 * as many runs (an intro, then bullet items). Read as one task, the agencies of
 * one entry would attach to the actions of the other; so such a row is split into
 * its entries, each with its own cells. Where the cells agree on a count the text
 * cannot be split into, the row is kept whole and a warning says so.
 */
import { cellParagraphs } from './cell-text.ts';
import type { DraftTask } from './rows.ts';

const BULLET = /^[-+•]\s+/;

/**
 * The task cell's paragraphs as entries: every plain paragraph starts one, and so
 * does the first bullet item after a plain paragraph; further items stay with it.
 * Only used on rows whose other cells already say how many entries there are.
 */
function runs(paragraphs: readonly string[]): string[][] {
  const out: string[][] = [];
  let previousIsBullet = false;
  for (const paragraph of paragraphs) {
    const isBullet = BULLET.test(paragraph);
    const last = out.at(-1);
    if (last && isBullet && previousIsBullet) last.push(paragraph);
    else out.push([paragraph]);
    previousIsBullet = isBullet;
  }
  return out;
}

export interface PairedSplit {
  drafts: DraftTask[];
  warning: string | null;
}

export function splitPairedEntries(draft: DraftTask): PairedSplit {
  const { cells } = draft;
  const lead = cellParagraphs(cells.lead);
  const deadline = cellParagraphs(cells.deadline);
  const count = lead.length;
  if (count < 2 || deadline.length !== count) return { drafts: [draft], warning: null };
  const partners = cellParagraphs(cells.partners);
  const output = cellParagraphs(cells.output);
  const agrees = (paragraphs: readonly string[]) => paragraphs.length === 0 || paragraphs.length === count;
  if (!agrees(partners) || !agrees(output)) return { drafts: [draft], warning: null };
  const entries = runs(cellParagraphs(cells.text));
  if (entries.length !== count) {
    return {
      drafts: [draft],
      warning: `line ${draft.line}: task ${draft.ref ?? '(unnumbered)'} has ${count} paragraphs in each of its agency and deadline cells but its text does not fall into ${count} entries; kept as one task, check which agencies lead which action`,
    };
  }
  const drafts = entries.map((text, index) => ({
    ...draft,
    // The first entry keeps the row's id, so links to it stay; the others are numbered after it.
    key: index === 0 ? draft.key : `${draft.key}-${index + 1}`,
    cells: {
      ...cells,
      text: text.join('\n'),
      lead: lead[index] ?? '',
      partners: partners[index] ?? '',
      output: output[index] ?? '',
      deadline: deadline[index] ?? '',
    },
  }));
  return {
    drafts,
    warning: `line ${draft.line}: task ${draft.ref ?? '(unnumbered)'} holds ${count} entries side by side (one paragraph each in the agency and deadline cells); imported as ${count} tasks`,
  };
}
