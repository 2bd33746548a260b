// @ts-check
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { headersFile } from './src/lib/deploy/security.ts';
import { editorEmail } from './src/lib/deploy/editor-email.ts';
import { localSiteWarning, siteUrl } from './src/lib/deploy/site-url.ts';
import { contentRoot } from './src/lib/content/corpus.ts';
import { referenceDate } from './src/lib/reference-date.ts';
import { inputsFingerprint, STAMP } from './scripts/lib/build-stamp.ts';
import { dataStoreFromFile } from './scripts/lib/data-store-module.ts';
import { startRecording, writeRecordedPages } from './src/lib/search/declared-pages.ts';

// The public address of the site, used for canonical links, the sitemap, the feed, the
// data package and citations. Set SITE_URL when publishing; local builds and tests use the
// dev server's address, and a build says so.
const site = siteUrl(process.env.SITE_URL);
// The editors' address for the "report an error" links (EDITOR_EMAIL): a wrong value stops here, before any page is built.
editorEmail(process.env.EDITOR_EMAIL);

/** Warns on `astro build` when SITE_URL is not set, so a published site never cites localhost unnoticed. */
const publicAddress = {
  name: 'public-address',
  hooks: {
    /** @param {{ command: string, logger: import('astro').AstroIntegrationLogger }} options */
    'astro:config:setup': ({ command, logger }) => {
      if (command === 'build' && !site.fromEnvironment) logger.warn(localSiteWarning());
    },
  },
};

/** Writes dist/_headers (security headers for static hosts) from the same policy as the <meta> tag. */
const securityHeaders = {
  name: 'security-headers',
  hooks: {
    /** @param {{ dir: URL }} options */
    'astro:build:done': ({ dir }) => {
      const sources = readdirSync(new URL('nguon/', dir))
        .filter((name) => name.endsWith('.txt'))
        .map((name) => `/nguon/${name}`);
      writeFileSync(new URL('_headers', dir), headersFile(sources));
    },
  },
};

/** Writes dist/build.json: what the build was made from, so that tests refuse a stale dist/. */
const buildStamp = {
  name: 'build-stamp',
  hooks: {
    /** @param {{ dir: URL }} options */
    'astro:build:done': ({ dir }) => {
      const content = contentRoot();
      const stamp = { content, reference_date: referenceDate(), inputs_sha256: inputsFingerprint(content) };
      writeFileSync(new URL(STAMP, dir), `${JSON.stringify(stamp, null, 2)}\n`);
    },
  },
};

/**
 * Hands the index step each page's search declaration, recorded as the page rendered
 * (src/lib/search/declared-pages.ts), so that it does not open every built page again.
 */
const searchDeclarations = {
  name: 'search-declarations',
  hooks: {
    'astro:build:start': () => startRecording(),
    /** @param {{ dir: URL, logger: import('astro').AstroIntegrationLogger }} options */
    'astro:build:done': ({ dir, logger }) => {
      const pages = writeRecordedPages(fileURLToPath(dir));
      if (pages === 0) logger.warn('no page search declaration was recorded while rendering: the index step will read them from the pages');
    },
  },
};

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // Keep the white space between elements: without it, text of adjacent elements runs together
  // ("giá đấtNội dung") in the search index and in text extraction.
  compressHTML: false,
  // The sitemap lists every page without its language alternates: @astrojs/sitemap finds
  // them by comparing every address with every other (28 s of a 3-minute build at
  // 20,000 tasks), and each page's <head> already names both languages' addresses.
  // The word boundaries of the search index: src/middleware.ts.
  // The pages read the content store from its file, not from a 130 MB bundled module at
  // 100,000 tasks: scripts/lib/data-store-module.ts.
  integrations: [mdx(), sitemap(), securityHeaders, publicAddress, buildStamp, searchDeclarations, dataStoreFromFile()],
  build: {
    format: 'directory',
    // Renders four pages at a time: while one page's file is written, the next renders.
    // 20 % off the build at 2,000 tasks on two cores (the bench's floor uses the same).
    concurrency: 4,
    // No inline styles or scripts: the Content Security Policy allows only files from the site.
    inlineStylesheets: 'never',
  },
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        /**
         * Astro's MDX integration marks each guide with the directive "use astro:head-inject", and the
         * bundler warns, 40 times a build, that it "may not be preserved". A known Astro issue
         * (withastro/astro#18087); the guides are built correctly (tested). Only that warning is dropped.
         */
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
