// Saves full-page screenshots of built pages: node scripts/screenshot.ts /path/ [/other/] (width via WIDTH=375)
import { launchBrowser } from '../test/support/browser.ts';
import { serveStatic } from '../test/support/static-server.ts';

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
