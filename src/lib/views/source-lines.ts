/**
 * A source text as the numbered lines its page shows. Numbering is the
 * importer's: line 1 is the first line of the file, so a task's source_line
 * names the line its row starts on.
 */
export interface SourceLine {
  number: number;
  text: string;
}

export function sourceLines(text: string): SourceLine[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  // A final newline ends the last line; it does not start another.
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines.map((line, index) => ({ number: index + 1, text: line }));
}
