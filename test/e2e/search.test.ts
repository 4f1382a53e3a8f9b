import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/generate-corpus';
import { launchBrowser } from '../support/browser';
import { builtBundleSpecs } from '../../scripts/lib/document-files';
import { SEARCH_BUNDLES, type SearchLayout } from '../../src/lib/search-bundles';
import { bundleFiles, fragmentsByUrl, indexPagesThemselves } from '../support/pagefind-index';
import { projectCopy, removeProjectCopies, runIn } from '../support/project-build';
import { DIST, sharedSitePage } from '../support/site';
import { serveStatic } from '../support/static-server';

const shared = sharedSitePage();

/** A browser page on a served site. */
interface On {
  page: Page;
  url: string;
}
const real = (): On => ({ page: shared.page, url: shared.site.url });

/** The number of hits the status announces ("Inga träffar" is 0). */
async function announcedCount(on: On): Promise<number> {
  const status = (await on.page.locator('[role=status]').textContent())!;
  return status.startsWith('Inga') ? 0 : Number(/^(\d+)/.exec(status)?.[1]);
}

/** Result paths for a search page URL, in ranked order. */
async function results(query: string, on: On = real()): Promise<string[]> {
  await on.page.goto(`${on.url}/sok/${query}`);
  await on.page.locator('[role=status]', { hasText: /träff/ }).waitFor();
  const hrefs = await on.page
    .locator('[data-results] li h2 a')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  // The announced count is every hit: those shown plus those behind "Visa fler".
  const announced = await announcedCount(on);
  const more = on.page.locator('[data-more]');
  const behindMore = (await more.isVisible()) ? Number(/\((\d+) till\)/.exec((await more.textContent())!)?.[1]) : 0;
  expect(announced, 'the announced count').toBe(hrefs.length + behindMore);
  return hrefs;
}

/** Watches a page for requests to one search bundle (its folder under dist/) until stopped. */
function watchBundle(on: On, bundle: string): { now(): boolean; stop(): boolean } {
  let requested = false;
  const listener = (r: { url(): string }) => void (requested ||= new URL(r.url()).pathname.startsWith(`/${bundle}/`));
  on.page.on('request', listener);
  return {
    now: () => requested,
    stop: () => {
      on.page.off('request', listener);
      return requested;
    },
  };
}

/** The Pagefind files a fresh browser (empty cache) requests for a search page, by kind, until results are shown. */
async function searchRequests(query: string): Promise<{ page: Page; requested(kind: string): string[] }> {
  const page = await shared.site.browser.newPage();
  const paths: string[] = [];
  page.on('request', (r) => paths.push(new URL(r.url()).pathname));
  await page.goto(`${shared.site.url}/sok/${query}`);
  await page.locator('[role=status]', { hasText: /träff/ }).waitFor();
  return { page, requested: (kind) => paths.filter((p) => p.startsWith('/pagefind/') && p.endsWith(`.${kind}`)) };
}

/**
 * Checks that each bundle of a built site, written from the pages' search copies (scripts/lib/search-copy.ts), holds
 * what Pagefind writes from the pages themselves: every page, with the same text, filters, metadata and anchors.
 */
