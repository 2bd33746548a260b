/**
 * What the build refuses about legal citations (content/legal/README.md):
 * a guide may not cite a document the register does not hold, a replaced
 * document without a note naming the replacement, an amended document without
 * citing the amending act or naming it in a note, nor rely on a check made
 * before the law it cites last moved. And the register itself must hold
 * together.
 */
import type { Guide } from '../../schemas/guide.ts';
import type { LegalDocument } from '../../schemas/legal-document.ts';
import { formatDate } from '../format.ts';
import type { Register } from './register.ts';

/** One problem, located in a file by the caller: the entry and field it concerns. */
export interface LegalProblem {
  entry: string;
  field: string;
  message: string;
  /** The register document the problem names, so a test can see it was named. */
  document?: string;
}

const shown = (iso: string) => formatDate(iso, 'vi-VN');
const names = (note: string | undefined, document: LegalDocument) => note !== undefined && note.includes(document.number);

export function registerProblems(documents: readonly LegalDocument[]): Array<LegalProblem & { id: string }> {
  const problems: Array<LegalProblem & { id: string }> = [];
  const ids = new Set(documents.map((document) => document.id));
  const numbers = new Map<string, string>();
  for (const document of documents) {
    const other = numbers.get(document.number);
    if (other)
      problems.push({
        id: document.id,
        entry: `entry "${document.id}"`,
        field: 'number',
        message: `"${document.number}" is also the number of content/legal/${other}.yaml; one document, one entry`,
      });
    numbers.set(document.number, document.id);
    if (document.in_force_from < document.issued) {
      problems.push({
        id: document.id,
        entry: `entry "${document.id}"`,
        field: 'in_force_from',
        message: `is before the document was issued (${document.issued}); check both dates`,
      });
    }
    for (const field of ['amends', 'replaces'] as const) {
      document[field].forEach((id, index) => {
        if (id === document.id)
          problems.push({ id: document.id, entry: `entry "${document.id}"`, field: `${field}[${index}]`, message: 'names the document itself' });
        else if (!ids.has(id))
          problems.push({
            id: document.id,
            entry: `entry "${document.id}"`,
            field: `${field}[${index}]`,
            message: `"${id}" is not in the register; add content/legal/${id}.yaml or fix the id`,
          });
      });
    }
  }
  return problems;
}

export function guideCitationProblems(guide: Pick<Guide, 'last_checked' | 'legal_bases'>, register: Register): LegalProblem[] {
  const problems: LegalProblem[] = [];
  const cited = new Set(guide.legal_bases.map((basis) => basis.document));
  guide.legal_bases.forEach((basis, index) => {
    const field = `legal_bases[${index}]`;
    const entry = register.get(basis.document);
    if (!entry) {
      problems.push({
        entry: 'frontmatter',
        field: `${field}.document`,
        message: `"${basis.document}" is not in the register; add content/legal/${basis.document}.yaml (see content/legal/README.md) or fix the id`,
      });
      return;
    }
    const { document, replacedBy, amendedBy } = entry;
    if (replacedBy && !names(basis.note, replacedBy)) {
      problems.push({
        entry: 'frontmatter',
        field,
        document: replacedBy.id,
        message: `cites ${document.number}, replaced by ${replacedBy.number} (in force ${shown(replacedBy.in_force_from)}); cite what applies now, or add a note naming ${replacedBy.number} that says why the old text is cited`,
      });
    }
    for (const amending of amendedBy) {
      if (!cited.has(amending.id) && !names(basis.note, amending)) {
        problems.push({
          entry: 'frontmatter',
          field,
          document: amending.id,
          message: `cites ${document.number}, amended by ${amending.number} (in force ${shown(amending.in_force_from)}); check the provisions cited against it, then cite ${amending.number} too, or add a note naming it that says its changes do not touch them`,
        });
      }
    }
    for (const later of [...amendedBy, ...(replacedBy ? [replacedBy] : [])]) {
      if (later.issued > guide.last_checked) {
        problems.push({
          entry: 'frontmatter',
          field: 'last_checked',
          document: later.id,
          message: `${shown(guide.last_checked)} is before ${later.number} (issued ${shown(later.issued)}) changed ${document.number}; check the guide against it and set last_checked to the day you did`,
        });
      }
    }
  });
  return problems;
}
