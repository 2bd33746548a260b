/**
 * The feed's items: the latest progress updates, then the plans.
 *
 * A description is HTML to a feed reader: the text is escaped as HTML here, and the
 * RSS writer escapes it again as XML, so that a note reading "<img onerror=…>" reaches
 * the reader as text, never as markup. Each update has a guid of its own (a task's later
 * updates are not hidden as repeats), and the feed keeps the latest FEED_UPDATES; the
 * whole history is in /data/progress.json and progress.csv.
 */
import { t, type UiKey } from '../../i18n/index.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { Progress } from '../../schemas/progress.ts';
import { periodLabel } from '../format.ts';
import { planPath, taskPath } from '../routes/urls.ts';
import { escapeHtml } from '../text/escape.ts';

export const FEED_UPDATES = 100;

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate?: Date;
  customData?: string;
}

export function feedItems(input: { plans: readonly Plan[]; progress: readonly Progress[]; taskCount: (plan: string) => number }): FeedItem[] {
  const updates = input.progress
    .map((update, index) => ({ update, index }))
    .sort((a, b) => b.update.date.localeCompare(a.update.date) || b.index - a.index)
    .slice(0, FEED_UPDATES)
    .map(({ update, index }) => ({
      title: `${t('vi', 'feed.update')}: ${update.task} — ${t('vi', `status.${update.status}` as UiKey)}`,
      link: taskPath(update.task),
      description: escapeHtml(
        `${t('vi', `status.${update.status}` as UiKey)} (${update.date}). ${t('vi', 'progress.source')} ${update.source.title}${update.note ? `. ${update.note}` : ''}`,
      ),
      pubDate: new Date(`${update.date}T00:00:00Z`),
      // Slug characters and digits only: safe inside the XML the RSS writer parses.
      customData: `<guid isPermaLink="false">tien-do/${update.task}/${update.date}/${index}</guid>`,
    }));
  const plans = [...input.plans]
    .sort((a, b) => b.period.from - a.period.from || a.id.localeCompare(b.id))
    .map((plan) => ({
      title: `${plan.issuer}: ${plan.title}`,
      link: planPath(plan.id),
      description: escapeHtml(`${plan.issuer}, ${periodLabel(plan.period)}: ${input.taskCount(plan.id)} nhiệm vụ.`),
      ...(plan.issued ? { pubDate: new Date(`${plan.issued}T00:00:00Z`) } : {}),
    }));
  return [...updates, ...plans];
}
