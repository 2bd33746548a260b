/**
 * Writes the importer's output: deterministic YAML (same input, same bytes)
 * and all-or-nothing file replacement (every file is written to a temporary
 * name first and renamed only when all of them were written).
 */
import { constants } from 'node:os';
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

/** Error codes that mean "this folder cannot be written to", whatever is in the files. */
const NOT_WRITABLE: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
};

/**
 * writeAll could not write into a folder (permissions, a read-only disk). Its message names the
 * folder, says that nothing was changed and what to do: callers print `message` as it is, without
 * a stack trace, and exit non-zero (e.g. `if (error instanceof WriteError) fail(error.message)`).
 */
export class WriteError extends Error {
  /** The folder that could not be written to. */
  readonly folder: string;
  /** The system error code (EACCES, EPERM, EROFS). */
  readonly code: string;

  constructor(folder: string, code: string, options?: { cause?: unknown }) {
    super(
      `cannot write to ${folder}/ (${code}: ${NOT_WRITABLE[code] ?? code}); nothing was changed. Make the folder writable (its permissions, or a disk mounted read-only), or write to a copy of the content (--content DIR), then run the command again.`,
      options,
    );
    this.name = 'WriteError';
    this.folder = folder;
    this.code = code;
  }
}

/** A WriteError for a "not writable" system error on `file`, else the error itself. */
function explained(error: unknown, file: string): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (!code || !(code in NOT_WRITABLE)) return error;
  return new WriteError(path.dirname(file), code, { cause: error });
}

/**
 * Writes every file or none: temporary files (`<file>.tmp-<pid>`) are renamed into place only
 * after all were written, and removed when any write fails. A folder that cannot be written to
 * throws a WriteError (see there); other errors are thrown as they are.
 *
 * SIGINT and SIGTERM: while writeAll runs, they are held (Node runs signal handlers between
 * calls, and writeAll is one synchronous call), so Ctrl-C never leaves a half-written set or a
 * stray temporary: the call finishes or cleans up, then the signal takes its ordinary course
 * (the caller's own handlers, or exit by the signal, status 130 for Ctrl-C). A build killed
 * outright (SIGKILL, power loss) can still leave `*.tmp-<pid>` files: git ignores them.
 */
export function writeAll(files: ReadonlyArray<{ path: string; content: string }>): void {
  // Temporaries that exist and are not renamed yet: what a signal or an error must remove.
  const pending = new Set<string>();
  const removePending = () => {
    for (const temporary of pending) rmSync(temporary, { force: true });
    pending.clear();
  };
  const onSignal = (signal: NodeJS.Signals) => {
    removePending();
    stopListening();
    // Other listeners got this signal too; with none, re-raise it so that the process ends as the
    // signal would have ended it (128 + its number, 130 for SIGINT), and not with a plain exit.
    if (process.listenerCount(signal) === 0) {
      process.kill(process.pid, signal);
      process.exit(128 + (constants.signals[signal] ?? 0));
    }
  };
  const stopListening = () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const staged: Array<{ temporary: string; final: string }> = [];
  try {
    for (const file of files) {
      const temporary = `${file.path}.tmp-${process.pid}`;
      try {
        mkdirSync(path.dirname(file.path), { recursive: true });
        pending.add(temporary);
        writeFileSync(temporary, file.content, 'utf8');
      } catch (error) {
        throw explained(error, file.path);
      }
      staged.push({ temporary, final: file.path });
    }
    for (const file of staged) {
      try {
        renameSync(file.temporary, file.final);
      } catch (error) {
        throw explained(error, file.final);
      }
      pending.delete(file.temporary);
    }
  } finally {
    removePending();
    // A signal that arrived during the call is dispatched once it returns, at the event loop's
    // next look for input: stop listening a little later, so that it is not lost.
    setTimeout(stopListening, 100).unref();
  }
}
