import { describe, expect, it } from 'vitest';
import { cpuSecondsWithChildren, endedChildrenCpuSeconds } from '../../scripts/lib/cpu-time';

describe('endedChildrenCpuSeconds', () => {
  it('adds cutime and cstime (fields 16 and 17 of /proc/<pid>/stat), in hundredths of a second', () => {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime …
    const stat = '4242 (node) S 1 4242 4242 0 -1 4194560 100 200 0 0 350 40 1830 245 20 0 11 0 123 456 789';
    expect(endedChildrenCpuSeconds(stat)).toBeCloseTo(20.75, 5);
  });

  it('counts the fields after the command name even when the name holds spaces and parentheses', () => {
    const stat = '7 (a (b) c) R 1 7 7 0 -1 0 0 0 0 0 1 2 300 50 20 0 1 0 1 1 1';
    expect(endedChildrenCpuSeconds(stat)).toBeCloseTo(3.5, 5);
  });

  it('says nothing for a line it cannot read', () => {
    expect(endedChildrenCpuSeconds('garbage')).toBeUndefined();
  });
});

describe('cpuSecondsWithChildren', () => {
  it('is at least this process’s own CPU time', () => {
    const { user, system } = process.cpuUsage();
    expect(cpuSecondsWithChildren()).toBeGreaterThanOrEqual((user + system) / 1e6);
  });
});
