/**
 * The folder side of `npm run build` (scripts/build.ts): one build at a time in a
 * folder (a lock file), and a dist/ that is always a whole build, the previous one or
 * none: the build goes to a staging folder that replaces dist/ only when complete.
 */
import { closeSync, existsSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { STAMP } from './build-stamp.ts';

export const DIST = 'dist';
/** Where a build is written before it replaces dist/. */
export const STAGING = 'dist.staging';
/** dist/ while it is being replaced, for the few milliseconds of the swap. */
export const PREVIOUS = 'dist.previous';
export const LOCK = '.build.lock';

interface LockOwner {
  pid: number;
  started: string;
  host: string;
}

/** Another build holds the lock; the message says which and what to do. */
export class BuildLocked extends Error {
  constructor(owner: LockOwner | null, lock: string) {
    const who = owner ? `pid ${owner.pid}${owner.host === hostname() ? '' : ` on ${owner.host}`}, started ${owner.started}` : 'its lock is being written';
    super(`another build (${who}) is running in this folder; wait for it or remove ${lock} if it is gone`);
    this.name = 'BuildLocked';
  }
}

function ownerOf(lock: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(lock, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.started === 'string' && typeof owner.host === 'string' ? (owner as LockOwner) : null;
  } catch {
    return null;
  }
}

/** Whether the process that wrote the lock may still run (a process on another machine is assumed to). */
function isRunning(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the folder's build lock (created exclusively, holding pid, start time and host) and
 * returns the function that releases it. A lock left by a process that is gone is taken over,
 * with a line on `log`; a live one throws BuildLocked.
 */
export function takeLock(lock: string = LOCK, log: (line: string) => void = console.warn): () => void {
  const me: LockOwner = { pid: process.pid, started: new Date().toISOString(), host: hostname() };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, `${JSON.stringify(me)}\n`);
      closeSync(fd);
      return () => {
        if (ownerOf(lock)?.pid === me.pid) rmSync(lock, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = ownerOf(lock);
    // An unreadable lock younger than a few seconds is being written by a build starting now.
    const unreadableButFresh = !owner && existsSync(lock) && Date.now() - statSync(lock).mtimeMs < 5_000;
    if (unreadableButFresh || (owner && isRunning(owner))) throw new BuildLocked(owner, lock);
    log(`build: ${lock} was left by ${owner ? `pid ${owner.pid} (started ${owner.started})` : 'a build'}, which is no longer running; taking it over`);
    rmSync(lock, { force: true });
  }
  // Another build took the stale lock over between our two attempts.
  throw new BuildLocked(ownerOf(lock), lock);
}

/**
 * Before a build, with the lock held: removes a staging folder left by a build killed outright,
 * and finishes a swap that was cut off (dist/ renamed away, the new build not yet in place: the
 * previous build is put back).
 */
export function recoverFolders(log: (line: string) => void = console.warn): void {
  if (existsSync(STAGING)) {
    log(`build: removing ${STAGING}/, left by a build that was stopped`);
    rmSync(STAGING, { recursive: true, force: true });
  }
  if (existsSync(PREVIOUS)) {
    if (existsSync(DIST)) rmSync(PREVIOUS, { recursive: true, force: true });
    else {
      log(`build: putting back ${DIST}/ from ${PREVIOUS}/, left by a build stopped while replacing it`);
      renameSync(PREVIOUS, DIST);
    }
  }
}

/** What a finished build must hold before it may replace dist/, or null when it does. */
export function incompleteBuild(folder: string): string | null {
  const needed = ['index.html', STAMP, path.join('pagefind', 'pagefind.js')];
  const missing = needed.filter((file) => !existsSync(path.join(folder, file)));
  return missing.length > 0 ? `${folder}/ is incomplete (no ${missing.join(', ')}); ${DIST}/ is left as it was` : null;
}

/** Puts the staging folder in place of dist/: two renames, the old dist/ is removed after. */
export function swapIntoDist(): void {
  if (existsSync(DIST)) renameSync(DIST, PREVIOUS);
  try {
    renameSync(STAGING, DIST);
  } catch (error) {
    if (existsSync(PREVIOUS) && !existsSync(DIST)) renameSync(PREVIOUS, DIST);
    throw error;
  }
  rmSync(PREVIOUS, { recursive: true, force: true });
}
