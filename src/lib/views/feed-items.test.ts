/** The feed's items against the real content and against hostile text (test data, never published). */
import { describe, expect, it } from 'vitest';
import { realCorpus } from '../../__tests__/real-import.ts';
import type { Progress } from '../../schemas/progress.ts';
import { FEED_UPDATES, feedItems } from './feed-items.ts';

const taskCount = (plan: string) => realCorpus.tasks.filter((task) => task.plan === plan).length;
const [task] = realCorpus.tasks;
if (!task) throw new Error('no task');
const update = (date: string, note: string | null): Progress => ({
  task: task.id,
  date,
  status: 'in_progress',
  note,
  source: { title: 'Báo cáo <b>thử</b>', number: null, date: null, url: null },
});

describe('feed items', () => {
  it('escape notes and source titles as HTML, so a feed reader shows markup as text', () => {
    const [item] = feedItems({ plans: [], progress: [update('2026-01-01', '<img src=x onerror="alert(1)">')], taskCount });
    expect(item?.description).not.toMatch(/<[a-z]/i);
    expect(item?.description).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(item?.description).toContain('Báo cáo &lt;b&gt;thử&lt;/b&gt;');
  });
  it('give each update its own guid, also two updates of one task on one day', () => {
    const items = feedItems({ plans: [], progress: [update('2026-01-01', 'a'), update('2026-01-01', 'b'), update('2026-02-01', null)], taskCount });
    const guids = items.map((item) => item.customData);
    expect(new Set(guids).size).toBe(3);
  });
  it(`keep the latest ${FEED_UPDATES} updates, newest first`, () => {
    const many = Array.from({ length: 250 }, (_, index) => update(`2026-${String((index % 12) + 1).padStart(2, '0')}-01`, String(index)));
    const items = feedItems({ plans: [], progress: many, taskCount });
    expect(items).toHaveLength(FEED_UPDATES);
    expect(items[0]?.pubDate?.toISOString().slice(0, 10)).toBe('2026-12-01');
  });
  it('list every plan after the updates', () => {
    expect(
      feedItems({ plans: realCorpus.plans, progress: [], taskCount })
        .map((item) => item.link)
        .sort(),
    ).toEqual(realCorpus.plans.map((plan) => `/ke-hoach/${plan.id}/`).sort());
  });
});
