// `npm run build` (scripts/build.ts) runs `astro build`, which checks the content as it loads it, and holds Astro's
// output back until that check has passed. When the build fails before then, the content checker runs and its report
// is all that is printed; when the checker finds nothing, Astro's own error is.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SEARCH_BUNDLES } from '../../src/lib/search-bundles';
import { CONTENT_CHECKED } from '../../src/lib/content-checked';
import { WORK_FOLDER_PREFIX, WORK_PLACES } from '../../scripts/lib/search-work';
import { build, buildSite, projectCopy, removeProjectCopies } from '../support/project-build';

afterEach(removeProjectCopies);

const checkedLine = new RegExp(`${CONTENT_CHECKED}: \\d+ filer, inga fel`);

describe('npm run build: astro build with its content check', () => {
  it('fails with Astro’s error when the content passes the check but a page cannot be rendered', async () => {
    const dir = projectCopy({
      edit: { 'src/pages/om.astro': (text) => `${text}\n<p>{(undefined as unknown as { x: string }).x}</p>\n` },
    });
    const { failed, output } = await buildSite(dir);
    expect(failed).toBe(true);
    expect(output).toMatch(checkedLine);
    expect(output).toMatch(/Caught error rendering \/om/);
    // The search index is written only after a build that passed.
    expect(output).not.toMatch(/\[sökindex\]/);
    expect(existsSync(join(dir, 'dist', 'pagefind'))).toBe(false);
  });

  it('prints the content check, Astro’s build and the search index, in that order, when everything passes', async () => {
    const { failed, output } = await buildSite(projectCopy());
    expect(failed).toBe(false);
    const check = output.search(checkedLine);
    const astro = output.search(/\[build\] Complete!/);
    const index = output.search(/\[sökindex\] indexerade \d+ sidor/);
    expect(check).toBeGreaterThanOrEqual(0);
    expect(astro).toBeGreaterThan(check);
    expect(index).toBeGreaterThan(astro);
  });

  it('prints only the checker’s report when Astro’s own check fails, on a file no schema reads', async () => {
    // A file with another ending is never loaded: only the rules on file names in the build's own check see it.
    const dir = projectCopy();
    const stray = 'content/organisations/ny-forening.yml';
    writeFileSync(join(dir, stray), 'name: Ny förening\n');
    const astroAlone = await build(dir);
    expect(astroAlone.failed).toBe(true);
    expect(astroAlone.output).toContain(`${stray} → filändelse`);
    const { failed, output } = await buildSite(dir);
    expect(failed).toBe(true);
    expect(output).toMatch(new RegExp(`${stray} → filändelse: fick "\\.yml"; förväntade en fil som slutar på \\.yaml`));
    // The checker's report once, and nothing of Astro's held output (its own error lists the same problem).
    expect(output.match(/Innehållet har \d+ fel/g)).toHaveLength(1);
    expect(output).not.toMatch(/\[build\]|\[content\]/);
  });
});

describe('npm run build on a site with split search bundles', () => {
  const documentPages = (dir: string) =>
    readdirSync(join(dir, 'dist', 'dokument'), { recursive: true, encoding: 'utf8' }).filter((name) =>
      name.endsWith('.html'),
    ).length;
  const indexed = (output: string, bundle: string) =>
    [...output.matchAll(new RegExp(`(\\d+) i ${bundle}(?![\\w-])`, 'g'))].map((match) => Number(match[1]));

  // The indexer's work folders (search copies and Pagefind's output), in memory or in the temporary folder.
  const workFolders = () =>
    WORK_PLACES.flatMap((place) =>
      existsSync(place)
        ? readdirSync(place)
            .filter((name) => name.startsWith(WORK_FOLDER_PREFIX))
            .map((name) => join(place, name))
        : [],
    );

  it('writes every bundle once, after Astro’s build, each with its pages', async () => {
    const dir = projectCopy();
    const before = new Set(workFolders());
    const { failed, output } = await buildSite(dir, { SEARCH_LAYOUT: 'split' });
    expect(failed).toBe(false);
    // The bundles are written beside each other; no work folder is left behind, and each bundle is in the site.
    expect(workFolders().filter((folder) => !before.has(folder))).toEqual([]);
    const astroDone = output.search(/\[build\] Complete!/);
    for (const bundle of Object.values(SEARCH_BUNDLES).map((spec) => spec.dir)) {
      expect(existsSync(join(dir, 'dist', bundle, 'pagefind-entry.json'))).toBe(true);
      expect(indexed(output, bundle)).toHaveLength(1);
      expect(indexed(output, bundle)[0]).toBeGreaterThan(0);
      expect(output.search(new RegExp(`\\d+ i ${bundle}(?![\\w-])`))).toBeGreaterThan(astroDone);
    }
    // Every document page with searchable text is in the documents' bundle (the numbered list pages have none).
    const listPages = readdirSync(join(dir, 'dist', 'dokument')).filter((name) => /^\d+$/.test(name)).length;
    expect(indexed(output, 'pagefind-dokument')[0]).toBe(documentPages(dir) - 1 - listPages);
  });
});
