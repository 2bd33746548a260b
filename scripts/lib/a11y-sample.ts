/**
 * Which pages the default accessibility run checks: the first page of each
 * template in each language (a template is the path with its last dynamic
 * segment dropped: /ke-hoach/<plan>/, /en/nhiem-vu/<task>/, /papi/, …), and
 * every page whose markup depends on its content beyond the template: charts,
 * maps and MDX components (plan quotes in the guides).
 */
const DYNAMIC_SECTIONS = new Set(['ke-hoach', 'nhiem-vu', 'co-quan', 'dia-phuong', 'huong-dan', 'papi', 'nguon']);
const VARYING_MARKUP = /data-chart|data-map|data-plan-quote/;

/** "/en/ke-hoach/nga-nam-2021/" → "/en/ke-hoach/*"; "/papi/" stays "/papi/". */
export function templateOf(pathname: string): string {
  const parts = pathname.split('/').filter(Boolean);
  const section = parts[0] === 'en' ? parts[1] : parts[0];
  const depth = parts[0] === 'en' ? 2 : 1;
  if (section && DYNAMIC_SECTIONS.has(section) && parts.length > depth) return `/${parts.slice(0, depth).join('/')}/*`;
  return pathname;
}

export function a11ySample(paths: readonly string[], html: (pathname: string) => string): string[] {
  const seen = new Set<string>();
  return paths.filter((pathname) => {
    const template = templateOf(pathname);
    const first = !seen.has(template);
    seen.add(template);
    return first || VARYING_MARKUP.test(html(pathname));
  });
}
