// One served copy of dist/ and one browser per test file.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { serveStatic } from './static-server';

export const DIST = join(process.cwd(), 'dist');

export interface TestSite {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function openSite(): Promise<TestSite> {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('dist/ saknas: kör `SITE_DATE=2026-11-22 npm run build` först');
  const server = await serveStatic(DIST);
  const browser = await launchBrowser();
  return {
    url: server.url,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Every page path listed in the built sitemap. */
export function sitemapPaths(): string[] {
  const index = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  return [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/** The visible text of the page's main content, with Swedish no-break spaces folded to spaces. */
export async function mainText(page: Page): Promise<string> {
  const text = await page.locator('main').innerText();
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

/** The served site and one browser page, opened before a test file's tests and closed after them. */
export function sharedSitePage(): { site: TestSite; page: Page } {
  const shared = {} as { site: TestSite; page: Page };
  beforeAll(async () => {
    shared.site = await openSite();
    shared.page = await shared.site.browser.newPage();
  });
  afterAll(() => shared.site.close());
  return shared;
}
