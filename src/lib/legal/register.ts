/**
 * The register of legal documents as guides need it: each document with what
 * amended and what replaced it, derived from the newer documents' `amends` and
 * `replaces` (recorded once, so the two directions cannot disagree).
 */
import type { LegalDocument } from '../../schemas/legal-document.ts';

export interface RegisterEntry {
  document: LegalDocument;
  /** Documents that amend this one, earliest in force first. */
  amendedBy: LegalDocument[];
  /** The document that replaces this one, if any. */
  replacedBy: LegalDocument | null;
}

export type Register = ReadonlyMap<string, RegisterEntry>;

const byInForce = (a: LegalDocument, b: LegalDocument) => a.in_force_from.localeCompare(b.in_force_from) || a.number.localeCompare(b.number);

/** Builds the register; references to unknown ids are left out here and reported by registerProblems. */
export function buildRegister(documents: readonly LegalDocument[]): Register {
  const register = new Map<string, RegisterEntry>(documents.map((document) => [document.id, { document, amendedBy: [], replacedBy: null }]));
  for (const newer of documents) {
    for (const id of newer.amends) register.get(id)?.amendedBy.push(newer);
    for (const id of newer.replaces) {
      const older = register.get(id);
      // Two replacements of one document: the earlier in force is the one that replaced it.
      if (older && (!older.replacedBy || byInForce(newer, older.replacedBy) < 0)) older.replacedBy = newer;
    }
  }
  for (const entry of register.values()) entry.amendedBy.sort(byInForce);
  return register;
}
