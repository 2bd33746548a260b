/**
 * Groups markers that would overlap on screen, so that every marker is a
 * target of at least 28 px that does not cover another (WCAG 2.5.8): the places
 * in the Mekong delta lie a few kilometres apart and overlap at country scale.
 * A group becomes one marker whose popup lists every place in it.
 */
export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
}

/** Greedy grouping: each point joins the first group whose first point is closer than `distance` pixels. */
export function clusterByDistance<T extends ScreenPoint>(points: readonly T[], distance: number): T[][] {
  const groups: T[][] = [];
  for (const point of points) {
    const group = groups.find((candidate) => {
      const first = candidate[0];
      return first !== undefined && Math.hypot(first.x - point.x, first.y - point.y) < distance;
    });
    if (group) group.push(point);
    else groups.push([point]);
  }
  return groups;
}
