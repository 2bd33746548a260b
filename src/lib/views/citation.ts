/**
 * The "Trích dẫn" (cite) text for a task: who issued what, which row, where it
 * can be read, and when it was accessed. The access date is the reader's: the
 * page fills it in on the reader's device, or leaves a blank to fill.
 */
import type { Plan } from '../../schemas/plan.ts';
import type { Task } from '../../schemas/task.ts';
import { formatDate } from '../format.ts';
import type { Lang } from '../routes/urls.ts';

export interface CitationParts {
  issuer: string;
  document: string;
  row: string;
  permalink: string;
}

export function citationParts(task: Task, plan: Plan, permalink: string, lang: Lang): CitationParts {
  const vi = lang === 'vi';
  const number = plan.document_number
    ? `${vi ? 'Kế hoạch số' : 'Plan no.'} ${plan.document_number}`
    : vi
      ? 'Kế hoạch (bản sao không ghi số)'
      : 'Plan (number blank in the copy)';
  const issued = plan.issued
    ? vi
      ? `ngày ${formatDate(plan.issued)}`
      : `dated ${formatDate(plan.issued)}`
    : plan.issued_printed
      ? vi
        ? `ghi “${plan.issued_printed}”`
        : `printed “${plan.issued_printed}”`
      : null;
  const part = plan.parts.find((candidate) => candidate.id === task.part);
  const appendix = part ? part.title : vi ? 'Phụ lục' : 'Appendix';
  const row = task.ref
    ? `${appendix}, ${vi ? 'mục' : 'item'} ${task.ref}`
    : `${appendix}, ${vi ? 'dòng không đánh số, dòng văn bản' : 'unnumbered row, text line'} ${task.source_line}`;
  return { issuer: plan.issuer, document: [number, issued, `“${plan.title}”`].filter(Boolean).join(', '), row, permalink };
}

/** The citation as one line of text; accessed is dd/mm/yyyy or a blank to fill in. */
export function citationText(parts: CitationParts, accessed: string, lang: Lang): string {
  const vi = lang === 'vi';
  return `${parts.issuer}, ${parts.document}, ${parts.row}. ${vi ? 'Cam kết PAPI' : 'PAPI Commitments'}: ${parts.permalink} (${vi ? 'truy cập ngày' : 'accessed'} ${accessed}).`;
}
