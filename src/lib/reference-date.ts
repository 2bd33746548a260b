/**
 * The day the site speaks for: BUILD_DATE (yyyy-mm-dd) when set, so that a build
 * can be reproduced, else today (UTC). One function for the corpus checks, the
 * importers, the pages and the benchmark, so they never disagree on "today".
 * An invalid BUILD_DATE stops with the value and what to write, rather than
 * being ignored.
 */
export function referenceDate(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const given = env.BUILD_DATE?.trim();
  if (!given) return new Date().toISOString().slice(0, 10);
  const parsed = Date.parse(`${given}T00:00:00Z`);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(given) && !Number.isNaN(parsed) && new Date(parsed).toISOString().startsWith(given);
  if (!valid) throw new Error(`BUILD_DATE="${given}" is not a calendar date; write it as yyyy-mm-dd (e.g. BUILD_DATE=2026-12-02), or leave it unset for today`);
  return given;
}
