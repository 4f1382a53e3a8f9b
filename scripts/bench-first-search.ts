// The bytes of a first search on a built site, query by query, with what they are made of.
// Usage: npm run bench:first-search -- <dist> <query> [query …]   (e.g. a site kept by KEEP=1 npm run bench:scale)
import { resolve } from 'node:path';
import { launchBrowser } from './lib/browser.ts';
import { bytesByKind, firstSearch, totalBytes } from './lib/first-search.ts';
import { serveStatic } from './lib/static-server.ts';

const [dist, ...queries] = process.argv.slice(2);
if (!dist || queries.length === 0) {
  console.error('Användning: npm run bench:first-search -- <dist> <sökord> [sökord …]');
  process.exit(2);
}
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const server = await serveStatic(resolve(dist));
const browser = await launchBrowser();
try {
  for (const query of queries) {
    const page = await browser.newPage();
    const search = await firstSearch(page, server.url, query);
    console.log(`${query}: ${kb(totalBytes(search.first))} KB (${search.status})`);
    for (const [kind, bytes] of bytesByKind(search.first)) console.log(`  ${kb(bytes).padStart(6)}  ${kind}`);
    if (search.widened.length > 0) console.log(`  med "Sök även i …": +${kb(totalBytes(search.widened))} KB`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
