// `npm run build` (scripts/build.ts) runs the content check beside `astro build`: a failure of either fails the
// build, and what is printed is the report of the step that failed.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSite, projectCopy, removeProjectCopies, runIn } from '../support/project-build';

afterEach(removeProjectCopies);

describe('npm run build: the content check beside astro build', () => {
  it('fails with Astro’s error when the content passes the check but a page cannot be rendered', async () => {
    const dir = projectCopy({
      edit: { 'src/pages/om.astro': (text) => `${text}\n<p>{(undefined as unknown as { x: string }).x}</p>\n` },
    });
    const { failed, output } = await buildSite(dir);
    expect(failed).toBe(true);
    expect(output).toMatch(/Innehållet är granskat: \d+ filer, inga fel/);
    expect(output).toMatch(/Caught error rendering \/om/);
    // The search index is written only after a build that passed.
    expect(output).not.toMatch(/\[sökindex\]/);
    expect(existsSync(join(dir, 'dist', 'pagefind'))).toBe(false);
  });

  it('prints the check, Astro’s build and the search index, in that order, when everything passes', async () => {
    const { failed, output } = await buildSite(projectCopy());
    expect(failed).toBe(false);
    const check = output.search(/Innehållet är granskat/);
    const astro = output.search(/\[build\] Complete!/);
    const index = output.search(/\[sökindex\] indexerade \d+ sidor/);
    expect(check).toBeGreaterThanOrEqual(0);
    expect(astro).toBeGreaterThan(check);
    expect(index).toBeGreaterThan(astro);
  });
});

describe('npm run build on a site with split search bundles', () => {
  const documentPages = (dir: string) =>
    readdirSync(join(dir, 'dist', 'dokument'), { recursive: true, encoding: 'utf8' }).filter((name) =>
      name.endsWith('.html'),
    ).length;
  const indexed = (output: string, bundle: string) =>
    [...output.matchAll(new RegExp(`(\\d+) i ${bundle}(?![\\w-])`, 'g'))].map((match) => Number(match[1]));

  it('writes the documents’ bundle once, while Astro builds, and again only when the document pages changed', async () => {
    const dir = projectCopy();
    const env = { SEARCH_LAYOUT: 'split' };
    const { failed, output } = await buildSite(dir, env);
    expect(failed).toBe(false);
    expect(output).toMatch(/\[sökindex\] indexerar dokumentsidorna/);
    // Once, not again after the build; the overview after the build.
    expect(indexed(output, 'pagefind-dokument')).toHaveLength(1);
    expect(indexed(output, 'pagefind')).toHaveLength(1);
    expect(output.search(/\d+ i pagefind(?![\w-])/)).toBeGreaterThan(output.search(/\[build\] Complete!/));
    // The organisations in a bundle of their own, after the build too, with every organisation page.
    expect(indexed(output, 'pagefind-organisationer')).toHaveLength(1);
    expect(output.search(/\d+ i pagefind-organisationer/)).toBeGreaterThan(output.search(/\[build\] Complete!/));
    expect(indexed(output, 'pagefind-organisationer')[0]).toBeGreaterThan(0);
    // Every document page with searchable text is in it (the numbered list pages have none).
    const listPages = readdirSync(join(dir, 'dist', 'dokument')).filter((name) => /^\d+$/.test(name)).length;
    expect(indexed(output, 'pagefind-dokument')[0]).toBe(documentPages(dir) - 1 - listPages);

    // Told that the bundle was written from other document pages, the indexer writes it again.
    const again = await runIn(dir, 'node', ['scripts/search-index.ts', 'dist', '--documents-indexed=0'], env);
    expect(again.failed).toBe(false);
    expect(again.output).toMatch(/dokumentsidorna har ändrats sedan dokumenten indexerades/);
    expect(indexed(again.output, 'pagefind-dokument')).toEqual(indexed(output, 'pagefind-dokument'));
    // Told the right number, it leaves the bundle as it is.
    const same = await runIn(
      dir,
      'node',
      ['scripts/search-index.ts', 'dist', `--documents-indexed=${documentPages(dir)}`],
      env,
    );
    expect(same.failed).toBe(false);
    expect(indexed(same.output, 'pagefind-dokument')).toEqual([]);
    expect(indexed(same.output, 'pagefind')).toHaveLength(1);
  });
});
