/**
 * CPU time of the processes a bench run started and waited for, read from /proc/self/stat
 * (Linux): the kernel adds a child's user and system time, and that of the children it
 * waited for, to its parent's "cutime" and "cstime" once the parent reaps it. On a machine
 * shared with other work a build's wall time varies by a third between runs; the CPU it
 * used varies much less, so two builds are compared by both.
 */

/** /proc reports times in USER_HZ, which Linux fixes at 100 ticks a second for user space. */
const TICKS_PER_SECOND = 100;

/** User + system time of the waited-for children, in ms, from the text of /proc/<pid>/stat. */
export function childrenCpuMs(stat: string): number {
  // The command name (field 2) is in parentheses and may hold spaces: count fields after its last ")".
  const fields = stat
    .slice(stat.lastIndexOf(')') + 2)
    .trim()
    .split(/\s+/);
  // Fields 16 and 17 of the line (cutime, cstime) are the 14th and 15th after the name.
  const cutime = Number(fields[13]);
  const cstime = Number(fields[14]);
  if (!Number.isFinite(cutime) || !Number.isFinite(cstime)) throw new Error(`cannot read the children's CPU time from /proc stat: ${stat.slice(0, 80)}`);
  return ((cutime + cstime) * 1000) / TICKS_PER_SECOND;
}
