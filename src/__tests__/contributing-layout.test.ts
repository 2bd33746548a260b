/**
 * CONTRIBUTING.md's layout table must keep up with the tree: every folder of
 * src/lib/, src/ and scripts/ is named in it, and every path it names exists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const doc = readFileSync('CONTRIBUTING.md', 'utf8');
const layout = doc.slice(doc.indexOf('## Layout'), doc.indexOf('## Add a plan'));
const folders = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${path.join(dir, entry.name)}/`);

describe('CONTRIBUTING.md layout', () => {
  it('names every folder of src/, src/lib/ and scripts/', () => {
    const named = (folder: string) => layout.includes(`\`${folder}`) || layout.includes(folder.replace(/^src\/lib\//, '').replace(/\/$/, ''));
    const missing = [...folders('src'), ...folders('src/lib'), ...folders('scripts')].filter((folder) => !named(folder));
    expect(missing).toEqual([]);
  });
  it('names only paths that exist', () => {
    const paths = [...layout.matchAll(/`((?:src|scripts|content|public)\/[^`<*]*)`/g)].map((match) => (match[1] ?? '').replace(/\/$/, ''));
    expect(paths.length).toBeGreaterThan(20);
    expect(paths.filter((entry) => !existsSync(entry))).toEqual([]);
  });
});
