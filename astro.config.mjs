// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';

// The public address the site is published at; citations and the sitemap use it.
const site = process.env.SITE_URL ?? 'https://oppnapartnerskap.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') }), pagefind()],
  build: { format: 'directory' },
});
