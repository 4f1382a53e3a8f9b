// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { contentCheckInDev } from './src/integrations/content-check.ts';

// The public address the site is published at; citations and the sitemap use it.
const site = process.env.SITE_URL ?? 'https://oppnapartnerskap.example';
if (!process.env.SITE_URL && process.argv.includes('build'))
  console.warn(`[oppna-partnerskap] SITE_URL saknas: bygget använder platshållaren ${site}. Sätt den vid publicering.`);

export default defineConfig({
  site,
  trailingSlash: 'always',
  // The search index is written after the build, by scripts/search-index.ts (see `npm run build`).
  integrations: [sitemap({ filter: (page) => !page.endsWith('/404/') }), securityHeaders(), contentCheckInDev()],
  // Transcriptions are verbatim: no "smart" quotes, dashes or ellipses (they would change the source's characters,
  // use English quote marks, and stop text-fragment links to a quoted sentence from matching).
  markdown: { smartypants: false },
  // The content layer's store holds every body and its rendered HTML: at 10 000 partnerships one file of it
  // would pass the longest string Node can write. Astro's own chunked storage writes it in parts.
  experimental: { collectionStorage: 'chunked' },
  // The Content-Security-Policy (public/_headers, written into every page by src/layouts/Base.astro) allows scripts
  // and styles only from the site's own files: no hashes, no 'unsafe-inline'. So every style sheet and script is
  // emitted as a file, never inlined into a page (Vite's assetsInlineLimit also decides whether Astro inlines a small
  // script), and src/integrations/security-headers.ts fails the build if a page still holds inline code. Astro's own
  // security.csp is not used: it adds a sha256 hash of every script and style sheet of the whole build to every
  // page's policy (about 1 KB gzip a page), which a policy of 'self' does not need.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
});
