import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';

/** Parses `git log --format=%x00%cs --name-only`: each file's newest commit date. */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const block of output.split('\0').filter(Boolean)) {
    const [date, ...files] = block
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
    for (const file of files) if (!dates.has(file)) dates.set(file, date);
  }
  return dates;
}

/**
 * When each content file (and page source) last changed, from git history in one call; empty outside a git checkout.
 */
export function gitContentDates(root = process.cwd()): Map<string, string> {
  try {
    return parseGitLog(
      execFileSync('git', ['log', '--format=%x00%cs', '--name-only', '--', 'content', 'src/pages'], {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    );
  } catch {
    return new Map();
  }
}

/** A file's own date (its modification time), or undefined where it cannot be read. */
function fileDate(file: string): string | undefined {
  try {
    return statSync(file).mtime.toISOString().slice(0, 10);
  } catch {
    return undefined;
  }
}

/**
 * The newest change among the files: git's date, or the file's own time for uncommitted files, read once into
 * `fileDates`: a build asks for the same files on many pages (a document's file on its own page, its list page and
 * its partnership's page; a partnership's on the lists and comparisons).
 */
export function lastChanged(
  files: string[],
  gitDates: Map<string, string>,
  fileDates = new Map<string, string | undefined>(),
): string | undefined {
  const dates = files.map((file) => {
    const committed = gitDates.get(file);
    if (committed) return committed;
    if (!fileDates.has(file)) fileDates.set(file, fileDate(file));
    return fileDates.get(file);
  });
  return dates
    .filter((d): d is string => d !== undefined)
    .sort()
    .at(-1);
}
