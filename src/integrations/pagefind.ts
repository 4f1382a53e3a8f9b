import type { AstroIntegration } from 'astro';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { SEARCH_BUNDLES, bundleGlobs } from '../lib/search-bundles';

/** Writes one Pagefind bundle over the pages of `site` that match `glob`; returns the page count. */
async function writeBundle(site: string, glob: string, dir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind kunde inte starta: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site, glob });
  if (added.errors.length > 0) throw new Error(`Pagefind (${dir}): ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${site}${dir}` });
  if (written.errors.length > 0) throw new Error(`Pagefind (${dir}): ${written.errors.join('; ')}`);
  await index.deleteIndex();
  return added.page_count;
}

/** Builds the Pagefind search bundles over the finished site, so every build ships a current index. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'oppna-partnerskap:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        logger.info('indexerar sidorna för sökning');
        const globs = bundleGlobs(readdirSync(site, { withFileTypes: true }).map((e) => ({ name: e.name, isDirectory: e.isDirectory() })));
        const overview = await writeBundle(site, globs.overview, SEARCH_BUNDLES.overview.dir);
        const documents = await writeBundle(site, globs.documents, SEARCH_BUNDLES.documents.dir);
        await pagefind.close();
        logger.info(`indexerade ${overview + documents} sidor (${overview} i översikten, ${documents} dokument)`);
      },
    },
  };
}
