/**
 * The day the site speaks for: BUILD_DATE (yyyy-mm-dd) when set, so that a build
 * can be reproduced, else today (UTC). One function for the corpus checks, the
 * importers, the pages and the benchmark, so they never disagree on "today".
 * An invalid BUILD_DATE stops with the value and what to write, rather than
 * being ignored; so does one outside the years the portal can speak for (a typo
 * such as 2062 would otherwise mark every deadline as passed).
 */

/** The first PAPI data year in the portal (content/papi/scores.csv): no page speaks for an earlier day. */
export const EARLIEST_REFERENCE_DATE = '2018-01-01';

/** The latest BUILD_DATE accepted: one year after the real today (UTC), for a build prepared ahead of a release. */
export function latestReferenceDate(now: Date = new Date()): string {
  const latest = new Date(now.getTime());
  latest.setUTCFullYear(latest.getUTCFullYear() + 1);
  return latest.toISOString().slice(0, 10);
}

export function referenceDate(env: Readonly<Record<string, string | undefined>> = process.env, now: Date = new Date()): string {
  const given = env.BUILD_DATE?.trim();
  if (!given) return now.toISOString().slice(0, 10);
  const parsed = Date.parse(`${given}T00:00:00Z`);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(given) && !Number.isNaN(parsed) && new Date(parsed).toISOString().startsWith(given);
  if (!valid) throw new Error(`BUILD_DATE="${given}" is not a calendar date; write it as yyyy-mm-dd (e.g. BUILD_DATE=2026-12-02), or leave it unset for today`);
  const latest = latestReferenceDate(now);
  const range = `write a day from ${EARLIEST_REFERENCE_DATE} to ${latest} as yyyy-mm-dd, or leave BUILD_DATE unset for today`;
  if (given < EARLIEST_REFERENCE_DATE) throw new Error(`BUILD_DATE="${given}" is before 2018, the first PAPI year the portal has data for; ${range}`);
  if (given > latest) throw new Error(`BUILD_DATE="${given}" is more than a year after today (${now.toISOString().slice(0, 10)}); ${range}`);
  return given;
}
