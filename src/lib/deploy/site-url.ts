/**
 * The public address of the site, from the SITE_URL environment variable. It
 * goes into canonical links, the sitemap, the feed, the data package and the
 * citation a journalist copies from a task page, so a published build must
 * name it; local builds and the tests use the dev server's address.
 */
export const LOCAL_SITE_URL = 'http://localhost:4321';

export interface SiteUrl {
  /** The address, always ending in "/". */
  url: string;
  /** False when SITE_URL was not set and the local address is used. */
  fromEnvironment: boolean;
}

const HOW_TO_SET = 'Set it to the public address of the site, for example SITE_URL=https://papi.example.org npm run build.';

/** Reads SITE_URL; an address that is not absolute http(s) is an error that says how to set it. */
export function siteUrl(value: string | undefined): SiteUrl {
  const given = value?.trim();
  if (!given) return { url: `${LOCAL_SITE_URL}/`, fromEnvironment: false };
  let parsed: URL;
  try {
    parsed = new URL(given);
  } catch {
    throw new Error(`SITE_URL="${given}" is not an address. ${HOW_TO_SET}`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`SITE_URL="${given}" must start with https:// (or http://). ${HOW_TO_SET}`);
  }
  if (parsed.username || parsed.password) {
    // The address goes into every page, the sitemap and the feed: credentials in it would be published.
    throw new Error(
      `SITE_URL has a user name or password in it (…@${parsed.host}); they would be published in every page. Give the public address only, for example https://${parsed.host}/.`,
    );
  }
  if (parsed.search || parsed.hash) {
    throw new Error(`SITE_URL="${given}" has a query or fragment; give the address of the site's home page only, for example https://papi.example.org/.`);
  }
  if (parsed.pathname !== '/') {
    // Pages link to /ke-hoach/…, /pagefind/… from the root; Astro's `base` is not set.
    throw new Error(
      `SITE_URL="${given}" has a path; the site is served from the root of its host (its links start with /). Use an address like https://papi.example.org, or a host of its own.`,
    );
  }
  return { url: parsed.toString(), fromEnvironment: true };
}

/** The warning a build prints when SITE_URL is not set. */
export function localSiteWarning(): string {
  return `SITE_URL is not set: canonical links, the sitemap, the feed and the data package point to ${LOCAL_SITE_URL}/ (task citations use the address the reader is on). Set SITE_URL to the public address before publishing (see "Publishing the site" in README.md).`;
}

/**
 * The site's public address when SITE_URL names one, else null: a page then
 * cites a root-relative path and lets the reader's browser fill in the address
 * it is being read at, so that no copied citation points to localhost.
 */
export function publicSite(): string | null {
  const site = siteUrl(process.env.SITE_URL);
  return site.fromEnvironment ? site.url : null;
}

/** A task's (or any page's) permalink: absolute under SITE_URL, else the path, to be completed on the reader's device. */
export function permalinkFor(path: string, site: string | null): string {
  return site ? new URL(path, site).toString() : path;
}
