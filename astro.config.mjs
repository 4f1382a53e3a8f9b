// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { contentCheckInDev } from './src/integrations/content-check.ts';
import { markdownProcessor } from './src/lib/markdown-options.ts';

// The public address the site is published at; citations and the sitemap use it.
const site = process.env.SITE_URL ?? 'https://oppnapartnerskap.example';
if (!process.env.SITE_URL && process.argv.includes('build'))
  console.warn(`[oppna-partnerskap] SITE_URL saknas: bygget använder platshållaren ${site}. Sätt den vid publicering.`);

export default defineConfig({
  site,
  trailingSlash: 'always',
  // The search index is written after the build, by scripts/search-index.ts (see `npm run build`).
  integrations: [sitemap({ filter: (page) => !page.endsWith('/404/') }), securityHeaders(), contentCheckInDev()],
  // Four pages rendered at once: page rendering waits on file writes, and Astro's default (one at a time) left
  // the main thread idle for a quarter of the page generation at 1 000 partnerships (BENCHMARKS.md).
  // The Content-Security-Policy (public/_headers, written into every page by src/layouts/Base.astro) allows scripts
  // and styles only from the site's own files: no hashes, no 'unsafe-inline'. So every style sheet and script is
  // emitted as a file, never inlined into a page (Vite's assetsInlineLimit also decides whether Astro inlines a small
  // script), and src/integrations/security-headers.ts fails the build if a page still holds inline code. Astro's own
  // security.csp is not used: it adds a sha256 hash of every script and style sheet of the whole build to every
  // page's policy (about 1 KB gzip a page), which a policy of 'self' does not need.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  vite: { build: { assetsInlineLimit: 0 } },
  // Transcriptions are verbatim (src/lib/markdown-options.ts); the document pages render bodies with the same
  // processor.
  markdown: { processor: markdownProcessor() },
  // Astro's log without a line for every page built, but every thousandth (src/lib/build-log.ts).
  logger: { entrypoint: new URL('./src/lib/build-log.ts', import.meta.url) },
});
