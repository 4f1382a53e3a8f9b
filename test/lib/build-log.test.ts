import { stripVTControlCharacters } from 'node:util';
import type { AstroLoggerMessage } from 'astro';
import { describe, expect, it } from 'vitest';
import { PAGES_PER_PROGRESS_LINE, withoutPageLines } from '../../src/lib/build-log';

/** A destination that keeps what reaches it. */
function recorder() {
  const written: AstroLoggerMessage[] = [];
  return { written, destination: withoutPageLines({ write: (event) => written.push(event) }) };
}

/** A log event as Astro's logger hands it to its destination. */
const logEvent = (
  level: AstroLoggerMessage['level'],
  label: string | null,
  message: string,
  newLine = true,
): AstroLoggerMessage => ({ level, label, message, newLine });

const dim = (text: string) => `\u001b[2m${text}\u001b[22m`;
// The two events Astro 7 logs for a page (astro/dist/core/build/generate.js), coloured as in a terminal.
const pageStart = (path: string) => logEvent('info', null, `  \u001b[34m├─\u001b[39m ${dim(path)}`, false);
const pageEnd = (time: string) => logEvent('info', 'SKIP_FORMAT', ` ${dim(`(${time})`)} `);

describe('the build log without page lines', () => {
  it('drops both events of every page line, also when pages overlap', () => {
    const { written, destination } = recorder();
    const header = logEvent('info', 'SKIP_FORMAT', ' generating static routes ');
    destination.write(header);
    // Four pages at once: starts come before the ends of earlier pages.
    for (const event of [
      pageStart('/a/index.html'),
      pageStart('/b/index.html'),
      pageEnd('+12ms'),
      pageStart('/c/index.html'),
      pageEnd('+1.25s'),
      pageEnd('cached'),
    ])
      destination.write(event);
    const done = logEvent('info', null, '✓ Completed in 3.2s.');
    destination.write(done);
    expect(written).toEqual([header, done]);
  });

  it('passes warnings, errors and other lines unchanged, between pages too', () => {
    const { written, destination } = recorder();
    const warning = logEvent('warn', 'build', 'Could not render /x/');
    const error = logEvent('error', null, '  ├─ looks like a page', false);
    const empty = pageEnd('+3ms');
    empty.message += '(file not created, response body was empty)';
    destination.write(pageStart('/a/'));
    destination.write(warning);
    destination.write(error);
    destination.write(empty);
    // No page line begun: an end-like message is somebody else's.
    destination.write(pageEnd('cached'));
    expect(written).toEqual([warning, error, empty, pageEnd('cached')]);
  });

  it('names every thousandth page on a line of its own, with the number written so far', () => {
    const { written, destination } = recorder();
    const pages = PAGES_PER_PROGRESS_LINE * 2 + 1;
    for (let page = 1; page <= pages; page += 1) {
      destination.write(pageStart(`/p/${page}/index.html`));
      destination.write(pageEnd('+4ms'));
    }
    expect(written.map((event) => event.newLine)).toEqual([true, true]);
    const lines = written.map((event) => stripVTControlCharacters(event.message));
    expect(lines[0]).toBe(
      `  ├─ /p/${PAGES_PER_PROGRESS_LINE}/index.html (${PAGES_PER_PROGRESS_LINE.toLocaleString('sv-SE')} skrivna)`,
    );
    expect(lines[1]).toMatch(new RegExp(`/p/${PAGES_PER_PROGRESS_LINE * 2}/index\\.html \\(\\d.*\\d skrivna\\)$`));
  });
});
