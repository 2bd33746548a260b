import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { childrenCpuMs } from './cpu.ts';

describe('childrenCpuMs', () => {
  it('reads cutime + cstime, in ms', () => {
    const stat = '4260 (node) S 4257 4257 21868 0 -1 4194304 100 0 0 0 250 40 1234 566 20 0 1 0 3425880 3133440 410';
    expect(childrenCpuMs(stat)).toBe(18_000);
  });
  it('counts the fields after the last parenthesis, whatever the command name holds', () => {
    const stat = '7 (a (b) c) S 1 1 1 0 -1 0 0 0 0 0 5 5 10 20 20 0 1 0 1 1 1';
    expect(childrenCpuMs(stat)).toBe(300);
  });
  it('reads this process’s own line', () => {
    expect(childrenCpuMs(readFileSync('/proc/self/stat', 'utf8'))).toBeGreaterThanOrEqual(0);
  });
  it('refuses a line it cannot read', () => {
    expect(() => childrenCpuMs('12 (x) S 1')).toThrow(/cannot read/);
  });
});
