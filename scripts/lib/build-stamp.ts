/**
 * What a build was made from, so that tests on dist/ can refuse a stale build
 * instead of passing (or skipping) against it. The build writes dist/build.json
 * with a fingerprint of its inputs (content, code, styles, public files, config,
 * lock file); the output and browser tests compare it with the tree as it is now.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const STAMP = 'build.json';

/** Test files and test helpers do not change what is built. */
const IGNORED = /(?:\.test\.ts$|(?:^|\/)__tests__\/|(?:^|\/)__e2e__\/)/;

function filesUnder(entry: string): string[] {
  if (!existsSync(entry)) return [];
  if (statSync(entry).isFile()) return [entry];
  return readdirSync(entry, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(entry, name))
    .filter((file) => statSync(file).isFile() && !IGNORED.test(file.split(path.sep).join('/')));
}

/** sha256 over the build's inputs, by path and content, in a stable order. */
export function inputsFingerprint(contentDir: string): string {
  const inputs = [contentDir, 'src', 'public', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'].flatMap(filesUnder).sort();
  const hash = createHash('sha256');
  for (const file of inputs) hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

export interface BuildStamp {
  /** The content tree built (content/ for the published site). */
  content: string;
  /** The reference day the pages speak for (BUILD_DATE or the build's day). */
  reference_date: string;
  inputs_sha256: string;
}

/** Why dist/ cannot be tested as the build of the tree as it is, or null when it can. */
export function staleBuildProblem(dist: string, contentDir: string): string | null {
  const file = path.join(dist, STAMP);
  if (!existsSync(file)) return `${dist}/ has no ${STAMP}: build the site first (npm run build)`;
  if (!existsSync(path.join(dist, 'pagefind', 'pagefind.js')))
    return `${dist}/ has no search index: run the whole build (npm run build runs astro build, then pagefind)`;
  const stamp = JSON.parse(readFileSync(file, 'utf8')) as BuildStamp;
  if (path.resolve(stamp.content) !== path.resolve(contentDir)) return `${dist}/ was built from ${stamp.content}, not ${contentDir}: run npm run build`;
  if (stamp.inputs_sha256 !== inputsFingerprint(contentDir)) return `${dist}/ is stale: the content or the code changed since it was built; run npm run build`;
  return null;
}
