/**
 * Files the importer generates (a plan's tasks.yaml and commitments.yaml)
 * carry a fingerprint of their body in their header comment. Re-importing
 * replaces the whole file, so an edit made by hand since the last import
 * would be lost without a word; the fingerprint shows such an edit, and the
 * import refuses to overwrite it unless told to (--force).
 *
 * A file written before fingerprints existed has none: it is taken as it is,
 * and the next import adds one.
 */
import { createHash } from 'node:crypto';

const FINGERPRINT = /^# fingerprint: sha256:([0-9a-f]{64})$/m;

function bodyOf(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .join('\n');
}

function digest(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex');
}

/** The file's text with its fingerprint line appended to the header comment. */
export function withFingerprint(text: string): string {
  const lines = text.split('\n');
  const headerEnd = lines.findIndex((line) => !line.startsWith('#'));
  const at = headerEnd < 0 ? lines.length : headerEnd;
  lines.splice(at, 0, `# fingerprint: sha256:${digest(bodyOf(text))}`);
  return lines.join('\n');
}

export type GeneratedState = 'absent' | 'unmarked' | 'as-generated' | 'edited';

/** Whether a generated file is as the importer left it. */
export function generatedState(text: string | null): GeneratedState {
  if (text === null) return 'absent';
  const recorded = FINGERPRINT.exec(text)?.[1];
  if (!recorded) return 'unmarked';
  return recorded === digest(bodyOf(text)) ? 'as-generated' : 'edited';
}
