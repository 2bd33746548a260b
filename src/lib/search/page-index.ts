/**
 * What a page tells the search index about itself: its type, the metadata shown
 * in a result (plan, locality, lead agency) and the values it can be filtered by.
 */
export type SearchType = 'task' | 'plan' | 'agency' | 'place' | 'papi' | 'guide';

export interface PageIndex {
  type: SearchType;
  /** Result metadata: key → text shown with the result. */
  meta: Record<string, string>;
  /** Filters: key → one or more values. */
  filters: Partial<Record<'plan' | 'province' | 'dimension' | 'agency' | 'type' | 'year', string[]>>;
  /** The province of today whose index the page goes into (scope.ts); none for the general index. */
  scope?: string | null;
  /**
   * False for a page that is only in its province's index, not in the national one: a task
   * (found there inside its plan, task-sections.ts), the office of a district, commune or
   * hamlet (3,321 communes' offices, a name shared by thousands, would be most of the national
   * index's page list) and the issuer page of a commune of today, whose commune page is there
   * (scope.ts localityInNationalIndex). Omitted: in both.
   */
  national?: boolean;
  /**
   * True for a plan page, which lists its tasks for the indexes that find tasks inside plans
   * (task-sections.ts NATIONAL_ONLY): said here, near the top of the page, so that the build
   * learns it without reading the whole page (scripts/search-index.ts).
   */
  taskList?: boolean;
}

/** Years a period covers, as filter values ("2021", "2022", …). */
export function periodYears(period: { from: number; to: number }): string[] {
  return Array.from({ length: period.to - period.from + 1 }, (_, index) => String(period.from + index));
}
