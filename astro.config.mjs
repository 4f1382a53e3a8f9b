// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';

// The public address the site is published at; citations and the sitemap use it.
const site = process.env.SITE_URL ?? 'https://oppnapartnerskap.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // The search index is written after the build, by scripts/search-index.ts (see `npm run build`).
  integrations: [sitemap({ filter: (page) => !page.endsWith('/404/') })],
  build: { format: 'directory' },
  // The content layer's store holds every body and its rendered HTML: at 10 000 partnerships one file of it
  // would pass the longest string Node can write. Astro's own chunked storage writes it in parts.
  experimental: { collectionStorage: 'chunked' },
});
