import { describe, expect, it } from 'vitest';
import { mainText, sharedSitePage } from '../support/site';

const shared = sharedSitePage();

describe('before a renewal vote (SITE_DATE=2026-11-22)', () => {
  it('001 shows the proposed end as a proposal, the last follow-up from 2020 and the reports not among the sources', async () => {
    await shared.page.goto(`${shared.site.url}/partnerskap/social-gemenskap-och-kamratstod/`);
    const text = await mainText(shared.page);
    expect(text).toContain('En förlängning till 31 december 2026 finns bara som förslag');
    expect(text).toContain('nämndens beslut finns inte bland källorna');
    // Notice is for leaving early: no last day for notice is derived from the end of a fixed term.
    expect(text).toContain('6 månaders uppsägningstid om en part vill frånträda överenskommelsen i förtid');
    expect(text).not.toContain('behöver uppsägningen göras senast');
    const followUps = shared.page.locator('table', {
      has: shared.page.locator('caption', { hasText: 'Uppföljningar som villkoren kräver' }),
    });
    // Window and status are the last two cells of each row (period and requirement span several rows).
    const rows = await followUps.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) =>
        [...tr.querySelectorAll('td')]
          .slice(-2)
          .map((td) => td.textContent!.trim())
          .join(' '),
      ),
    );
    expect(rows.filter((r) => /rapport finns bland källorna/.test(r))).toEqual([
      expect.stringContaining('andra halvåret 2018'),
      expect.stringContaining('andra halvåret 2020'),
    ]);
    expect(rows.filter((r) => /möte nämns/.test(r)).map((r) => r.split(' möte')[0])).toEqual([
      'första halvåret 2018',
      'första halvåret 2019',
      'andra halvåret 2019',
      'första halvåret 2020',
    ]);
    expect(rows.filter((r) => /inget bland källorna$/.test(r))).toEqual([
      '2024 inget bland källorna',
      '2025 inget bland källorna',
    ]);
    expect(text).toContain(
      'Överenskommelsen kräver 6 uppföljningar vars tid har gått ut. För 2 finns en publicerad rapport bland källorna',
    );
    // The latest follow-up among the sources is the 2020 one.
    const latest = await followUps
      .locator('a', { hasText: 'rapport finns bland källorna' })
      .last()
      .getAttribute('href');
    expect(latest).toBe('/dokument/uppfoljning-social-gemenskap-2020/');
  });

  it('001 links each thing the sources do not say to the document to check', async () => {
    await shared.page.goto(`${shared.site.url}/partnerskap/social-gemenskap-och-kamratstod/`);
    const items = await shared.page.locator('ul.gaps > li').evaluateAll((lis) =>
      lis.map((li) => ({
        text: li.textContent!.replace(/\s+/g, ' ').trim(),
        links: [...li.querySelectorAll('a')].map((a) => [a.textContent!.trim(), a.getAttribute('href')]),
      })),
    );
    expect(items.length).toBeGreaterThan(0);
    expect(items.filter((i) => i.links.length !== 1)).toEqual([]);
    const linkOf = (start: string) => items.find((i) => i.text.startsWith(start))!.links[0];
    expect(linkOf('Kommunal ersättning saknas')).toEqual([
      'saknas i överenskommelsen',
      '/dokument/social-gemenskap-och-kamratstod/',
    ]);
    expect(linkOf('Om förslaget från 2023-08-30 antogs')).toEqual([
      'gäller förslaget',
      '/dokument/forslag-forlangning-social-gemenskap-2023/',
    ]);
    for (const [, href] of items.map((i) => i.links[0]!)) {
      const response = await shared.page.request.get(`${shared.site.url}${href}`);
      expect(response.status(), href!).toBe(200);
    }
  });

  it('001 shows what each follow-up reported under each goal, quoted and linked', async () => {
    await shared.page.goto(`${shared.site.url}/partnerskap/social-gemenskap-och-kamratstod/`);
    const goal = shared.page.locator('section.goal', {
      hasText: 'Mål 1: Nå människor som lever i socialt utanförskap',
    });
    const text = (await goal.innerText()).replace(/\u00a0/g, ' ');
    expect(text).toContain(
      'Organisationerna beskriver att de sedan överenskommelsens start sett en succesiv ökning av besökare.',
    );
    expect(await goal.locator('a.source-link').count()).toBeGreaterThanOrEqual(2);
    const figures = (await mainText(shared.page)).replace(/\s+/g, ' ');
    expect(figures).toMatch(/Unika personer som deltagit i verksamheten Pingstförsamlingen ca 90/);
  });

  it('004 is unknown after 2021-06-30 and lists its missing yearly follow-ups and missing terms', async () => {
    await shared.page.goto(`${shared.site.url}/partnerskap/socialt-och-ekonomiskt-utsatta/`);
    const text = await mainText(shared.page);
    expect(text).toContain('Okänd efter 2021-06-30');
    expect(text).toContain(
      'Överenskommelsen kräver 3 uppföljningar vars tid har gått ut. För 0 finns en publicerad rapport bland källorna; för 3 finns inget bland källorna.',
    );
    expect(text).toContain('Överenskommelsen anger ingen uppsägningstid.');
  });

  it('every number in the economy and the key figures links to its source passage', async () => {
    await shared.page.goto(`${shared.site.url}/partnerskap/social-gemenskap-och-kamratstod/`);
    const { checked, unlinked } = await shared.page.evaluate(() => {
      const amounts = [...document.querySelectorAll('main td, main li, main dd')]
        .filter((el) => el.children.length === 0 || el.querySelector(':scope > span, :scope > time, :scope > strong'))
        .filter((el) => /\d[\d\u00a0 ]* kr\b/.test(el.textContent ?? ''))
        .filter((el) => !el.closest('.chart-table tfoot, .funding-legend'))
        .filter((el) => !(el as HTMLElement).closest('td:last-child')?.closest('.chart-table'));
      const unlinked = amounts.filter((el) => !el.querySelector('a.source-link'));
      return { checked: amounts.length, unlinked: unlinked.map((el) => el.textContent!.trim().slice(0, 60)) };
    });
    // The page has amounts in kronor to check (the economy section and the funding table).
    expect(checked).toBeGreaterThan(5);
    expect(unlinked).toEqual([]);
  });
});

