/** Site paths, in one place so pages, feeds and open data agree. */

export function planPath(planId: string): string {
  return `/ke-hoach/${planId}/`;
}

export function taskPath(taskId: string): string {
  return `/nhiem-vu/${taskId}/`;
}

export function agencyPath(agencyId: string): string {
  return `/co-quan/${agencyId}/`;
}

export function sourcePath(file: string): string {
  return `/nguon/${file}`;
}

export function dataPath(file: string): string {
  return `/data/${file}`;
}
