import { z } from 'astro/zod';
import { bilingual, isoDate } from './common.ts';

/**
 * One dated change of the published data files (content/data-changelog.yaml),
 * shown on /du-lieu/ and giving the data package its version. Entries come from
 * the history of the files that build /data/; none is written ahead of its change.
 */
export const dataChangeSchema = z.strictObject({
  /** Version of the data after this change: major.minor; the major number rises when a column or file a reader relies on changes. */
  version: z.string().regex(/^\d+\.\d+$/, 'write the version as major.minor, e.g. "1.2"'),
  /** Day the change was made (yyyy-mm-dd). */
  date: isoDate,
  /** The files it concerns, as named under /data/ ("tasks.csv", "ke-hoach/*.csv"). */
  files: z.array(z.string().regex(/^[a-z0-9*-]+(?:\/[a-z0-9*-]+)*\.[a-z.]+$/, 'name a file under /data/, e.g. "tasks.csv"')).min(1, 'name at least one file'),
  /** What changed, in Vietnamese and English. */
  change: bilingual,
  /** The commit that made the change, when the history names one. */
  commit: z
    .string()
    .regex(/^[0-9a-f]{7,40}$/, 'give the commit as 7 to 40 hexadecimal digits')
    .nullable()
    .default(null),
});

export type DataChange = z.output<typeof dataChangeSchema>;

/** Orders versions "1.9" < "1.10" < "2.0". */
export function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

/** The changelog is newest first, with each version once and versions rising with the dates. */
export function changelogProblems(entries: readonly DataChange[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.version)) problems.push(`version ${entry.version} is listed twice`);
    seen.add(entry.version);
    const older = entries[index + 1];
    if (!older) return;
    if (older.date > entry.date)
      problems.push(`version ${entry.version} (${entry.date}) is above an entry of a later date (${older.date}); list the newest first`);
    if (compareVersions(entry.version, older.version) <= 0)
      problems.push(`version ${entry.version} must be higher than the version below it (${older.version})`);
  });
  return problems;
}
