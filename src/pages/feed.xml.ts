import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { periodLabel } from '@lib/format.ts';
import { siteData } from '@data/site-data.ts';
import { LOCAL_SITE_URL } from '@lib/deploy/site-url.ts';
import { planPath, taskPath } from '@lib/routes/urls.ts';
import { t, type UiKey } from '@i18n/index.ts';

// The feed of plans and of progress updates, each update with its source.
export const GET: APIRoute = async (context) => {
  const { plans, tasks, progress } = await siteData();
  const updates = [...progress]
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((update) => ({
      title: `${t('vi', 'feed.update')}: ${update.task} — ${t('vi', `status.${update.status}` as UiKey)}`,
      link: taskPath(update.task),
      description: `${t('vi', `status.${update.status}` as UiKey)} (${update.date}). ${t('vi', 'progress.source')} ${update.source.title}${update.note ? `. ${update.note}` : ''}`,
      pubDate: new Date(`${update.date}T00:00:00Z`),
    }));
  return rss({
    title: 'Cam kết PAPI — kế hoạch và cập nhật tiến độ',
    description: 'Các kế hoạch cải thiện Chỉ số PAPI của chính quyền địa phương được công bố trên Cam kết PAPI.',
    site: context.site ?? LOCAL_SITE_URL,
    customData: '<language>vi</language>',
    items: [
      ...updates,
      ...[...plans]
        .sort((a, b) => b.period.from - a.period.from || a.id.localeCompare(b.id))
        .map((plan) => ({
          title: `${plan.issuer}: ${plan.title}`,
          link: planPath(plan.id),
          description: `${plan.issuer}, ${periodLabel(plan.period)}: ${tasks.filter((task) => task.plan === plan.id).length} nhiệm vụ.`,
          ...(plan.issued ? { pubDate: new Date(`${plan.issued}T00:00:00Z`) } : {}),
        })),
    ],
  });
};
