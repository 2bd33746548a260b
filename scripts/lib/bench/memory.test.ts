import { describe, expect, it } from 'vitest';
import { parseProcStatus, peakOf, processTree, type ProcessMemory } from './memory.ts';

const status = (pid: number, ppid: number, rssKb?: number, hwmKb?: number) =>
  [
    `Name:\tnode`,
    `State:\tR (running)`,
    `Pid:\t${pid}`,
    `PPid:\t${ppid}`,
    ...(hwmKb === undefined ? [] : [`VmHWM:\t  ${hwmKb} kB`]),
    ...(rssKb === undefined ? [] : [`VmRSS:\t  ${rssKb} kB`]),
    `Threads:\t11`,
  ].join('\n');

describe('parseProcStatus', () => {
  it('reads pid, parent, resident memory and its high-water mark in bytes', () => {
    expect(parseProcStatus(status(42, 7, 1000, 1500))).toEqual({ pid: 42, ppid: 7, rss: 1_024_000, hwm: 1_536_000 });
  });
  it('ignores kernel threads, which have no VmRSS', () => {
    expect(parseProcStatus(status(2, 0))).toBeNull();
  });
  it('takes the resident size as the high-water mark when the kernel gives none', () => {
    expect(parseProcStatus(status(3, 1, 10))?.hwm).toBe(10_240);
  });
});

describe('processTree and peakOf', () => {
  const processes: ProcessMemory[] = [
    { pid: 1, ppid: 0, rss: 5, hwm: 5 },
    { pid: 10, ppid: 1, rss: 100, hwm: 300 },
    { pid: 11, ppid: 10, rss: 50, hwm: 60 },
    { pid: 12, ppid: 11, rss: 20, hwm: 20 },
    { pid: 20, ppid: 1, rss: 999, hwm: 999 },
  ];
  it('collects a process and its descendants only', () => {
    expect(processTree(10, processes).map((process) => process.pid)).toEqual([10, 11, 12]);
  });
  it('is empty when the root has exited', () => {
    expect(processTree(99, processes)).toEqual([]);
  });
  it('keeps the largest of the previous peak, the summed RSS and any high-water mark', () => {
    const tree = processTree(10, processes);
    expect(peakOf(0, tree)).toBe(300);
    expect(
      peakOf(
        0,
        tree.map((process) => ({ ...process, hwm: 0 })),
      ),
    ).toBe(170);
    expect(peakOf(1000, tree)).toBe(1000);
  });
});
