/**
 * Which pages the default accessibility run checks: the first page of each
 * template in each language (a template is the path with its last dynamic
 * segment dropped: /ke-hoach/<plan>/, /en/nhiem-vu/<task>/, /papi/, …), and
 * every page whose markup depends on its content beyond the template: maps and
 * MDX components (plan quotes in the guides), and the first CHART_PAGES pages
 * with a chart of each template (86 province pages draw the same charts from
 * other figures: checking all of them tripled the browser stage).
 */
const DYNAMIC_SECTIONS = new Set(['ke-hoach', 'nhiem-vu', 'co-quan', 'dia-phuong', 'huong-dan', 'papi', 'nguon']);
const VARYING_MARKUP = /data-map|data-plan-quote/;
const CHARTS = /data-chart/;
const CHART_PAGES = 6;
/** Fixed segments under a dynamic section that start templates of their own: the A–Z of old names (/dia-phuong/ten-cu/a/), the PAPI years (/papi/nam/2023/). */
const FIXED_SEGMENTS = new Set(['ten-cu', 'nam']);

// "/en/ke-hoach/nga-nam-2021/" → "/en/ke-hoach/*"; "/dia-phuong/can-tho/phuong-nga-nam/" → "/dia-phuong/*/*"
// (a commune page, a template of its own); "/papi/" stays "/papi/".
export function templateOf(pathname: string): string {
  const parts = pathname.split('/').filter(Boolean);
  const section = parts[0] === 'en' ? parts[1] : parts[0];
  const depth = parts[0] === 'en' ? 2 : 1;
  if (section && DYNAMIC_SECTIONS.has(section) && parts.length > depth)
    return `/${[...parts.slice(0, depth), ...parts.slice(depth).map((part) => (FIXED_SEGMENTS.has(part) ? part : '*'))].join('/')}/`.replace(/\/$/, '');
  return pathname;
}

/** A commune page of today: /dia-phuong/<province>/<commune>/ (6,642 pages of one template). */
const COMMUNE_PAGE = /^(?:\/en)?\/dia-phuong\/(?!ten-cu\/)[^/]+\/[^/]+\/$/;

/**
 * The exhaustive run (A11Y_ALL=1): every page, except that of the 6,642 commune
 * pages, which share one template, it checks the first of each province and every
 * `every`-th one (about 200), so that the run stays within CI's time.
 */
export function a11yAll(paths: readonly string[], every = 50): string[] {
  const provinces = new Set<string>();
  let communes = 0;
  return paths.filter((pathname) => {
    if (!COMMUNE_PAGE.test(pathname)) return true;
    const province = pathname.split('/').slice(0, -2).join('/');
    const firstOfProvince = !provinces.has(province);
    provinces.add(province);
    communes += 1;
    return firstOfProvince || communes % every === 0;
  });
}

export function a11ySample(paths: readonly string[], html: (pathname: string) => string): string[] {
  const seen = new Set<string>();
  const charts = new Map<string, number>();
  return paths.filter((pathname) => {
    const template = templateOf(pathname);
    const first = !seen.has(template);
    seen.add(template);
    const markup = html(pathname);
    if (first || VARYING_MARKUP.test(markup)) return true;
    if (!CHARTS.test(markup)) return false;
    const counted = charts.get(template) ?? 0;
    charts.set(template, counted + 1);
    return counted < CHART_PAGES;
  });
}
