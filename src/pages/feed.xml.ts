import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteData } from '@data/site-data.ts';
import { LOCAL_SITE_URL } from '@lib/deploy/site-url.ts';
import { feedItems } from '@lib/views/feed-items.ts';

// The feed of plans and of progress updates, each update with its source (src/lib/views/feed-items.ts).
export const GET: APIRoute = async (context) => {
  const { plans, progress, indexes } = await siteData();
  return rss({
    title: 'Cam kết PAPI — kế hoạch và cập nhật tiến độ',
    description: 'Các kế hoạch cải thiện Chỉ số PAPI của chính quyền địa phương được công bố trên Cam kết PAPI.',
    site: context.site ?? LOCAL_SITE_URL,
    customData: '<language>vi</language>',
    items: feedItems({ plans, progress, taskCount: (plan) => indexes.tasksByPlan.get(plan)?.length ?? 0 }),
  });
};
