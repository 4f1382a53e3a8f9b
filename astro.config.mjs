// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_SOURCES, CSP_STYLE_SOURCES } from './src/lib/csp-policy.ts';
import { contentCheckInDev } from './src/integrations/content-check.ts';
import { MARKDOWN_OPTIONS } from './src/lib/markdown-options.ts';

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
  build: { format: 'directory', concurrency: 4 },
  // Transcriptions are verbatim (src/lib/markdown-options.ts); the document pages render bodies with the same options.
  markdown: { ...MARKDOWN_OPTIONS },
  // A strict Content-Security-Policy in a <meta> element on every page, with hashes of Astro's own inline code
  // (src/lib/csp-policy.ts; public/_headers carries the same policy as an HTTP header).
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...CSP_SCRIPT_SOURCES] },
      styleDirective: { resources: [...CSP_STYLE_SOURCES] },
    },
  },
});
