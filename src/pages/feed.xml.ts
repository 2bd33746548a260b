import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { periodLabel } from '../lib/format.ts';
import { siteData } from '../lib/site-data.ts';
import { planPath } from '../lib/urls.ts';

// The feed of plans; progress updates will join it when they are published.
export const GET: APIRoute = async (context) => {
  const { plans, tasks } = await siteData();
  return rss({
    title: 'Cam kết PAPI — kế hoạch mới',
    description: 'Các kế hoạch cải thiện Chỉ số PAPI của chính quyền địa phương được công bố trên Cam kết PAPI.',
    site: context.site ?? 'http://localhost:4321',
    customData: '<language>vi</language>',
    items: [...plans]
      .sort((a, b) => b.period.from - a.period.from || a.id.localeCompare(b.id))
      .map((plan) => ({
        title: `${plan.issuer}: ${plan.title}`,
        link: planPath(plan.id),
        description: `${plan.issuer}, ${periodLabel(plan.period)}: ${tasks.filter((task) => task.plan === plan.id).length} nhiệm vụ.`,
        ...(plan.issued ? { pubDate: new Date(`${plan.issued}T00:00:00Z`) } : {}),
      })),
  });
};
