import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerPolicy, inlineCode, metaPolicy, policyDifferences } from '../../src/lib/csp-policy';
import { DIST, openSite, sitemapPaths, type TestSite } from '../support/site';

const paths = [...sitemapPaths(), '/404.html'];

let site: TestSite;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site.close());

/** A page that records every CSP violation: the DOM event, and the console message Chromium writes for each. */
async function watchedPage(): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  const page = await site.browser.newPage();
  const messages: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) messages.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  return {
    page,
    violations: async () => [
      ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)),
      ...messages,
    ],
  };
}

const scriptSources = (policy: string) => /(?:^|;)\s*script-src ([^;]*)/.exec(policy)?.[1]?.split(/\s+/) ?? [];

describe('Content-Security-Policy', () => {
  it.each(paths)('%s carries the policy, and Chromium reports no violation', async (path) => {
    const { page, violations } = await watchedPage();
    const response = await page.goto(`${site.url}${path}${path === '/sok/' ? '?q=kamratstöd' : ''}`, {
      waitUntil: 'networkidle',
    });
    const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    for (const policy of [meta ?? '', response?.headers()['content-security-policy'] ?? '']) {
      expect(policy).toMatch(/default-src 'self'/);
      const sources = scriptSources(policy);
      expect(sources).toContain("'self'");
      // Only the site itself and WebAssembly compilation for Pagefind: no inline, no hashes, no eval, no host.
      expect(sources.filter((s) => !/^'(self|wasm-unsafe-eval)'$/.test(s))).toEqual([]);
    }
    expect(response?.headers()['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
    for (const chart of await page.locator('funding-chart').all()) {
      await chart.scrollIntoViewIfNeeded();
      await page.waitForFunction((el) => (el as HTMLElement).dataset.ready === 'true', await chart.elementHandle());
    }
    if (path === '/sok/') {
      await page.locator('[data-results] li').first().waitFor();
      const more = page.getByRole('button', { name: /^Sök även i / });
      if (await more.isVisible()) await more.click();
      await page.waitForLoadState('networkidle');
    }
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it('blocks an injected inline script, and the watcher reports it (so "no violation" above means something)', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${site.url}/`);
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    expect((await violations()).join('\n')).toMatch(/script-src/);
    await page.close();
  });

  it('blocks an injected inline style (style-src has no hashes and no unsafe-inline)', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${site.url}/`);
    const colour = await page.evaluate(async () => {
      const style = document.createElement('style');
      style.textContent = 'body { color: rgb(1, 2, 3) !important }';
      document.head.append(style);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return getComputedStyle(document.body).color;
    });
    expect(colour).not.toBe('rgb(1, 2, 3)');
    expect((await violations()).join('\n')).toMatch(/style-src/);
    await page.close();
  });

  it('every page carries exactly the policy of public/_headers and no inline code it would block', () => {
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    expect(headers).toBe(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8'));
    const policy = headerPolicy(headers);
    for (const path of paths) {
      expect(policyDifferences(metaPolicy(html(path)) ?? '', policy), path).toEqual([]);
      expect(inlineCode(html(path)), path).toEqual([]);
    }
  });
});

const html = (path: string) =>
  readFileSync(path.endsWith('.html') ? join(DIST, path) : join(DIST, path, 'index.html'), 'utf8');
const chartPages = paths.filter((path) => html(path).includes('<funding-chart'));

describe('without JavaScript', () => {
  it('some page has a chart (so the cases below test something)', () => {
    expect(chartPages.length).toBeGreaterThan(0);
  });

  it.each(chartPages)(
    '%s shows the table, and no empty chart box or legend for bars that are not drawn',
    async (path) => {
      const context = await site.browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${site.url}${path}`);
      const figures = await page.locator('figure:has(funding-chart)').all();
      expect(figures.length).toBeGreaterThan(0);
      for (const figure of figures) {
        expect(await figure.locator('funding-chart').isVisible()).toBe(false);
        expect(await figure.locator('.legend-note').isVisible()).toBe(false);
        expect(await figure.locator('table').isVisible()).toBe(true);
      }
      await context.close();
    },
  );
});
