/**
 * Peak memory of a process tree, read from /proc/<pid>/status (Linux). The
 * bench samples the whole tree of a build (node and anything it starts) and
 * keeps the largest sum of resident memory it saw; a process's own high-water
 * mark (VmHWM) catches peaks between two samples for the largest process.
 */

export interface ProcessMemory {
  pid: number;
  ppid: number;
  /** Resident set size now, in bytes. */
  rss: number;
  /** Highest resident set size of this process so far, in bytes. */
  hwm: number;
}

const field = (text: string, name: string): string | undefined => new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(text)?.[1]?.trim();

/** Parses /proc/<pid>/status; null for a kernel thread or a process already gone (no VmRSS). */
export function parseProcStatus(text: string): ProcessMemory | null {
  const pid = Number(field(text, 'Pid'));
  const ppid = Number(field(text, 'PPid'));
  const kb = (name: string) => {
    const match = /^(\d+)\s*kB$/.exec(field(text, name) ?? '');
    return match ? Number(match[1]) * 1024 : null;
  };
  const rss = kb('VmRSS');
  if (!Number.isInteger(pid) || !Number.isInteger(ppid) || rss === null) return null;
  return { pid, ppid, rss, hwm: kb('VmHWM') ?? rss };
}

/** The root process and all its descendants among `processes`. */
export function processTree(root: number, processes: readonly ProcessMemory[]): ProcessMemory[] {
  const children = new Map<number, ProcessMemory[]>();
  for (const process of processes) children.set(process.ppid, [...(children.get(process.ppid) ?? []), process]);
  const tree: ProcessMemory[] = [];
  const queue = processes.filter((process) => process.pid === root);
  for (let next = queue.shift(); next; next = queue.shift()) {
    tree.push(next);
    queue.push(...(children.get(next.pid) ?? []));
  }
  return tree;
}

/** Folds one sample of a tree into the running peak: the larger of the summed RSS and any single process's high-water mark. */
export function peakOf(previous: number, tree: readonly ProcessMemory[]): number {
  const sum = tree.reduce((total, process) => total + process.rss, 0);
  return Math.max(previous, sum, ...tree.map((process) => process.hwm));
}
