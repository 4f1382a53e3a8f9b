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
});
