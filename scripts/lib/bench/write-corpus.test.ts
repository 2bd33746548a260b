import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SYNTHETIC_MARK, type GeneratedFile } from './corpus.ts';
import { isSyntheticCorpus, writeCorpus } from './write-corpus.ts';

const corpus: GeneratedFile[] = [
  { path: 'README.md', content: `# ${SYNTHETIC_MARK}\n` },
  { path: 'plans/tong-hop-1-2025/tasks.yaml', content: `# ${SYNTHETIC_MARK}\n[]\n` },
];

describe('writeCorpus', () => {
  let root: string;
  let realContent: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'write-corpus-'));
    realContent = path.join(root, 'content');
    mkdirSync(path.join(realContent, 'plans'), { recursive: true });
    writeFileSync(path.join(realContent, 'localities.yaml'), 'real: true\n');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('writes <out>/content and marks it synthetic', () => {
    const written = writeCorpus(corpus, path.join(root, '.bench', 'corpus-2'), realContent);
    expect(written).toBe(path.join(root, '.bench', 'corpus-2', 'content'));
    expect(isSyntheticCorpus(written)).toBe(true);
    expect(readFileSync(path.join(written, 'plans/tong-hop-1-2025/tasks.yaml'), 'utf8')).toContain(SYNTHETIC_MARK);
  });

  it('refuses --out at the repository root, which would replace the real content, and leaves it whole', () => {
    expect(() => writeCorpus(corpus, root, realContent)).toThrow(
      /refusing to write a synthetic corpus to .*content: it would replace or mix with the real content/,
    );
    expect(readFileSync(path.join(realContent, 'localities.yaml'), 'utf8')).toBe('real: true\n');
    expect(readdirSync(root)).toEqual(['content']);
  });

  it('refuses a folder inside the real content', () => {
    expect(() => writeCorpus(corpus, path.join(realContent, 'plans'), realContent)).toThrow(/real content/);
  });

  it('refuses to replace a content folder that is not a synthetic corpus', () => {
    const other = path.join(root, 'other-project');
    mkdirSync(path.join(other, 'content'), { recursive: true });
    writeFileSync(path.join(other, 'content', 'README.md'), '# My notes\n');
    expect(() => writeCorpus(corpus, other, realContent)).toThrow(/refusing to replace .*not a synthetic corpus/);
    expect(readFileSync(path.join(other, 'content', 'README.md'), 'utf8')).toBe('# My notes\n');
  });

  it('replaces an earlier synthetic corpus, leaving no staging folder', () => {
    const out = path.join(root, 'bench');
    writeCorpus([...corpus, { path: 'old.yaml', content: 'old\n' }], out, realContent);
    writeCorpus(corpus, out, realContent);
    expect(existsSync(path.join(out, 'content', 'old.yaml'))).toBe(false);
    expect(readdirSync(out)).toEqual(['content']);
  });

  it('keeps the earlier corpus whole when writing fails', () => {
    const out = path.join(root, 'bench');
    writeCorpus(corpus, out, realContent);
    const unwritable: GeneratedFile[] = [...corpus, { path: 'README.md/inside', content: 'x' }];
    expect(() => writeCorpus(unwritable, out, realContent)).toThrow();
    expect(isSyntheticCorpus(path.join(out, 'content'))).toBe(true);
    expect(readdirSync(out)).toEqual(['content']);
  });
});
