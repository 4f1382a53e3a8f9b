// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentCheckInDev } from './src/integrations/content-check.ts';

// The public address the site is published at; citations and the sitemap use it.
const site = process.env.SITE_URL ?? 'https://oppnapartnerskap.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // The search index is written after the build, by scripts/search-index.ts (see `npm run build`).
  integrations: [mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') }), contentCheckInDev()],
  build: { format: 'directory' },
});
