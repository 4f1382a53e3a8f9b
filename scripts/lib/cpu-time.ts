// CPU time of a Node process together with the child processes it has waited for (Pagefind's binary, say).
import { readFileSync } from 'node:fs';

/** Clock ticks per second in /proc: USER_HZ, 100 on Linux. */
const TICKS_PER_SECOND = 100;

/**
 * The CPU seconds (user and system) of the child processes that have ended, from the `cutime` and `cstime` fields
 * of a /proc/<pid>/stat line; undefined when the line cannot be read.
 */
export function endedChildrenCpuSeconds(statLine: string): number | undefined {
  // The command name, in parentheses, may hold spaces: the fields are counted after its closing parenthesis.
  const fields = statLine.slice(statLine.lastIndexOf(')') + 2).split(' ');
  // Fields 16 and 17 of proc(5) are the 14th and 15th after the name (which is field 2).
  const [cutime, cstime] = [Number(fields[13]), Number(fields[14])];
  return Number.isFinite(cutime) && Number.isFinite(cstime) ? (cutime + cstime) / TICKS_PER_SECOND : undefined;
}

/** This process's CPU seconds, with its ended children's where the system tells (Linux). */
export function cpuSecondsWithChildren(): number {
  const { user, system } = process.cpuUsage();
  let children = 0;
  try {
    children = endedChildrenCpuSeconds(readFileSync('/proc/self/stat', 'utf8')) ?? 0;
  } catch {
    // No /proc: only this process's own time.
  }
  return (user + system) / 1e6 + children;
}
