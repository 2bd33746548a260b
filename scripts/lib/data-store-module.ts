/**
 * Lets the pages being built read Astro's content store from its file instead of from a
 * bundled module.
 *
 * Astro hands the pages its content store (node_modules/.astro/data-store.json, written by
 * the content sync) as a module, `export default JSON.parse("…")`: the whole store as one
 * string literal, which the bundler parses and writes out, and Node then parses again as
 * source before JSON.parse. At 100,000 tasks the store is 121 MB and that module 131 MB,
 * and the bundler's work on it was the astro build's memory peak: without it the peak fell
 * from 3.61–4.38 GB to 2.55 GB at 100,000 tasks, and from 1.87–2.13 GB to 1.46 GB at 20,000
 * (scripts/bench/README.md). A static build renders its pages on the machine that built
 * them, right after, from the same store file: so in `astro build` the module reads the
 * file when the pages are rendered. The client never imports the store; the dev server
 * keeps Astro's module (it reloads it on edits).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's virtual module of the content store, as its resolver names it (astro/dist/content/consts.js). */
export const RESOLVED_DATA_STORE_ID = '\0astro:data-layer-content';

/**
 * The module's code: the store read from `file` when the module runs, or an empty store
 * when the content sync wrote none (what Astro's own module gives then).
 */
export function dataStoreModuleCode(file: string, exists: boolean): string {
  if (!exists) return 'export default new Map();\n';
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
}

/** The integration: in `astro build`, the store module of the server build reads the store file. */
export function dataStoreFromFile(): AstroIntegration {
  return {
    name: 'data-store-from-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        // The environments whose store module this plugin wrote.
        const replaced = new Set<string>();
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'data-store-from-file',
                enforce: 'pre',
                // Astro's own plugin loads the module, in the same 'pre' group, and comes first:
                // `order: 'pre'` runs this hook before it.
                load: {
                  order: 'pre',
                  handler(id) {
                    if (id !== RESOLVED_DATA_STORE_ID || this.environment.name === 'client') return undefined;
                    replaced.add(this.environment.name);
                    return { code: dataStoreModuleCode(file, existsSync(file)), map: { mappings: '' } };
                  },
                },
                // Says so if a later Astro loads its store another way: the site is the same, the memory is not.
                generateBundle(_options, bundle) {
                  const bundled = Object.values(bundle).some((item) => item.type === 'chunk' && item.moduleIds.includes(RESOLVED_DATA_STORE_ID));
                  if (bundled && !replaced.has(this.environment.name)) {
                    this.warn(
                      `Astro's content store was bundled as a module, not read from ${file}: scripts/lib/data-store-module.ts no longer replaces it (has Astro changed how it loads "${RESOLVED_DATA_STORE_ID.slice(1)}"?). The pages are the same; the build takes more memory.`,
                    );
                  }
                },
              },
            ],
          },
        });
      },
    },
  };
}
