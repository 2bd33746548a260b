/**
 * Writes the importer's output: deterministic YAML (same input, same bytes)
 * and all-or-nothing file replacement (every file is written to a temporary
 * name first and renamed only when all of them were written).
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';

export function toYaml(entries: unknown, header: string): string {
  const body = stringify(entries, { lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false });
  return `${header
    .split('\n')
    .map((line) => `# ${line}`.trimEnd())
    .join('\n')}\n${body}`;
}

/** Writes every file or none: temporary files are renamed into place only after all were written. */
export function writeAll(files: ReadonlyArray<{ path: string; content: string }>): void {
  const staged: Array<{ temporary: string; final: string }> = [];
  try {
    for (const file of files) {
      mkdirSync(path.dirname(file.path), { recursive: true });
      const temporary = `${file.path}.tmp-${process.pid}`;
      writeFileSync(temporary, file.content, 'utf8');
      staged.push({ temporary, final: file.path });
    }
  } catch (error) {
    for (const file of staged) rmSync(file.temporary, { force: true });
    throw error;
  }
  for (const file of staged) renameSync(file.temporary, file.final);
}
