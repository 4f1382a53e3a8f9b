// Reading `astro build`'s page log, so that `npm run build` (scripts/build.ts) can start the documents' search
// index while Astro still renders the other pages. Astro prints `  ├─ /dokument/x/index.html` when it starts an
// output file and ` (+5ms)` once the file is written; with several pages rendered at once (build.concurrency) a
// line can hold several starts. Astro renders one route after another, in the order of their paths.
import { stripVTControlCharacters } from 'node:util';

const STARTED = /[├└]─ (\/[^\s├└]*?\.[a-z]+)(?=\d\d:\d\d:\d\d|[\s├└]|$)/g;

/** The output files (site paths) Astro reports starting in a piece of its log, in order. */
export function startedOutputs(log: string): string[] {
  return [...stripVTControlCharacters(log).matchAll(STARTED)].map((match) => match[1]!);
}

export interface FolderTracker {
  /**
   * Takes the next line of Astro's log. Returns the folder's pages (their `.html` files, as site paths) the first
   * time an output outside the folder starts after them; undefined before that, and after.
   */
  feed(line: string): string[] | undefined;
}

/**
 * Follows Astro's log for one top-level folder of the site: its pages are all started once Astro goes on to an
 * output outside it. Started is not written: the caller waits for the files (see `isWrittenPage`).
 */
export function trackFolder(folder: string): FolderTracker {
  const pages: string[] = [];
  let reported = false;
  return {
    feed(line) {
      if (reported) return undefined;
      for (const output of startedOutputs(line)) {
        if (output.startsWith(`/${folder}/`)) {
          if (output.endsWith('.html')) pages.push(output);
        } else if (pages.length > 0) {
          reported = true;
          return pages;
        }
      }
      return undefined;
    },
  };
}

/** Whether a page's HTML is whole: Astro writes each page in one piece, and every page ends with `</html>`. */
export function isWrittenPage(html: string): boolean {
  return html.trimEnd().endsWith('</html>');
}
