import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/lib/content/corpus.ts';
import { generateCorpus, SYNTHETIC_MARK, vocabularyOf } from './corpus.ts';

describe('the synthetic corpus generator', () => {
  const vocabulary = vocabularyOf(loadCorpus('content'));
  it('produces content that the schemas and cross-checks accept', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'papi-synthetic-'));
    try {
      for (const file of generateCorpus(120, vocabulary, 7)) {
        mkdirSync(path.dirname(path.join(root, file.path)), { recursive: true });
        writeFileSync(path.join(root, file.path), file.content);
      }
      const corpus = loadCorpus(root, { today: '2026-11-22' });
      expect(corpus.tasks).toHaveLength(120);
      expect(corpus.plans).toHaveLength(3);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
  it('marks every plan and file as synthetic', () => {
    const files = generateCorpus(60, vocabulary, 7);
    expect(files.filter((file) => !file.content.includes(SYNTHETIC_MARK) && !file.path.endsWith('.txt'))).toEqual([]);
    expect(files.filter((file) => file.path.endsWith('plan.yaml')).every((file) => file.content.includes('[Dữ liệu thử]'))).toBe(true);
  });
  it('is reproducible for a seed', () => {
    expect(generateCorpus(50, vocabulary, 3)).toEqual(generateCorpus(50, vocabulary, 3));
  });
});
