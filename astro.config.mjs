// @ts-check
import { writeFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { headersFile } from './src/lib/site/security.ts';

// The public address of the site, used for canonical links, the sitemap and the feed.
// Set SITE_URL when deploying; the default serves local builds and tests.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

/** Writes dist/_headers (security headers for static hosts) from the same policy as the <meta> tag. */
const securityHeaders = {
  name: 'security-headers',
  hooks: {
    /** @param {{ dir: URL }} options */
    'astro:build:done': ({ dir }) => writeFileSync(new URL('_headers', dir), headersFile()),
  },
};

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [mdx(), sitemap({ i18n: { defaultLocale: 'vi', locales: { vi: 'vi-VN', en: 'en-GB' } } }), securityHeaders],
  build: {
    format: 'directory',
    // No inline styles or scripts: the Content Security Policy allows only files from the site.
    inlineStylesheets: 'never',
  },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
