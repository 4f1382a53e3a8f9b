import { describe, expect, it } from 'vitest';
import { sharedSitePage } from '../support/site';


const shared = sharedSitePage();


/** The number of hits the status announces ("Inga träffar" is 0). */
async function announcedCount(): Promise<number> {
  const status = (await shared.page.locator('[role=status]').textContent())!;
  return status.startsWith('Inga') ? 0 : Number(/^(\d+)/.exec(status)?.[1]);
}

/** Result paths for a search page URL, in ranked order. */
async function results(query: string): Promise<string[]> {
  await shared.page.goto(`${shared.site.url}/sok/${query}`);
  await shared.page.locator('[role=status]', { hasText: /träff/ }).waitFor();
  const hrefs = await shared.page.locator('[data-results] li h2 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  // The announced count is every hit: those shown plus those behind "Visa fler".
  const announced = await announcedCount();
  const more = shared.page.locator('[data-more]');
  const behindMore = (await more.isVisible()) ? Number(/\((\d+) till\)/.exec((await more.textContent())!)?.[1]) : 0;
  expect(announced, 'the announced count').toBe(hrefs.length + behindMore);
  return hrefs;
}

/** Watches the shared page for requests to the documents' search bundle until stopped. */
function watchDocumentsBundle(): { now(): boolean; stop(): boolean } {
  let requested = false;
  const listener = (r: { url(): string }) => void (requested ||= new URL(r.url()).pathname.startsWith('/pagefind-dokument/'));
  shared.page.on('request', listener);
  return {
    now: () => requested,
    stop: () => {
      shared.page.off('request', listener);
      return requested;
    },
  };
}

describe('search (Pagefind, Swedish)', () => {
  it.each([
    ['?q=kamratstöd', '/partnerskap/social-gemenskap-och-kamratstod/', 3],
    ['?q=Glyttinge', '/dokument/uppfoljning-social-gemenskap-odaterad/', 3],
    ['?q=Hjärta+till+hjärta', '/organisationer/hjarta-till-hjarta/', 3],
    ['?q=verkställighetshinder', '/dokument/socialt-och-ekonomiskt-utsatta/', 3],
    ['?q=Sionförsamlingen', '/organisationer/pingstforsamlingen-linkoping/', 5],
    ['?q=kamratstödjarna', '/dokument/uppfoljning-social-gemenskap-odaterad/', 5],
  ])('%s finds %s among the first %i', async (query, expected, within) => {
    const found = await results(query);
    expect(found.slice(0, within)).toContain(expected);
  });

  it('finds a party by a former name first among organisations', async () => {
    for (const name of ['Sionförsamlingen', 'Pingstkyrkan']) {
      const found = await results(`?q=${encodeURIComponent(name)}&typ=organisation`);
      expect(found[0]).toBe('/organisationer/pingstforsamlingen-linkoping/');
    }
  });

  it('narrows results with a facet, and keeps the state in the URL', async () => {
    const all = await results('?q=kamratstöd');
    const followUps = await results('?q=kamratstöd&typ=uppföljning');
    expect(followUps.length).toBeGreaterThan(0);
    expect(followUps.length).toBeLessThan(all.length);
    expect(followUps.every((p) => p.startsWith('/dokument/uppfoljning-'))).toBe(true);
    const box = shared.page.getByRole('checkbox', { name: /^uppföljning/ });
    expect(await box.isChecked()).toBe(true);
    await shared.page.getByRole('checkbox', { name: /^förslag/ }).check();
    await shared.page.waitForURL(/typ=f%C3%B6rslag/);
    expect(new URL(shared.page.url()).searchParams.getAll('typ').sort()).toEqual(['förslag', 'uppföljning']);
  });

  it('searches the documents at once when partnerships and organisations give less than a page of hits', async () => {
    // "Glyttinge" stands only in a follow-up's text: the overview has no hit, so the documents are merged in.
    const documentsRequested = watchDocumentsBundle();
    const found = await results('?q=Glyttinge');
    expect(found).toContain('/dokument/uppfoljning-social-gemenskap-odaterad/');
    expect(documentsRequested.stop()).toBe(true);
    expect(await shared.page.locator('[role=status]').textContent()).toMatch(/^\d+ träff(ar)? för ”Glyttinge”\.$/);
    expect(await shared.page.getByRole('button', { name: 'Sök även i dokumenten' }).isVisible()).toBe(false);
  });

  it('leaves the documents out until asked when the overview fills a page, and says so', async () => {
    // "och" is on nearly every page, so partnerships, organisations and the site's own pages fill a page of hits.
    const documentsRequested = watchDocumentsBundle();
    const overview = await results('?q=och');
    expect(overview.length).toBeGreaterThanOrEqual(10);
    expect(await shared.page.locator('[role=status]').textContent()).toMatch(/träffar för ”och” bland partnerskap och organisationer \(dokumenten är inte genomsökta\)/);
    expect(documentsRequested.now()).toBe(false);
    const overviewCount = await announcedCount();

    await shared.page.getByRole('button', { name: 'Sök även i dokumenten' }).click();
    await expect.poll(() => shared.page.locator('[role=status]').textContent()).toMatch(/^\d+ träffar för ”och”\.$/);
    const allCount = await announcedCount();
    expect(allCount).toBeGreaterThan(overviewCount);
    expect(documentsRequested.stop()).toBe(true);
    expect(new URL(shared.page.url()).searchParams.get('med')).toBe('dokument');
    expect(await shared.page.getByRole('button', { name: 'Sök även i dokumenten' }).isVisible()).toBe(false);
    // Every result page is counted once, documents included.
    await shared.page.getByRole('button', { name: /Visa fler träffar/ }).click();
    await expect.poll(() => shared.page.locator('[data-results] li').count()).toBe(allCount);
    const paths = await shared.page.locator('[data-results] li h2 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(new Set(paths).size).toBe(allCount);
    expect(paths.some((p) => p.startsWith('/dokument/'))).toBe(true);
  });

  it('loads no search JavaScript on other pages until the reader searches', async () => {
    for (const path of ['/om/', '/partnerskap/social-gemenskap-och-kamratstod/']) {
      const fresh = await shared.site.browser.newPage();
      const requests: string[] = [];
      fresh.on('request', (r) => requests.push(r.url()));
      await fresh.goto(`${shared.site.url}${path}`, { waitUntil: 'networkidle' });
      expect(requests.filter((url) => url.includes('pagefind')), path).toEqual([]);
      await fresh.close();
    }
  });
});
