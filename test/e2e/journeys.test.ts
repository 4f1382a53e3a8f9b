import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainText, openSite, type TestSite } from '../support/site';

let site: TestSite;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site.close());

describe('reader journeys', () => {
  it('start → partnership list → partnership', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url);
    await page.getByRole('link', { name: 'Partnerskap', exact: true }).first().click();
    await page.waitForURL('**/partnerskap/');
    await page.getByRole('link', { name: 'Social gemenskap och kamratstöd' }).click();
    await page.waitForURL('**/partnerskap/social-gemenskap-och-kamratstod/');
    expect(await page.locator('h1').innerText()).toBe('IOP – Social gemenskap, sammanhang och kamratstöd');
    await page.close();
  });

  it('a figure’s source link lands on the cited passage of the document page', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/partnerskap/social-gemenskap-och-kamratstod/`);
    const link = page.locator('dd', { hasText: 'sex månader' }).first().locator('a.source-link');
    await link.click();
    await page.waitForURL('**/dokument/social-gemenskap-och-kamratstod/#period-f%C3%B6r-%C3%B6verenskommelsen**');
    // The link's text directive scrolls the quoted sentence itself into view.
    const passage = page.locator('.transcript p', { hasText: 'Uppsägningstiden ska vara sex (6) månader.' });
    const height = page.viewportSize()!.height;
    // Scrolling to a text directive can lag the load event on a busy machine.
    await expect
      .poll(
        async () => {
          const box = await passage.boundingBox();
          return box !== null && box.y < height && box.y + box.height > 0;
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    await page.close();
  });

  it('header search for "kamratstöd" → a result → the page', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/om/`);
    await page.getByRole('searchbox', { name: 'Sök' }).fill('kamratstöd');
    await page.getByRole('searchbox', { name: 'Sök' }).press('Enter');
    await page.waitForURL('**/sok/?q=kamratst%C3%B6d');
    const first = page.locator('[data-results] li h2 a').first();
    await first.waitFor();
    expect(await page.locator('[role=status]').innerText()).toMatch(/^\d+ träffar för ”kamratstöd”/);
    const title = await first.innerText();
    await first.click();
    await page.waitForLoadState('load');
    expect(await page.locator('h1').innerText()).toContain(title.replace(/ – Öppna partnerskap$/, '').slice(0, 20));
    expect(await mainText(page)).toMatch(/kamratstöd/i);
    await page.close();
  });

  it('works with the keyboard alone: skip link first, focus always visible', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      visible: document.activeElement!.getBoundingClientRect().top >= 0,
    }));
    expect(skip).toEqual({ text: 'Hoppa till innehållet', visible: true });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    // Tab through the page: every focused element shows an outline or box-shadow.
    const unstyled: string[] = [];
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        if (el === document.body) return { label: 'body', visible: true }; // focus has left the page for the browser's own UI
        const style = getComputedStyle(el);
        const visible =
          (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
        return { label: `${el.tagName} ${el.textContent?.trim().slice(0, 30)}`, visible };
      });
      if (!focus.visible) unstyled.push(focus.label);
    }
    expect(unstyled).toEqual([]);
    // Reach a partnership with the keyboard alone.
    await page.goto(`${site.url}/partnerskap/`);
    await page.locator('a', { hasText: 'Social gemenskap och kamratstöd' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/partnerskap/social-gemenskap-och-kamratstod/');
    await page.close();
  });

  it.each([
    '/',
    '/partnerskap/',
    '/partnerskap/social-gemenskap-och-kamratstod/',
    '/partnerskap/socialt-och-ekonomiskt-utsatta/',
    '/dokument/social-gemenskap-och-kamratstod/',
    '/organisationer/pingstforsamlingen-linkoping/',
    '/sok/',
  ])('at 375 px, %s does not scroll sideways and its tables scroll in labelled containers', async (path) => {
    const page = await site.browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${site.url}${path}`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll('table')]
        .filter((t) => t.scrollWidth > t.parentElement!.clientWidth + 1)
        .filter((t) => !t.parentElement!.matches('section.table-scroll[aria-label][tabindex="0"]'))
        .map((t) => t.querySelector('caption')?.textContent),
    );
    expect(unlabelled).toEqual([]);
    await page.close();
  });

  it('the document page of a proposal says it is a proposal before its text', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/dokument/forslag-forlangning-social-gemenskap-2023/`);
    const notice = page.locator('.notice').first();
    expect(await notice.innerText()).toContain('Detta är ett förslag, inte ett beslut.');
    await page.close();
  });
});
