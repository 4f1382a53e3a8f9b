import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { siteValidator } from '../support/html-validate';
import { DIST, openSite, sitemapPaths, type TestSite } from '../support/site';

const paths = [...sitemapPaths(), '/404.html'];

let site: TestSite;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site.close());

const htmlFile = (path: string) => (path.endsWith('.html') ? join(DIST, path) : join(DIST, path, 'index.html'));

describe('every built page', () => {
  it('is in the sitemap: all page types are covered', () => {
    for (const expected of [
      '/',
      '/partnerskap/',
      '/organisationer/',
      '/dokument/',
      '/sok/',
      '/om/',
      '/tillganglighet/',
      '/partnerskap/social-gemenskap-och-kamratstod/',
      '/dokument/uppfoljning-social-gemenskap-2020/',
      '/organisationer/iogt-nto/',
    ])
      expect(paths).toContain(expected);
  });

  it.each(paths)(
    '%s has 0 axe violations (WCAG 2.1 A and AA), no console errors and no requests to other hosts',
    async (path) => {
      const page = await site.browser.newPage();
      const consoleErrors: string[] = [];
      const foreign: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(error.message));
      page.on('request', (request) => {
        if (!request.url().startsWith(site.url) && !request.url().startsWith('data:')) foreign.push(request.url());
      });
      const response = await page.goto(`${site.url}${path}${path === '/sok/' ? '?q=kamratstöd' : ''}`, {
        waitUntil: 'networkidle',
      });
      // The test server answers a request for /404.html itself with 200, like a static host.
      expect(response?.status()).toBe(200);
      if (path === '/sok/') await page.locator('[data-results] li').first().waitFor();
      // Charts draw when they come into view: check the page as a reader who scrolled to them sees it.
      for (const chart of await page.locator('funding-chart').all()) {
        await chart.scrollIntoViewIfNeeded();
        await page.waitForFunction((el) => (el as HTMLElement).dataset.ready === 'true', await chart.elementHandle());
      }
      const violations = await axeViolations(page);
      expect(violations).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(foreign).toEqual([]);
      await page.close();
    },
  );

  it('has 0 html-validate errors', async () => {
    const validator = siteValidator();
    const problems: string[] = [];
    for (const path of paths) {
      const report = await validator.validateString(readFileSync(htmlFile(path), 'utf8'), path);
      for (const result of report.results)
        for (const message of result.messages)
          if (message.severity === 2) problems.push(`${path}:${message.line}: ${message.ruleId} ${message.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('says on every page when its content last changed', () => {
    const missing = paths.filter(
      (path) =>
        path !== '/404.html' &&
        !/class="last-changed"[^>]*>Innehållet ändrades senast <time datetime="\d{4}-\d{2}-\d{2}"/.test(
          readFileSync(htmlFile(path), 'utf8'),
        ),
    );
    expect(missing).toEqual([]);
  });

  it('links only to pages and #fragments that exist', () => {
    const idsOf = new Map<string, Set<string>>();
    const ids = (path: string) => {
      if (!idsOf.has(path))
        idsOf.set(
          path,
          new Set([...readFileSync(htmlFile(path), 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)),
        );
      return idsOf.get(path)!;
    };
    const broken: string[] = [];
    let checked = 0;
    for (const path of paths) {
      const html = readFileSync(htmlFile(path), 'utf8');
      for (const [, href] of html.matchAll(/\shref="([^"]+)"/g)) {
        const url = new URL(href!.replace(/&amp;/g, '&'), `http://site${path}`);
        if (url.host !== 'site') continue;
        checked += 1;
        const target = url.pathname;
        let file: string;
        try {
          file = target.match(/\.[a-z0-9]+$/) ? join(DIST, target) : join(DIST, target, 'index.html');
          readFileSync(file);
        } catch {
          broken.push(`${path} → ${href} (sidan finns inte)`);
          continue;
        }
        // A text directive (`#anchor:~:text=…`) is for the browser's highlight; the anchor before it must exist.
        const fragment = decodeURIComponent(url.hash.slice(1).split(':~:')[0]!);
        if (fragment && file.endsWith('.html') && !ids(target.endsWith('.html') ? target : target).has(fragment))
          broken.push(`${path} → ${href} (ankaret finns inte)`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });

  // A source link's text directive (`#anchor:~:text=start,end`) only highlights the quoted sentence if that text
  // is on the target page as rendered: the Markdown pipeline must not change the transcribed characters (no
  // "smart" quotes: `IOP'n` stays `IOP'n`), and the quote must not span markup the browser cannot match.
  it('source links’ text directives find their quoted text on the target page', () => {
    const textOf = new Map<string, string>();
    const pageText = (file: string) => {
      if (!textOf.has(file)) {
        const html = readFileSync(file, 'utf8').replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ');
        const text = html
          .replace(/<[^>]+>/g, ' ')
          .replace(/&nbsp;|&#160;/g, ' ')
          .replace(/&quot;|&#34;/g, '"')
          .replace(/&#39;|&#x27;/g, "'")
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&');
        textOf.set(file, text.replace(/\s+/g, ' ').toLowerCase());
      }
      return textOf.get(file)!;
    };
    const unmatched: string[] = [];
    let checked = 0;
    for (const path of paths) {
      const html = readFileSync(htmlFile(path), 'utf8');
      for (const [, href] of html.matchAll(/\shref="([^"]*:~:text=[^"]*)"/g)) {
        const url = new URL(href!.replace(/&amp;/g, '&'), `http://site${path}`);
        const [start, end] = url.hash
          .split(':~:text=')[1]!
          .split(',')
          .map((term) => decodeURIComponent(term).replace(/\s+/g, ' ').toLowerCase());
        const text = pageText(htmlFile(url.pathname));
        const at = text.indexOf(start!);
        checked += 1;
        if (at < 0 || (end !== undefined && text.indexOf(end, at + start!.length) < 0))
          unmatched.push(`${path} → ${url.pathname}: ${[start, end].filter(Boolean).join(' … ')}`);
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(unmatched).toEqual([]);
  });
});