describe('compare', () => {
  it('shows both partnerships’ terms side by side, every stated cell with its source', async () => {
    // The compare view is paged; walk it until both seed partnerships have been seen, checking every page on the way.
    const wanted = ['Människor i socialt och ekonomiskt utsatt situation', 'Social gemenskap och kamratstöd'];
    const seen: string[] = [];
    let text = '';
    for (let url: string | null = '/jamfor/'; url && !wanted.every((t) => seen.includes(t));) {
      await shared.page.goto(`${shared.site.url}${url}`);
      const headers = await shared.page.locator('thead th').allInnerTexts();
      const cells = await shared.page.evaluate(() =>
        [...document.querySelectorAll('tbody td')].map((td) => ({
          text: td.textContent!.trim(),
          linked: !!td.querySelector('a.source-link'),
          unknown: !!td.querySelector('.unknown'),
        })),
      );
      const rows = await shared.page.locator('tbody tr').count();
      expect(cells.length, url).toBe(rows * (headers.length - 1));
      expect(
        cells.every((c) => c.linked || c.unknown),
        url,
      ).toBe(true);
      seen.push(...headers.slice(1));
      if (wanted.some((t) => headers.includes(t))) text += (await mainText(shared.page)).replace(/\s+/g, ' ');
      const next = shared.page.locator('a[rel=next]');
      url = (await next.count()) > 0 ? await next.first().getAttribute('href') : null;
    }
    expect(seen).toEqual(expect.arrayContaining(wanted));
    expect(text).toContain('29 % av värdet');
    expect(text).toContain('43 % av värdet');
  });

  it('keeps the term column in view while the table scrolls on a phone', async () => {
    const phone = await shared.site.browser.newPage({ viewport: { width: 375, height: 800 } });
    await phone.goto(`${shared.site.url}/jamfor/`);
    const scroller = phone.locator('section.compare');
    await scroller.evaluate((el) => (el.scrollLeft = 300));
    const left = await phone
      .locator('tbody th')
      .first()
      .evaluate((th) => th.getBoundingClientRect().left);
    const boxLeft = await scroller.evaluate((el) => el.getBoundingClientRect().left);
    expect(Math.abs(left - boxLeft)).toBeLessThan(2);
    await phone.close();
  });
});

describe('cite and provenance', () => {
  it.each(['/partnerskap/social-gemenskap-och-kamratstod/', '/dokument/forslag-forlangning-social-gemenskap-2023/'])(
    '%s has a Citera block and says when its content last changed',
    async (path) => {
      await shared.page.goto(`${shared.site.url}${path}`);
      const cite = await shared.page.locator('#citera').locator('..').innerText();
      expect(cite).toContain('Permanent adress');
      expect(cite).toContain(path);
      expect(await shared.page.locator('textarea#citat-text').inputValue()).toMatch(/\(hämtad 2026-11-22\)$/);
      expect(await shared.page.locator('.last-changed').innerText()).toMatch(
        /^Innehållet ändrades senast \d{1,2} \w+ \d{4}\.$/,
      );
    },
  );
});