async function expectCopiesIndexedAsPages(dist: string, layout: SearchLayout) {
  const bundles = builtBundleSpecs(dist, layout);
  expect(bundles.length).toBe(layout === 'one' ? 1 : 3);
  for (const bundle of bundles) {
    const output = mkdtempSync(join(tmpdir(), 'oppna-sidorna-'));
    try {
      const pages = await indexPagesThemselves(dist, bundle, output);
      const fromCopies = fragmentsByUrl(join(dist, bundle.dir));
      const fromPages = fragmentsByUrl(output);
      expect(pages, bundle.dir).toBeGreaterThan(0);
      expect([...fromCopies.keys()].sort(), bundle.dir).toEqual([...fromPages.keys()].sort());
      for (const [url, { anchors, ...fragment }] of fromPages) {
        const { anchors: copyAnchors, ...copy } = fromCopies.get(url)!;
        expect(copy, url).toEqual(fragment);
        // An anchor's text (a sub-result's heading, which /sok/ does not show) is the only difference: Pagefind adds
        // the hidden text of an ignored link inside the anchor ("källa: <title>"), which the copy no longer has.
        const at = ({ element, id, location }: (typeof anchors)[number]) => ({ element, id, location });
        expect(copyAnchors.map(at), url).toEqual(anchors.map(at));
        copyAnchors.forEach((anchor, i) => expect(anchors[i]!.text.startsWith(anchor.text), anchor.id).toBe(true));
      }
    } finally {
      rmSync(output, { recursive: true, force: true });
    }
  }
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
    await results('?q=kamratstöd');
    const all = await announcedCount(real());
    const followUps = await results('?q=kamratstöd&typ=uppföljning');
    expect(followUps.length).toBeGreaterThan(0);
    expect(await announcedCount(real())).toBeLessThan(all);
    expect(followUps.every((p) => p.startsWith('/dokument/uppfoljning-'))).toBe(true);
    const box = shared.page.getByRole('checkbox', { name: /^uppföljning/ });
    expect(await box.isChecked()).toBe(true);
    await shared.page.getByRole('checkbox', { name: /^förslag/ }).check();
    await shared.page.waitForURL(/typ=f%C3%B6rslag/);
    expect(new URL(shared.page.url()).searchParams.getAll('typ').sort()).toEqual(['förslag', 'uppföljning']);
  });

  it('narrows results by municipality (the kommun filter)', async () => {
    const page = readFileSync(join(DIST, 'partnerskap', 'social-gemenskap-och-kamratstod', 'index.html'), 'utf8');
    const municipality = /data-pagefind-filter="kommun">([^<]+)</.exec(page)![1]!;
    await results('?q=kamratstöd');
    const all = await announcedCount(real());
    const inMunicipality = await results(`?q=kamratstöd&kommun=${encodeURIComponent(municipality)}`);
    expect(inMunicipality).toContain('/partnerskap/social-gemenskap-och-kamratstod/');
    expect(await announcedCount(real())).toBeLessThanOrEqual(all);
    expect(await results(`?q=kamratstöd&kommun=${encodeURIComponent('Ingen sådan kommun (9999)')}`)).toEqual([]);
  });

  it('searches partnerships, organisations and documents in one index on a small site', async () => {
    // The real site is small (src/lib/search-bundles.ts): "Glyttinge" stands only in a follow-up's text.
    const documentsRequested = watchBundle(real(), 'pagefind-dokument');
    const found = await results('?q=Glyttinge');
    expect(found).toContain('/dokument/uppfoljning-social-gemenskap-odaterad/');
    const mixed = await results('?q=kamratstöd');
    expect(mixed.some((p) => p.startsWith('/dokument/'))).toBe(true);
    expect(mixed.some((p) => p.startsWith('/partnerskap/'))).toBe(true);
    expect(documentsRequested.stop()).toBe(false);
    expect(await shared.page.locator('[role=status]').textContent()).toMatch(/^\d+ träff(ar)? för ”kamratstöd”\.$/);
    expect(await shared.page.getByRole('button', { name: /^Sök även i / }).count()).toBe(0);
    expect(new URL(shared.page.url()).searchParams.get('med')).toBeNull();
  });

  it('indexes from the search copies exactly what Pagefind reads on the pages themselves', async () => {
    await expectCopiesIndexedAsPages(DIST, 'one');
  });

  it("writes the same bundle byte for byte with its allocator's own defaults as with the build's settings", async () => {
    // The build runs Pagefind on huge pages and one arena (scripts/lib/pagefind.ts): faster, and nothing else.
    const [bundle] = builtBundleSpecs(DIST, 'one');
    const outputs = [mkdtempSync(join(tmpdir(), 'oppna-bygget-')), mkdtempSync(join(tmpdir(), 'oppna-standard-'))];
    try {
      const counts = [
        await indexPagesThemselves(DIST, bundle!, outputs[0]!),
        await indexPagesThemselves(DIST, bundle!, outputs[1]!, ''),
      ];
      expect(counts[0]).toBeGreaterThan(0);
      expect(counts[1]).toBe(counts[0]);
      const [built, byDefault] = outputs.map(bundleFiles);
      expect([...built!.keys()].sort()).toEqual([...byDefault!.keys()].sort());
      for (const [path, bytes] of built!) expect(bytes.equals(byDefault!.get(path)!), path).toBe(true);
    } finally {
      for (const output of outputs) rmSync(output, { recursive: true, force: true });
    }
  });

  it('leaves the templates’ own headings and explanations out of the index', () => {
    // They are the same words on every page of a kind: a search for one of them found every partnership page.
    // Each indexed page's fragment beside the page's HTML, each read once.
    const indexed = [...fragmentsByUrl(join(DIST, 'pagefind')).values()].map((fragment) => ({
      fragment,
      html: readFileSync(join(DIST, fragment.url, 'index.html'), 'utf8'),
    }));
    const explanations = [
      'Kommunal ersättning är pengar som kommunen betalar',
      'vad uppföljningarna säger och vad som saknas',
      'Att en rapport saknas bland källorna betyder inte',
      'En rapport räknas till det senaste tidsfönster',
      'Varje avtalsår räknas till det kalenderår',
      'part, med överenskommelsens namn',
    ];
    for (const explanation of explanations) {
      const on = indexed.filter((page) => page.html.includes(explanation));
      expect(on.length, explanation).toBeGreaterThan(0);
      for (const { fragment } of on) expect(fragment.content, fragment.url).not.toContain(explanation);
    }
    let headings = 0;
    for (const { fragment, html } of indexed) {
      const ids = [...html.matchAll(/<h[23] id="([^"]+)" class="section-heading"/g)].map((m) => m[1]);
      headings += ids.length;
      // Pagefind records an anchor for every indexed heading with an id.
      expect(fragment.anchors.map((anchor) => anchor.id).filter((id) => ids.includes(id))).toEqual([]);
      // The page's own text is still there.
      expect(fragment.content.length, fragment.url).toBeGreaterThan(0);
    }
    expect(headings).toBeGreaterThan(0);
  });

  it("writes the small site's word index in small chunks, and a one-word search loads one of them", async () => {
    // Pagefind's default chunk size made the real site's index two chunks and a first search load a 35 KB one
    // (src/lib/search-bundles.ts, indexChunkSize). The chunk size reaches Pagefind through an unstable environment
    // variable: if a Pagefind upgrade ignores it, the chunks are few again and this fails.
    const chunks = readdirSync(join(DIST, 'pagefind', 'index')).filter((name) => name.endsWith('.pf_index'));
    expect(chunks.length).toBeGreaterThan(4);
    for (const query of ['?q=Glyttinge', '?q=kamratstöd']) {
      const search = await searchRequests(query);
      expect(search.requested('pf_index'), query).toHaveLength(1);
      await search.page.close();
    }
  });

  it('loads the text of the results shown only, and the next ones with "Visa fler"', async () => {
    // "och" is on more pages than one page of results holds. A result's fragment carries the page's whole indexed
    // text (for the excerpt), so fragments are requested for the shown results only.
    const search = await searchRequests('?q=och');
    const shown = () => search.page.locator('[data-results] li').count();
    const first = await shown();
    expect(first).toBe(5);
    expect(new Set(search.requested('pf_fragment')).size).toBe(first);
    await search.page.getByRole('button', { name: /Visa fler träffar/ }).click();
    await expect.poll(shown).toBeGreaterThan(first);
    await search.page.waitForLoadState('networkidle');
    expect(new Set(search.requested('pf_fragment')).size).toBe(await shown());
    // Every result still has its excerpt, and the hits in them are marked.
    const excerpts = await search.page.locator('[data-results] li > p:last-child').allTextContents();
    expect(excerpts).toHaveLength(await shown());
    expect(excerpts.every((text) => text.trim().length > 20)).toBe(true);
    expect(await search.page.locator('[data-results] li mark').count()).toBeGreaterThan(0);
    await search.page.close();
  });

  it('loads no search JavaScript on other pages until the reader searches', async () => {
    for (const path of ['/om/', '/partnerskap/social-gemenskap-och-kamratstod/']) {
      const fresh = await shared.site.browser.newPage();
      const requests: string[] = [];
      fresh.on('request', (r) => requests.push(r.url()));
      await fresh.goto(`${shared.site.url}${path}`, { waitUntil: 'networkidle' });
      expect(
        requests.filter((url) => url.includes('pagefind')),
        path,
      ).toEqual([]);
      await fresh.close();
    }
  });
});

