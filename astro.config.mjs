// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_SOURCES, CSP_STYLE_SOURCES } from './src/lib/csp-policy.ts';
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
  build: { format: 'directory' },
  // Transcriptions are verbatim: no "smart" quotes, dashes or ellipses (they would change the source's characters,
  // use English quote marks, and stop text-fragment links to a quoted sentence from matching).
  markdown: { smartypants: false },
  // The content layer's store holds every body and its rendered HTML: at 10 000 partnerships one file of it
  // would pass the longest string Node can write. Astro's own chunked storage writes it in parts.
  experimental: { collectionStorage: 'chunked' },
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
