import { describe, expect, it } from 'vitest';
import { isWrittenPage, startedOutputs, trackFolder } from '../../scripts/lib/astro-progress';

// Lines as `astro build` prints them (Astro 7.3): a page's start and, once written, its time.
const line = (...outputs: string[]) =>
  outputs.map((output) => `23:33:57   \u001b[34m├─\u001b[39m \u001b[2m${output}\u001b[22m`).join('') + ' (+5ms) ';

describe('startedOutputs', () => {
  it('reads one started output file from a line of Astro’s log', () => {
    expect(startedOutputs(line('/dokument/avtal-2020/index.html'))).toEqual(['/dokument/avtal-2020/index.html']);
  });

  it('reads every start on a line where pages rendered at once interleave', () => {
    expect(startedOutputs(line('/404.html', '/data/kommunal-ersattning-per-ar.csv', '/data/org-1/pengar.csv'))).toEqual(
      ['/404.html', '/data/kommunal-ersattning-per-ar.csv', '/data/org-1/pengar.csv'],
    );
  });

  it('reads nothing from Astro’s other lines', () => {
    expect(startedOutputs('23:34:28 [build] 7948 page(s) built in 50.09s')).toEqual([]);
    expect(startedOutputs(' generating static routes ')).toEqual([]);
  });
});

describe('trackFolder', () => {
  it('reports the folder’s pages once an output outside the folder starts after them, and only once', () => {
    const tracker = trackFolder('dokument');
    expect(tracker.feed(line('/data/index.html'))).toBeUndefined();
    expect(tracker.feed(line('/dokument/a/index.html'))).toBeUndefined();
    expect(tracker.feed(line('/dokument/rss.xml', '/dokument/b/index.html'))).toBeUndefined();
    expect(tracker.feed(line('/dokument/c/index.html', '/jamfor/index.html'))).toEqual([
      '/dokument/a/index.html',
      '/dokument/b/index.html',
      '/dokument/c/index.html',
    ]);
    expect(tracker.feed(line('/partnerskap/index.html'))).toBeUndefined();
  });

  it('reports nothing while only outputs before the folder have started', () => {
    const tracker = trackFolder('dokument');
    expect(tracker.feed(line('/404.html', '/data/index.html'))).toBeUndefined();
    expect(tracker.feed(line('/data/dokument.csv'))).toBeUndefined();
  });

  it('does not take a folder whose name only begins like the tracked one', () => {
    const tracker = trackFolder('dokument');
    expect(tracker.feed(line('/dokument/a/index.html', '/dokumentation/index.html'))).toEqual([
      '/dokument/a/index.html',
    ]);
  });
});

describe('isWrittenPage', () => {
  it('takes a page that ends with its closing html tag, with or without a line break', () => {
    expect(isWrittenPage('<!DOCTYPE html><html lang="sv"><body></body></html>')).toBe(true);
    expect(isWrittenPage('</footer></body></html>\n')).toBe(true);
  });

  it('does not take a page cut off before its end', () => {
    expect(isWrittenPage('<!DOCTYPE html><html lang="sv"><body><main>')).toBe(false);
    expect(isWrittenPage('')).toBe(false);
  });
});