// A large site keeps organisations and documents in bundles of their own. A generated register (40 partnerships,
// seed 1) is built
// that way (SEARCH_LAYOUT=split), with one word added to one follow-up's text; the real content has too few
// partnerships for the overview to fill a page of hits.
describe('search in split bundles (large sites)', () => {
  const split = {} as On;
  const ONLY_IN_ONE_DOCUMENT = 'Glyttingeträffarna';
  let followUp = '';
  let dist = '';
  let close: () => Promise<void>;
  beforeAll(async () => {
    const generated = mkdtempSync(join(tmpdir(), 'oppna-register-'));
    generateCorpus(generated, 40, 1);
    const documents = join(generated, 'content', 'documents');
    const file = readdirSync(documents)
      .filter((name) => name.endsWith('-uppfoljning-1.mdx'))
      .sort()[0]!;
    appendFileSync(join(documents, file), `\nDeltagarna kallar dem ${ONLY_IN_ONE_DOCUMENT}.\n`);
    followUp = `/dokument/${file.replace(/\.mdx$/, '')}/`;
    const dir = projectCopy({ content: join(generated, 'content') });
    rmSync(generated, { recursive: true, force: true });
    const built = await runIn(dir, 'npm', ['run', 'build'], { SEARCH_LAYOUT: 'split', SITE_DATE: '2026-11-22' });
    if (built.failed) throw new Error(built.output);
    dist = join(dir, 'dist');
    const server = await serveStatic(dist);
    const browser = await launchBrowser();
    Object.assign(split, { page: await browser.newPage(), url: server.url });
    close = async () => {
      await browser.close();
      await server.close();
      removeProjectCopies();
    };
  }, 300_000);
  afterAll(() => close?.());

  const status = () => split.page.locator('[role=status]').textContent();

  it('indexes each of the three bundles from the search copies as Pagefind reads the pages themselves', async () => {
    await expectCopiesIndexedAsPages(dist, 'split');
    expect(readdirSync(dist)).toEqual(expect.arrayContaining(Object.values(SEARCH_BUNDLES).map((b) => b.dir)));
  });
  const widen = () => split.page.getByRole('button', { name: /^Sök även i / });

  it('searches organisations and documents at once when the partnerships give less than a page of hits', async () => {
    const organisations = watchBundle(split, 'pagefind-organisationer');
    const documents = watchBundle(split, 'pagefind-dokument');
    const found = await results(`?q=${ONLY_IN_ONE_DOCUMENT}`, split);
    expect(found).toEqual([followUp]);
    expect(organisations.stop()).toBe(true);
    expect(documents.stop()).toBe(true);
    expect(await status()).toBe(`1 träff för ”${ONLY_IN_ONE_DOCUMENT}”.`);
    expect(await widen().isVisible()).toBe(false);
  });

  it('leaves organisations and documents out until asked when the partnerships fill a page, and says so', async () => {
    // "Verksamheten" opens sentences on every partnership page; no organisation is named so.
    const organisations = watchBundle(split, 'pagefind-organisationer');
    const documents = watchBundle(split, 'pagefind-dokument');
    await results('?q=verksamheten', split);
    expect(await announcedCount(split)).toBeGreaterThanOrEqual(10);
    expect(await status()).toMatch(
      /träffar för ”verksamheten” bland partnerskap \(organisationer och dokument är inte genomsökta\)/,
    );
    expect(organisations.now() || documents.now()).toBe(false);
    const overviewCount = await announcedCount(split);

    expect(await widen().textContent()).toBe('Sök även i organisationer och dokument');
    await widen().click();
    await expect.poll(status, { timeout: 30_000 }).toMatch(/^\d+ träffar för ”verksamheten”\.$/);
    const allCount = await announcedCount(split);
    expect(allCount).toBeGreaterThan(overviewCount);
    expect(organisations.stop()).toBe(true);
    expect(documents.stop()).toBe(true);
    expect(new URL(split.page.url()).searchParams.get('med')).toBe('dokument');
    expect(await widen().isVisible()).toBe(false);
    // Every result page is counted once, documents included.
    const more = split.page.getByRole('button', { name: /Visa fler träffar/ });
    while (await more.isVisible()) {
      const before = await split.page.locator('[data-results] li').count();
      await more.click();
      await expect
        .poll(() => split.page.locator('[data-results] li').count(), { timeout: 30_000 })
        .toBeGreaterThan(before);
    }
    expect(await split.page.locator('[data-results] li').count()).toBe(allCount);
    const paths = await split.page
      .locator('[data-results] li h2 a')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(new Set(paths).size).toBe(allCount);
    expect(paths.some((p) => p.startsWith('/dokument/'))).toBe(true);
  });

  it('searches the organisations, not the documents, when the query names a party of the partnerships', async () => {
    // The register's city missions are parties of many partnerships: their own pages are found too, and first.
    const organisations = watchBundle(split, 'pagefind-organisationer');
    const documents = watchBundle(split, 'pagefind-dokument');
    const found = await results('?q=stadsmission', split);
    expect(organisations.stop()).toBe(true);
    expect(documents.stop()).toBe(false);
    expect(found[0]).toMatch(/^\/organisationer\//);
    expect(await split.page.locator('[data-results] li h2 a').first().textContent()).toMatch(/stadsmission/i);
    expect(found.some((p) => p.startsWith('/partnerskap/'))).toBe(true);
    expect(await status()).toMatch(
      /träffar för ”stadsmission” bland partnerskap och organisationer \(dokumenten är inte genomsökta\)/,
    );
    expect(await widen().textContent()).toBe('Sök även i dokumenten');
  });

  it('searches the organisations when one is chosen in the facets, so its own page is among the hits', async () => {
    // A board of the register's first municipality finances more partnerships than a page of hits holds.
    const board = 'Social- och omsorgsnämnden i Linköping';
    const organisations = watchBundle(split, 'pagefind-organisationer');
    const documents = watchBundle(split, 'pagefind-dokument');
    await results(`?organisation=${encodeURIComponent(board)}`, split);
    const count = await announcedCount(split);
    expect(count).toBeGreaterThanOrEqual(10);
    expect(organisations.stop()).toBe(true);
    expect(documents.stop()).toBe(false);
    const shown = () => split.page.locator('[data-results] li').count();
    const more = split.page.getByRole('button', { name: /Visa fler träffar/ });
    while ((await shown()) < count) {
      const before = await shown();
      await more.click();
      await expect.poll(shown, { timeout: 30_000 }).toBeGreaterThan(before);
    }
    const links = split.page.locator('[data-results] li h2 a');
    const paths = await links.evaluateAll((all) => all.map((a) => (a as HTMLAnchorElement).pathname));
    expect(paths.filter((p) => p.startsWith('/organisationer/'))).toHaveLength(1);
    expect(await links.allTextContents()).toContain(board);
  });
});
