/**
 * Lets the pages being built read Astro's content store from its file instead of from a
 * bundled module.
 *
 * Astro hands the pages its content store (node_modules/.astro/data-store.json, written by
 * the content sync) as a module, `export default JSON.parse("…")`: the whole store as one
 * string literal, which the bundler parses and writes out, and Node then parses again as
 * source before JSON.parse. At 100,000 tasks the store is 121 MB and that module 131 MB;
 * the astro build's peak memory was 4.38 GB with it and 3.61 GB without (alone, with the
 * data downloads written in pieces: scripts/bench/README.md). A static build renders its
 * pages on the machine that built them, right after, from the same store file: so in
 * `astro build` the module reads the file when the pages are rendered. The client never
 * imports the store; the dev server keeps Astro's module (it reloads it on edits).
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
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'data-store-from-file',
                enforce: 'pre',
                load(id) {
                  if (id !== RESOLVED_DATA_STORE_ID || this.environment.name === 'client') return undefined;
                  return { code: dataStoreModuleCode(file, existsSync(file)), map: { mappings: '' } };
                },
              },
            ],
          },
        });
      },
    },
  };
}
