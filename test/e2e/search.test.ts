import { describe, expect, it } from 'vitest';
import { sharedSitePage } from '../support/site';


const shared = sharedSitePage();


/** Result paths for a search page URL, in ranked order. */
async function results(query: string): Promise<string[]> {
  await shared.page.goto(`${shared.site.url}/sok/${query}`);
  await shared.page.locator('[role=status]', { hasText: /träff/ }).waitFor();
  const hrefs = await shared.page.locator('[data-results] li h2 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  return hrefs;
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
