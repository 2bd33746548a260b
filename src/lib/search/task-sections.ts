/**
 * Tasks found inside plan pages. The national index ("all provinces") holds no task
 * pages: at 100,000 tasks their list alone would weigh ~850 kB before any query, and
 * pagefind would need ~13 GB to build it (issue 17). It holds the plan pages instead,
 * with their task lists indexed, and pagefind returns each task the query matches as a
 * sub-result of its plan: a section that starts at the task's heading. These helpers name
 * the ids the task list carries (TaskItem.astro) and read a task back from a plan's
 * search fragment: its page, number, lead offices, PAPI dimension and excerpt.
 * A province's own index keeps the task pages (each its own result, as before).
 */

/** Marks a plan page's task list as indexed in the national index only (scripts/search-index.ts). */
export const NATIONAL_ONLY = 'data-national-search';

const TASK_LEAD = 'chu-tri-';
/** A plan page's dimension sections (plan-filters.ts filterAnchor): chi-so-6-title, or chi-so-<other>-title for a plan's own activities. */
const DIMENSION_HEADING = /^chi-so-(.+)-title$/;

/**
 * The id of the element listing a task's lead offices. A task's heading has the task's id
 * (TaskItem.astro, where anchors have always pointed): a heading whose id has a lead list
 * of this id is a task's.
 */
export function taskLeadId(taskId: string, prefix = ''): string {
  return `${prefix}${TASK_LEAD}${taskId}`;
}

/**
 * The HTML the national index reads for a page: a plan page's task list, which the
 * province indexes skip (their task pages hold the same text), loses its
 * data-pagefind-ignore. Other pages are returned unchanged.
 */
export function indexedNationally(html: string): string {
  return html.replaceAll(`data-pagefind-ignore ${NATIONAL_ONLY}`, NATIONAL_ONLY);
}

/** What pagefind returns about a page, in the parts read here. */
export interface FragmentAnchor {
  element: string;
  id: string;
  text: string;
  location: number;
}
export interface FragmentSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: FragmentAnchor;
  /** The positions (in words) of the query's matches in the section. */
  locations?: number[];
  /** Each match with pagefind's score for it (rarer words and heavier text score more). */
  weighted_locations?: Array<{ location: number; balanced_score: number }>;
}
export interface PlanFragment {
  url: string;
  anchors?: FragmentAnchor[];
  sub_results?: FragmentSubResult[];
}

/** One task found in a plan page. */
export interface TaskInPlan {
  taskId: string;
  /** The task's number as the plan page shows it ("Nhiệm vụ 3 (PHỤ LỤC I)"). */
  title: string;
  /** The plan page's address with the task's anchor (the task's own page is taskPath(taskId)). */
  url: string;
  /** The lead offices as the page lists them ("Phòng Tư pháp; Công an xã"), or "" when none is printed. */
  lead: string;
  /** The PAPI dimension the task is listed under, or null (a plan's own activities). */
  dimension: number | null;
  excerpt: string;
}

/**
 * How well a section answers the query, for ordering the tasks of one plan: pagefind lists
 * them in page order, and a long plan matches "hòa giải cơ sở" in a hundred sections through
 * "cơ sở" alone. First the longest run of matched words each at most two words after the last
 * (the query's words as a phrase, a small word allowed between: "hòa giải ở cơ sở"), then
 * pagefind's own scores summed.
 */
export function sectionRank(sub: FragmentSubResult): [number, number] {
  const locations = [...new Set(sub.locations ?? [])].sort((a, b) => a - b);
  let longest = locations.length > 0 ? 1 : 0;
  let run = 1;
  for (let index = 1; index < locations.length; index += 1) {
    run = (locations[index] ?? 0) - (locations[index - 1] ?? 0) <= 2 ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  const score = (sub.weighted_locations ?? []).reduce((sum, match) => sum + match.balanced_score, 0);
  return [longest, score];
}

/**
 * How many of the query's words must stand together in a task's section for the task to be
 * listed: pagefind returns every section holding any one of the words, and with tone marks
 * folded "hộ nghèo" matches "hỗ trợ" in a hundred tasks of one plan. Two words in a row (one
 * small word allowed between) for a query of two words or more; one word otherwise.
 */
export function wordsTogether(query: string): number {
  return Math.min(2, query.replace(/["“”]/g, ' ').trim().split(/\s+/u).filter(Boolean).length);
}

/** The tasks of a plan fragment that the query matched, best first (sectionRank), with at least `together` of its words in a row. */
export function tasksInPlan(fragment: PlanFragment, together = 1): TaskInPlan[] {
  const anchors = [...(fragment.anchors ?? [])].sort((a, b) => a.location - b.location);
  const leads = new Map(anchors.filter((anchor) => anchor.id.startsWith(TASK_LEAD)).map((anchor) => [anchor.id.slice(TASK_LEAD.length), anchor.text.trim()]));
  const dimensionAt = (location: number): number | null => {
    let dimension: number | null = null;
    for (const anchor of anchors) {
      if (anchor.location > location) break;
      const match = DIMENSION_HEADING.exec(anchor.id);
      if (match) dimension = /^\d+$/.test(match[1] ?? '') ? Number(match[1]) : null;
    }
    return dimension;
  };
  const tasks: Array<TaskInPlan & { rank: [number, number] }> = [];
  for (const sub of fragment.sub_results ?? []) {
    const anchor = sub.anchor;
    if (!anchor || !leads.has(anchor.id)) continue;
    const taskId = anchor.id;
    tasks.push({
      taskId,
      title: anchor.text.replace(/[:\s]+$/u, '').trim() || sub.title,
      url: sub.url,
      lead: leads.get(taskId) ?? '',
      dimension: dimensionAt(anchor.location),
      excerpt: sub.excerpt,
      rank: sectionRank(sub),
    });
  }
  // A stable sort: tasks that rank the same keep the plan's order.
  return tasks
    .filter((task) => task.rank[0] >= together)
    .sort((a, b) => b.rank[0] - a.rank[0] || b.rank[1] - a.rank[1])
    .map(({ rank: _rank, ...task }) => task);
}

/**
 * Whether a task found in a plan keeps the task-level filters chosen: the dimension
 * ("6. Cung ứng dịch vụ công", as the task pages' filter reads) and the lead office
 * (one of the names in its lead list, as the task pages' filter reads).
 */
export function keepsTaskFilters(task: TaskInPlan, filters: { dimension?: string | undefined; agency?: string | undefined }): boolean {
  if (filters.dimension) {
    const number = Number(/^(\d+)\./.exec(filters.dimension)?.[1] ?? NaN);
    if (task.dimension !== number) return false;
  }
  if (filters.agency && !task.lead.split('; ').includes(filters.agency)) return false;
  return true;
}
