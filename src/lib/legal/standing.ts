/**
 * A document's standing on a given day, as a guide page shows it: not yet in
 * force, in force (with the amendments in force and those still to come), or
 * replaced. Pure, so that it is tested without a build.
 */
import type { LegalDocument } from '../../schemas/legal-document.ts';
import type { RegisterEntry } from './register.ts';

export type Standing =
  | { kind: 'not_yet'; from: string; amendments: Amendment[] }
  | { kind: 'in_force'; since: string; amendments: Amendment[]; replacement: Amendment | null }
  | { kind: 'replaced'; since: string; by: LegalDocument };

export interface Amendment {
  by: LegalDocument;
  /** The day its changes take effect. */
  from: string;
  /** Whether they are in effect on the day asked about. */
  inEffect: boolean;
}

export function standingOn(entry: RegisterEntry, today: string): Standing {
  const { document, replacedBy } = entry;
  const amendments = entry.amendedBy.map((by) => ({ by, from: by.in_force_from, inEffect: by.in_force_from <= today }));
  if (replacedBy && replacedBy.in_force_from <= today) return { kind: 'replaced', since: replacedBy.in_force_from, by: replacedBy };
  if (document.in_force_from > today) return { kind: 'not_yet', from: document.in_force_from, amendments };
  const replacement = replacedBy ? { by: replacedBy, from: replacedBy.in_force_from, inEffect: false } : null;
  return { kind: 'in_force', since: document.in_force_from, amendments, replacement };
}
