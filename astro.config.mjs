// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

// The public address of the site, used for canonical links and the open data's URLs.
// Set SITE_URL when deploying; the default serves local builds and tests.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [mdx()],
  build: { format: 'directory' },
});
