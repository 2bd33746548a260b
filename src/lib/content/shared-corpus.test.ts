/**
 * The collections share one read of the corpus, and the last loader lets it go
 * (content.config.ts): the build keeps no second copy of the content while it renders.
 * Reads the real content.
 */
import { describe, expect, it } from 'vitest';
import type { Corpus } from './corpus.ts';
import { sharedCorpus } from './corpus.ts';

describe('sharedCorpus', () => {
  it('gives every loader the same corpus, then reads it again once all have run', () => {
    const fromCorpus = sharedCorpus(() => 'content');
    const whole = (corpus: Corpus) => corpus;
    const plans = fromCorpus(whole);
    const tasks = fromCorpus(whole);
    const first = plans();
    expect(first.tasks.length).toBeGreaterThan(0);
    // The second loader is the last: it still reads the same corpus, and releases it.
    expect(tasks()).toBe(first);
    // A loader run again (Astro's dev server reloading) reads the content afresh.
    const again = plans();
    expect(again).not.toBe(first);
    expect(again.tasks.map((task) => task.id)).toEqual(first.tasks.map((task) => task.id));
    expect(tasks()).toBe(again);
  });

  it('counts a loader that failed as run', () => {
    const fromCorpus = sharedCorpus(() => 'content');
    const failing = fromCorpus(() => {
      throw new Error('a loader failed');
    });
    const whole = fromCorpus((corpus: Corpus) => corpus);
    expect(failing).toThrow('a loader failed');
    const first = whole();
    expect(whole()).not.toBe(first);
  });
});
