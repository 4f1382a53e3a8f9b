import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Builds the Pagefind search index over the finished site, so every build ships a current index. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'oppna-partnerskap:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        logger.info('indexerar sidorna för sökning');
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind kunde inte starta: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        logger.info(`indexerade ${added.page_count} sidor`);
        await pagefind.close();
      },
    },
  };
}
