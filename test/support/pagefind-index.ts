// Reading a built Pagefind bundle, and writing one from a site's pages themselves (not their search copies).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { pagefindBinary, runPagefind } from '../../scripts/lib/pagefind';
import type { BundleSpec } from '../../src/lib/search-bundles';

/** What Pagefind keeps of one page: its text, filters, metadata and anchors. */
export interface Fragment {
  url: string;
  content: string;
  word_count: number;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: { element: string; id: string; text: string; location: number }[];
}

/** Every page's fragment in a bundle folder, by URL. */
export function fragmentsByUrl(bundle: string): Map<string, Fragment> {
  const folder = join(bundle, 'fragment');
  return new Map(
    readdirSync(folder).map((name) => {
      const text = gunzipSync(readFileSync(join(folder, name))).toString();
      const fragment = JSON.parse(text.replace(/^pagefind_dcd/, '')) as Fragment;
      return [fragment.url, fragment];
    }),
  );
}

/** Every file of a bundle folder, by its path in the folder. */
export function bundleFiles(bundle: string): Map<string, Buffer> {
  return new Map(
    readdirSync(bundle, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [relative(bundle, path), readFileSync(path)];
      }),
  );
}

/** Writes `bundle` from the built pages under `dist` as they are, into `output`. */
export async function indexPagesThemselves(
  dist: string,
  bundle: BundleSpec,
  output: string,
  allocatorSettings?: string,
): Promise<number> {
  const globs = bundle.roots.map((root) => (root.endsWith('.html') ? root : `${root}/**/*.html`));
  const glob = globs.length === 1 ? globs[0] : `{${globs.join(',')}}`;
  return runPagefind(await pagefindBinary(), { site: dist, output, glob, allocatorSettings });
}
