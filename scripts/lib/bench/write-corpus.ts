/**
 * Writes a generated synthetic corpus to disk without ever touching real
 * content: it refuses the repository's content/ (and anything inside it), and
 * it replaces an existing content folder only when that folder is itself a
 * synthetic corpus (its README.md carries the synthetic mark). The files go to
 * a temporary sibling folder first, so an interrupted run leaves the previous
 * corpus whole.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SYNTHETIC_MARK, type GeneratedFile } from './corpus.ts';

const inside = (child: string, parent: string) => child === parent || child.startsWith(`${parent}${path.sep}`);

/** True when `dir` is a corpus written by `npm run corpus` (its README.md is marked synthetic). */
export function isSyntheticCorpus(dir: string): boolean {
  const readme = path.join(dir, 'README.md');
  return existsSync(readme) && readFileSync(readme, 'utf8').split('\n', 1)[0]?.includes(SYNTHETIC_MARK) === true;
}

/**
 * Writes `files` to `<out>/content` and returns that folder. Throws, having
 * written nothing, when the folder is or lies inside `realContent`, or holds
 * something other than a synthetic corpus.
 */
export function writeCorpus(files: readonly GeneratedFile[], out: string, realContent: string): string {
  const contentDir = path.join(path.resolve(out), 'content');
  const real = path.resolve(realContent);
  if (inside(contentDir, real) || inside(real, contentDir)) {
    throw new Error(
      `refusing to write a synthetic corpus to ${contentDir}: it would replace or mix with the real content in ${real}. Give --out a folder of its own, for example --out .bench/corpus-2000.`,
    );
  }
  if (existsSync(contentDir) && !isSyntheticCorpus(contentDir)) {
    throw new Error(
      `refusing to replace ${contentDir}: it is not a synthetic corpus (its README.md does not carry the synthetic mark). Give --out another folder, or move that folder away yourself.`,
    );
  }
  const staging = `${contentDir}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const file of files) {
      const target = path.join(staging, file.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.content);
    }
    rmSync(contentDir, { recursive: true, force: true });
    renameSync(staging, contentDir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  return contentDir;
}
