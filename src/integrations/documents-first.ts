// Astro renders a build's pages in the order of their routes: the data files under /data/, then /dokument/, then the
// rest. On a site with split search bundles `npm run build` (scripts/build.ts) writes the documents' bundle as soon as
// Astro has written the document pages, while Astro renders the other pages. Rendering the document pages first
// starts that run sooner (at 1 000 partnerships Astro spent about 4 s on 1 500 data files before the first document
// page), so more of it overlaps the build and less is left when Astro ends (BENCHMARKS.md). Only the order changes:
// the same pages, rendered by Astro's own prerenderer.
import type { AstroIntegration, PathWithRoute } from 'astro';
import { DOCUMENTS_FOLDER } from '../lib/search-bundles';

/** The paths in the site's top-level `folder` first, then the rest; each group keeps its order. */
export function folderFirst<T extends Pick<PathWithRoute, 'pathname'>>(paths: readonly T[], folder: string): T[] {
  const inFolder = ({ pathname }: T) => pathname === `/${folder}` || pathname.startsWith(`/${folder}/`);
  return [...paths.filter(inFolder), ...paths.filter((path) => !inFolder(path))];
}

export function documentsFirst(): AstroIntegration {
  return {
    name: 'oppna-partnerskap:documents-first',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((astro) => ({
          ...astro,
          getStaticPaths: async () => folderFirst(await astro.getStaticPaths(), DOCUMENTS_FOLDER),
        }));
      },
    },
  };
}
