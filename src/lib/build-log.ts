// Astro's log (its own Node destination, astro.config.mjs `logger`) without the line it writes for every page of a
// build: at 1 000 partnerships 9 500 lines, at 10 000 about 90 000, and writing them took about 0.8 s of `astro
// build`'s CPU time at 1 000 (a CPU profile; BENCHMARKS.md). Every thousandth page is still named, with the count so
// far, so a long build shows how far it has come; warnings, errors and every other line pass unchanged.
import { stripVTControlCharacters } from 'node:util';
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import nodeDestination, { type NodeHandlerConfig } from 'astro/logger/node';

/** How often a page line is kept: every this many pages. */
export const PAGES_PER_PROGRESS_LINE = 1000;

// A page's line comes in two events: `  ├─ /path/` (no line break) and ` (+12ms)` or ` (cached)` ending the line.
// An end with more after the time (Astro's "(file not created, response body was empty)") is still shown.
const PAGE_START = /^ {2}├─ /;
const PAGE_END = /^ \(\+?[\w.]+\) ?(.*)$/;

const plain = (message: string) => stripVTControlCharacters(message);

/** What follows the time in a page line's end (empty for most), or undefined when the event is no such end. */
const afterPageTime = (event: AstroLoggerMessage) =>
  event.label === 'SKIP_FORMAT' ? PAGE_END.exec(plain(event.message))?.[1] : undefined;

/**
 * `destination` without Astro's page lines but every thousandth, which ends with the number of pages and files written
 * so far.
 */
export function withoutPageLines(destination: AstroLoggerDestination): AstroLoggerDestination {
  let pages = 0;
  // Ends of page lines still to come: pages are rendered several at once, so a page's end may follow another's start.
  let endsToCome = 0;
  return {
    ...destination,
    write(event: AstroLoggerMessage) {
      if (event.level === 'info' && event.label === null && !event.newLine && PAGE_START.test(plain(event.message))) {
        pages += 1;
        endsToCome += 1;
        if (pages % PAGES_PER_PROGRESS_LINE === 0)
          destination.write({
            ...event,
            message: `${event.message} (${pages.toLocaleString('sv-SE')} skrivna)`,
            newLine: true,
          });
        return;
      }
      const rest = endsToCome > 0 ? afterPageTime(event) : undefined;
      if (rest === undefined) destination.write(event);
      else {
        endsToCome -= 1;
        if (rest !== '') destination.write(event);
      }
    },
  };
}

export default function buildLog(config?: NodeHandlerConfig): AstroLoggerDestination {
  return withoutPageLines(nodeDestination(config));
}
