// Fails when a line of code is longer than 120 characters (run by `npm run lint`, after Prettier has wrapped what
// it can). Checked: .ts, .mts, .js, .mjs, .astro and .css files in git, outside content/ (editors' data) and what
// .prettierignore lists. Exempt: lines that carry a long URL, and in test/ the rows of literal tables (lines
// holding a string, template or regex literal), which read best one case per line.
//   node scripts/check-line-length.ts [files...]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export const MAX_LINE_LENGTH = 120;
const CODE = /\.(ts|mts|js|mjs|astro|css)$/;
const NOT_CHECKED = /^(content|dist|node_modules|\.astro)\//;
const LONG_URL = /https?:\/\/\S{20,}/;
const LITERAL = /(['"`]).*\1|\/[^/\s].*\/[dgimsuyv]*[,;)\]]/;

/** Why a line may be long, or undefined when it may not. */
export function exemption(file: string, line: string): string | undefined {
  if (LONG_URL.test(line)) return 'url';
  if (file.startsWith('test/') && LITERAL.test(line)) return 'test table';
  return undefined;
}

/** Lines over the limit in one file's text, as `file:line: length`. */
export function longLines(file: string, text: string, max = MAX_LINE_LENGTH): string[] {
  return text.split('\n').flatMap((line, index) => {
    const length = [...line].length;
    return length > max && !exemption(file, line) ? [`${file}:${index + 1}: ${length} tecken > ${max}`] : [];
  });
}

function trackedCodeFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' });
  return listed.split('\n').filter((file) => CODE.test(file) && !NOT_CHECKED.test(file));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = process.argv.length > 2 ? process.argv.slice(2) : trackedCodeFiles();
  const problems = files.flatMap((file) => longLines(file, readFileSync(file, 'utf8')));
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) {
    console.error(
      `${problems.length} rader är längre än ${MAX_LINE_LENGTH} tecken: dela dem (se scripts/check-line-length.ts)`,
    );
    process.exit(1);
  }
  console.log(`Inga rader över ${MAX_LINE_LENGTH} tecken i ${files.length} filer`);
}
