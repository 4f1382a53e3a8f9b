// Page budgets, measured: for each page type, the gzip bytes of everything the page loads, its JS, and
// Lighthouse's four category scores (median of LIGHTHOUSE_RUNS=3 runs). Run with `npm run bench:pages` (builds first).
// Prints a Markdown table. While iterating: `BENCH_PAGES=Sök` measures only the named pages (comma-separated names or
// paths), `LIGHTHOUSE_RUNS=0` skips Lighthouse, `BENCH_DETAIL=1` lists every resource's gzip bytes, and
// `BENCH_DIST=<folder>` measures another build than dist/ (for comparing two builds).
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, chromiumPath, launchBrowser } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4391);
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const DETAIL = process.env.BENCH_DETAIL === '1';
const ONLY = (process.env.BENCH_PAGES ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const dist = process.env.BENCH_DIST ?? new URL('../dist', import.meta.url).pathname;
const ALL_PAGES: [string, string][] = [
  ['Start', '/'],
  ['Partnerskap (lista)', '/partnerskap/'],
  ['Partnerskap', '/partnerskap/social-gemenskap-och-kamratstod/'],
  ['Organisation', '/organisationer/iogt-nto/'],
  ['Organisationer (lista)', '/organisationer/'],
  ['Dokument', '/dokument/uppfoljning-social-gemenskap-2020/'],
  ['Dokument (lista)', '/dokument/'],
  ['Jämför', '/jamfor/'],
  ['Sök', '/sok/?q=kamratstöd'],
  ['Öppna data', '/data/'],
  ['Om', '/om/'],
  ['Tillgänglighet', '/tillganglighet/'],
];
const PAGES =
  ONLY.length === 0 ? ALL_PAGES : ALL_PAGES.filter(([name, path]) => ONLY.includes(name) || ONLY.includes(path));
if (PAGES.length === 0) throw new Error(`BENCH_PAGES=${ONLY.join(',')} names no page`);

const site = await serveStatic(dist, PORT);
const base = `http://127.0.0.1:${PORT}`;
const browser = await launchBrowser();

interface Row {
  name: string;
  path: string;
  totalGzip: number;
  jsGzip: number;
  requests: number;
  /** Empty when Lighthouse was skipped (LIGHTHOUSE_RUNS=0). */
  scores: Record<string, number | string>;
}
const rows: Row[] = [];
const chrome = await chromeLauncher.launch({
  chromePath: await chromiumPath(),
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});

for (const [name, path] of PAGES) {
  const page = await browser.newPage();
  const loaded: { url: string; type: string }[] = [];
  page.on('requestfinished', (request) => loaded.push({ url: request.url(), type: request.resourceType() }));
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
  // A search page counts what its first search loads: wait for the results, not only for a quiet network.
  if (path.startsWith('/sok/?q='))
    await page.locator('[role=status]', { hasText: /träff/ }).waitFor({ timeout: 60_000 });
  // Bring every chart into view so its lazily loaded code is counted too.
  for (const chart of await page.locator('funding-chart').all()) {
    await chart.scrollIntoViewIfNeeded();
    await page.locator('funding-chart[data-ready="true"]').first().waitFor();
  }
  await page.waitForLoadState('networkidle');
  await page.close();
  let totalGzip = 0;
  let jsGzip = 0;
  for (const resource of loaded) {
    const { pathname } = new URL(resource.url);
    const file = pathname.endsWith('/') ? join(dist, pathname, 'index.html') : join(dist, decodeURIComponent(pathname));
    const size = gzipSync(readFileSync(file)).length;
    totalGzip += size;
    if (DETAIL) console.error(`  ${(size / 1024).toFixed(1).padStart(6)} KB  ${pathname}`);
    if (resource.type === 'script' || pathname.endsWith('.js')) jsGzip += size;
  }
  // Lighthouse varies from run to run on a shared machine; its authors recommend the median of several runs.
  const runs: Record<string, number>[] = [];
  for (let run = 0; run < RUNS; run++) {
    const result = await lighthouse(`${base}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    runs.push(
      Object.fromEntries(
        Object.entries(result?.lhr.categories ?? {}).map(([key, category]) => [
          key,
          Math.round((category.score ?? 0) * 100),
        ]),
      ),
    );
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const scores: Record<string, number | string> =
    runs.length === 0
      ? {}
      : Object.fromEntries(Object.keys(runs[0]!).map((key) => [key, median(runs.map((r) => r[key]!))]));
  rows.push({ name, path, totalGzip, jsGzip, requests: loaded.length, scores });
  console.error(
    `${name}: ${(totalGzip / 1024).toFixed(1)} KB gzip, JS ${(jsGzip / 1024).toFixed(1)} KB, ${JSON.stringify(scores)}`,
  );
}

await chrome.kill();
await browser.close();
await site.close();

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const score = (r: Row, key: string) => r.scores[key] ?? '–';
console.log(
  '| Sida | Sökväg | Allt (KB gzip) | JS (KB gzip) | Anrop | Prestanda | Tillgänglighet | Bästa praxis | SEO |',
);
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
for (const r of rows) {
  const cells = [
    r.name,
    `\`${r.path}\``,
    kb(r.totalGzip),
    kb(r.jsGzip),
    r.requests,
    ...CATEGORIES.map((c) => score(r, c)),
  ];
  console.log(`| ${cells.join(' | ')} |`);
}
const over = rows.filter(
  (r) => r.totalGzip > 120 * 1024 || Object.values(r.scores).some((s) => typeof s === 'number' && s < 100),
);
const scored = RUNS === 0 ? ' (Lighthouse kördes inte)' : ' och Lighthouse 100 i alla fyra kategorier';
console.log(
  over.length === 0 ? `\nAlla sidor ≤ 120 KB gzip${scored}.` : `\nUtanför målen: ${over.map((r) => r.name).join(', ')}`,
);
