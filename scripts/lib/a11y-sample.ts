/**
 * Which pages the default accessibility run checks: the first page of each
 * template in each language (a template is the path with its last dynamic
 * segment dropped: /ke-hoach/<plan>/, /en/nhiem-vu/<task>/, /papi/, …), and
 * every page whose markup depends on its content beyond the template: charts,
 * maps and MDX components (plan quotes in the guides).
 */
const DYNAMIC_SECTIONS = new Set(['ke-hoach', 'nhiem-vu', 'co-quan', 'dia-phuong', 'huong-dan', 'papi', 'nguon']);
/** Sections whose pages of one kind sit one segment deeper, under a fixed word: /papi/nam/<year>/. */
const NESTED_TEMPLATES: Readonly<Record<string, readonly string[]>> = { papi: ['nam'] };
const VARYING_MARKUP = /data-chart|data-map|data-plan-quote/;

/** "/en/ke-hoach/nga-nam-2021/" → "/en/ke-hoach/*"; "/papi/nam/2023/" → "/papi/nam/*"; "/papi/" stays "/papi/". */
export function templateOf(pathname: string): string {
  const parts = pathname.split('/').filter(Boolean);
  const section = parts[0] === 'en' ? parts[1] : parts[0];
  let depth = parts[0] === 'en' ? 2 : 1;
  const kind = parts[depth];
  if (section && kind && NESTED_TEMPLATES[section]?.includes(kind) && parts.length > depth + 1) depth += 1;
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
