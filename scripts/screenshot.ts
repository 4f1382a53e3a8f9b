// Saves full-page screenshots of built pages, for looking at a layout by eye (not used by tests):
//   npm run build && node scripts/screenshot.ts /path/ [/other/]   (viewport width via WIDTH=375)
import { launchBrowser } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';

const width = Number(process.env.WIDTH ?? 1280);
const site = await serveStatic(new URL('../dist', import.meta.url).pathname);
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width, height: 900 } });
for (const path of process.argv.slice(2)) {
  await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
  const file = `/tmp/shot${path.replace(/[^a-z0-9]+/gi, '-')}${width}.png`;
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
}
await browser.close();
await site.close();
