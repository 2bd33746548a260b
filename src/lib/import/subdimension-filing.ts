/**
 * Files a task under a PAPI sub-dimension, and says how.
 *
 * A printed number such as "1.5" is the plan's own numbering, not a PAPI code:
 * tasks 1.1–1.5 of one plan are five tasks of dimension 1, whatever PAPI's
 * sub-dimensions 1.1–1.4 are. So a task is filed under a sub-dimension only
 *  - when its label names that sub-dimension (by the keywords of
 *    content/papi/dimensions.yaml), or
 *  - when it has no label of its own and the table's labelled rows prove that
 *    the table is numbered by PAPI code (at least two labelled rows numbered
 *    d.s whose labels name sub-dimension d.s, and none naming another) — as in
 *    Đắk R'Lấp 2024, whose row 4.2 prints no label.
 * Every filing is reported with its reason; every refusal that a reader could
 * have expected is a warning.
 */
import type { Dimension } from '../../schemas/dimension.ts';
import { subdimensionOf } from './dimension-match.ts';
import type { DraftTask } from './rows.ts';

export interface SubdimensionFiling {
  line: number;
  ref: string | null;
  code: string;
  /** "label": the row's label names it; "numbering": the table is numbered by PAPI code and the row has no label. */
  by: 'label' | 'numbering';
  label: string | null;
}

const CODE_LIKE = /^\d\.\d$/;

/** True when the labelled rows of a table show that its "d.s" numbers are PAPI sub-dimension codes. */
export function numberedByPapiCode(drafts: readonly DraftTask[], dimensions: readonly Dimension[]): boolean {
  let agree = 0;
  for (const draft of drafts) {
    if (draft.dimension === null || !draft.ref || !CODE_LIKE.test(draft.ref) || !draft.subdimensionLabel) continue;
    const match = subdimensionOf(dimensions, draft.dimension, draft.subdimensionLabel);
    if (match.code === null) continue;
    if (match.code !== draft.ref) return false;
    agree += 1;
  }
  return agree >= 2;
}

export interface FilingOutcome {
  code: string | null;
  filing: SubdimensionFiling | null;
  warning: string | null;
}

function isKnown(dimensions: readonly Dimension[], code: string): boolean {
  return dimensions.some((dimension) => dimension.subdimensions.some((sub) => sub.code === code));
}

/** The sub-dimension a task is filed under, with the filing to report or the warning to give. */
export function fileSubdimension(draft: DraftTask, dimensions: readonly Dimension[], tableNumberedByCode: boolean): FilingOutcome {
  const none: FilingOutcome = { code: null, filing: null, warning: null };
  if (draft.dimension === null) return none;
  const printed = draft.printedSubdimension;
  const at = `line ${draft.line}: task ${draft.ref ?? '(unnumbered)'}`;
  if (draft.subdimensionLabel) {
    const label = draft.subdimensionLabel.split('\n')[0] ?? '';
    const match = subdimensionOf(dimensions, draft.dimension, draft.subdimensionLabel);
    if (match.code !== null) {
      const disagrees = draft.ref !== null && CODE_LIKE.test(draft.ref) && draft.ref !== match.code;
      return {
        code: match.code,
        filing: { line: draft.line, ref: draft.ref, code: match.code, by: 'label', label },
        warning: disagrees ? `${at} is numbered ${draft.ref} but its label "${label}" names sub-dimension ${match.code}; filed under ${match.code}` : null,
      };
    }
    if (match.candidates.length > 1) {
      return {
        ...none,
        warning: `line ${draft.line}: label "${label}" names several sub-dimensions (${match.candidates.join(', ')}); filed under the dimension only`,
      };
    }
    return none;
  }
  if (printed && isKnown(dimensions, printed) && printed.startsWith(`${draft.dimension}.`)) {
    if (tableNumberedByCode) {
      return {
        code: printed,
        filing: { line: draft.line, ref: draft.ref, code: printed, by: 'numbering', label: null },
        warning: `${at} prints no label; filed under sub-dimension ${printed} because this table's labelled rows are numbered by PAPI code`,
      };
    }
    return {
      ...none,
      warning: `${at} is numbered like PAPI sub-dimension ${printed} but prints no label naming it; filed under dimension ${draft.dimension} only`,
    };
  }
  return none;
}
