// @ts-check
// The framework's floor for `npm run bench`: a bare Astro build with the same
// content collections as the site and one minimal page per task. The site's
// build time per page is compared with this one, timed in the same run.
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  // The same build settings as the site's (astro.config.mjs), so that the ratio
  // measures the site's work per page and not a difference of configuration.
  build: { format: 'directory', concurrency: 4 },
});
