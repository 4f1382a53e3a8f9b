// `npm run build` (scripts/build.ts) runs the content check beside `astro build`: a failure of either fails the
// build, and what is printed is the report of the step that failed.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSite, projectCopy, removeProjectCopies } from '../support/project-build';

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
