import { describe, expect, it } from 'vitest';
import { systemChromium } from '../../scripts/lib/browser';
import { mainText, sharedSitePage } from '../support/site';
import { parseCsv } from '../../src/lib/csv';

const shared = sharedSitePage();

async function textOf(path: string): Promise<string> {
  const response = await shared.page.goto(`${shared.site.url}${path}`);
  expect(response?.status()).toBe(200);
  return mainText(shared.page);
}

/** The cells of the funding table row for an agreement year, as text. */
async function fundingRow(path: string, yearLabel: string): Promise<string[]> {
  await shared.page.goto(`${shared.site.url}${path}`);
  const row = shared.page
    .locator('.chart-table tbody tr', { has: shared.page.locator(`th:text-is("${yearLabel}")`) })
    .first();
  const cells = await row.locator('td').allInnerTexts();
  return cells.map((c) =>
    c
      .replace(/[\u00a0\u202f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

describe('001: agreement Social gemenskap, sammanhang och kamratstöd', () => {
  const path = '/partnerskap/social-gemenskap-och-kamratstod/';
  it('shows the 2018 municipal payments, own contributions and stated totals', async () => {
    const text = await textOf(path);
    for (const figure of ['2 400 000 kr', '700 000 kr', '1 230 000 kr', '143 900 kr', '14 000 kr', '312 000 kr'])
      expect(text).toContain(figure);
    expect(await fundingRow(path, '2018')).toEqual([
      expect.stringMatching(/^400 000 kr/),
      expect.stringMatching(/^300 000 kr/),
      expect.stringMatching(/^470 000 kr/),
      expect.stringMatching(/^1 230 000 kr/),
      expect.stringMatching(/^2 400 000 kr/),
    ]);
  });
  it('publishes both 470 000 and 469 900 with the difference', async () => {
    const text = await textOf(path);
    expect(text).toMatch(/Summa av delsummorna \(beräknad\)\s+469 900 kr/);
    expect(text).toMatch(/Summa totalt enligt dokumentet\s+470 000 kr/);
    expect(text).toMatch(/Skillnad \(beräknad\)\s+100 kr/);
  });
  it('shows indexed years as unknown, never as 0 kr', async () => {
    const cells = await fundingRow(path, '2019');
    expect(cells[0]).toBe('uppgift saknas');
    expect(cells[1]).toBe('uppgift saknas');
    expect(cells.join(' ')).not.toMatch(/(^|\s)0 kr/);
    for (const year of ['2021', '2022', '2023'])
      expect((await fundingRow(path, year)).slice(0, 4)).toEqual(Array(4).fill('uppgift saknas'));
  });
  it('gives 2024–2026 no yearly amount: the proposal does not say whether its amounts are per year', async () => {
    const cells = await fundingRow(path, '2024');
    expect(cells[0]).toMatch(
      /^uppgift saknas förslaget anger 452 948 kr för 2024-01-01 – 2026-12-31, inte om per år eller för hela perioden/,
    );
    expect(cells[1]).toMatch(/^uppgift saknas förslaget anger 339 690 kr för 2024-01-01 – 2026-12-31/);
    const facts = (
      await shared.page.locator('.decision-facts .money-runs li', { hasText: '2024–2026' }).first().innerText()
    ).replace(/[\u00a0\u202f]/g, ' ');
    expect(facts).toMatch(
      /^2024–2026: uppgift saknas; förslaget anger 792 638 kr för 2024-01-01 – 2026-12-31 men inte/,
    );
    expect(facts).not.toMatch(/per år enligt förslag/);
  });
  it('states the terms', async () => {
    const text = await textOf(path);
    expect(text).toContain('21 december 2017 i Linköping');
    expect(text).toContain('31 december 2019');
    expect(text).toContain('sex månader');
    expect(text).toContain('OPI (omsorgsprisindex) från 1 januari 2019');
    expect(text).toContain('I januari.');
    expect(text).toContain('två gånger per år, kvartal två och fyra');
  });
  it('shows the status for 2026-11-22 from decided periods: the 2024–2026 extension is only proposed', async () => {
    const text = await textOf(path);
    expect(text).toContain('Enligt förslag till 2026-12-31; beslut saknas');
    expect(text).toContain('Den sista beslutade perioden i källorna slutade 31 december 2023');
    expect(text).toContain('nämndens beslut finns inte bland källorna');
    expect(text).not.toContain('Upphör om 39 dagar');
    expect(text).toContain('Status beräknad för 22 november 2026');
  });
  it('names follow-up convener and parties as the agreement does (finding 1, 2)', async () => {
    const text = await textOf(path);
    expect(text).toContain('Sammankallande: Omsorgs- och äldreförvaltningen');
    expect(text).not.toMatch(/Sammankallande: Social- och omsorgsförvaltningen/);
    const parties = await shared.page.locator('.parties h3').allInnerTexts();
    expect(parties).toEqual(['omsorgsnämnden – Linköpings kommun', 'IOGT-NTO', 'Sionförsamlingen Linköping']);
    expect(text).not.toContain('i dag Pingstförsamlingen');
  });
  it('states notice as early withdrawal and derives no deadline for ending the fixed term (finding 4)', async () => {
    const text = await textOf(path);
    expect(text).toContain('6 månaders uppsägningstid om en part vill frånträda överenskommelsen i förtid');
    expect(text).toContain('upphör vid periodens slut utan uppsägning');
    expect(text).not.toMatch(/behöver uppsägningen göras senast|30 juni 2026/);
  });
  it('does not carry the proposal’s total to a first year (finding 7)', async () => {
    const text = await textOf(path);
    expect(text).not.toContain('för första året');
    expect(text).toContain('Total ersättning enligt förslaget (förslaget anger ingen period för summan)');
  });
  it('tells published reports from meetings the sources mention; proposed requirements apart (finding 8)', async () => {
    const text = await textOf(path);
    expect(text).toContain(
      'Överenskommelsen kräver 6 uppföljningar vars tid har gått ut. För 2 finns en publicerad rapport bland källorna; för 4 nämner källorna att parterna har träffats, men ingen rapport finns.',
    );
    expect(text).toContain('Enligt förslag: förslaget kräver 2 uppföljningar vars tid har gått ut');
    expect(text).not.toMatch(/6 av 8/);
  });
  it('shows the change clause, the partnership’s registry number and the proposal’s own judgement (finding 9, 14)', async () => {
    const text = await textOf(path);
    expect(text).toContain('väsentligt förändrade förutsättningar');
    expect(text).toMatch(/Diarienummer\s+SON 2019-1251/);
    expect(text).toContain('Förslagets egen bedömning');
    expect(text).toContain(
      "”Social- och omsorgsförvaltningens bedömning är att IOP'n fyller sitt syfte och arbetat mot sina mål för avsedd målgrupp.”",
    );
  });
  it('cites the page as the site’s compilation, not as the 2017 board (finding 10)', async () => {
    const citation = await shared.page.locator('#citat-text').inputValue();
    expect(citation).toMatch(
      /^Öppna partnerskap, sammanställning av källdokumenten \(22 november 2026\)\. IOP – Social gemenskap/,
    );
    expect(citation).not.toContain('omsorgsnämnden – Linköpings kommun (2017)');
  });
  it('lets one key figure be cited with its passage and the report’s uncertain date (finding 10)', async () => {
    await textOf(path);
    const cite = shared.page
      .locator('#nyckeltal ~ .table-scroll tr', { hasText: 'Unika personer' })
      .locator('.figure-cite');
    await cite.locator('summary').click();
    const text = (await cite.locator('p').innerText()).replace(/[\u00a0\u202f]/g, ' ');
    expect(text).toMatch(/^Unika personer som deltagit i verksamheten: ca 90 /);
    expect(text).toContain('(odaterad, troligen 2020)');
    expect(text).toMatch(/https:\/\/\S+\/dokument\/uppfoljning-social-gemenskap-2020\/#/);
  });
});

describe('start page, lists and comparison (findings 2, 3)', () => {
  it('counts running partnerships from decided periods only', async () => {
    const text = await textOf('/');
    expect(text).toContain('2 partnerskap, varav 0 pågår enligt beslut i källorna och 1 bara enligt förslag');
    expect(text).toContain('Inget partnerskap slutar inom sex månader enligt källorna.');
  });
  it('lists parties under the names their agreements use', async () => {
    const list = await textOf('/partnerskap/');
    expect(list).toContain('Omsorgsnämnden, Linköpings kommun');
    expect(list).toContain('Enligt förslag till 2026-12-31; beslut saknas');
    expect(list).not.toContain('Social- och omsorgsnämnden');
    const compare = await textOf('/jamfor/');
    expect(compare).not.toContain('Social- och omsorgsförvaltningen');
    expect(compare).not.toContain('Social- och omsorgsnämnden');
    expect(compare).not.toMatch(/personal, lokaler, volontärer/);
    // Every period of "Social gemenskap" is cited, not only the 2017 agreement.
    const column = (await shared.page.locator('thead th').allInnerTexts()).indexOf('Social gemenskap och kamratstöd');
    const cell = shared.page.locator('tr', { hasText: 'Avtalsperiod och förlängningar' }).locator('th, td').nth(column);
    expect(await cell.locator('a.source-link').count()).toBe(3);
  });
});

describe('004: agreement for people in a socially and economically vulnerable situation', () => {
  const path = '/partnerskap/socialt-och-ekonomiskt-utsatta/';
  it('shows the FY 2018/19 split 1 500 000 / 300 000 / 0 and the own contributions', async () => {
    const text = await textOf(path);
    for (const figure of ['4 232 475 kr', '1 800 000 kr']) expect(text).toContain(figure);
    const cells = await fundingRow(path, '2018/19');
    expect(cells.slice(0, 6)).toEqual([
      expect.stringMatching(/^1 500 000 kr/),
      expect.stringMatching(/^300 000 kr/),
      expect.stringMatching(/^0 kr/),
      expect.stringMatching(/^809 000 kr/),
      expect.stringMatching(/^1 023 800 kr/),
      expect.stringMatching(/^599 675 kr/),
    ]);
    expect((await fundingRow(path, '2019/20')).slice(0, 3)).toEqual(Array(3).fill('uppgift saknas'));
  });
  it('is unknown after 2021-06-30 and names the police as a non-party', async () => {
    const text = await textOf(path);
    expect(text).toContain('Okänd efter 2021-06-30');
    expect(text).toContain('Polisen är inte part i överenskommelsen');
    expect(text).toContain('I juli.');
  });
  it('shows every term the agreement states, with its registry number and the administration it names (finding 1, 9)', async () => {
    const text = await textOf(path);
    expect(text).toContain(
      'Aktiviteter inom överenskommelsen får inte bidra till eller underlätta för personer utan vistelserätt att kvarvara i Sverige.',
    );
    expect(text).toContain('väsentligt förändrade förutsättningar');
    expect(text).toContain('De idéburna organisationerna får fritt söka medel från andra finansiärer');
    expect(text).toMatch(/Diarienummer\s+ON 2018-229/);
    expect(text).toContain('Sammankallande: Omsorgs- och äldreförvaltningen');
    expect(await shared.page.locator('.parties h3').first().innerText()).toBe('Omsorgsnämnden, Linköpings kommun');
  });
  it('cites the council’s 1 800 000 kr to the passage that states it (finding 11)', async () => {
    await textOf(path);
    const hrefs = await shared.page
      .locator('.parties li')
      .first()
      .locator('a.source-link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs[0]).toMatch(/#ekonomi:~:text=Omsorgsn%C3%A4mnden%20bidrar%20med/);
  });
});

describe('000: undated follow-up', () => {
  it('shows its uncertain date with the reason, and its key figures', async () => {
    const text = await textOf('/dokument/uppfoljning-social-gemenskap-odaterad/');
    expect(text).toContain('troligen december 2018');
    expect(text).toContain('Vilket år som är rätt går inte att avgöra ur källan.');
    // No author the document does not name (finding 6); the citation keeps "troligen" (finding 10).
    expect(text).toMatch(/Upphov\s+anges inte i dokumentet/);
    expect(await shared.page.locator('main dl.facts').first().innerText()).not.toContain(
      'Social- och omsorgsförvaltningen',
    );
    expect(await shared.page.locator('#citat-text').inputValue()).toMatch(
      /^\(odaterad, troligen december 2018\)\. Uppföljning av IOP/,
    );
    // Search results show this date as indexed.
    expect(await shared.page.locator('[data-pagefind-meta="datum"]').textContent()).toBe(
      'odaterad, troligen december 2018',
    );
    expect(text).toMatch(/Besökare per dag i IOGT-NTO:s öppna verksamhet\s+2–12\s+personer per dag/);
    expect(text).toMatch(/Familjer som sökte hjälp hos församlingen\s+200/);
    expect(text).toContain('Glyttinge camping');
    expect(text).toContain('Ny uppföljning tillsammans kommer ske april/maj 2019.');
  });
});

describe('002: follow-up 2020', () => {
  it('shows the approximate counts as approximate', async () => {
    const text = await textOf('/dokument/uppfoljning-social-gemenskap-2020/');
    expect(text).toMatch(/Besökare som regelbundet kommit på torsdagskvällarna\s+ca 25/);
    expect(text).toMatch(/Unika personer som deltagit i verksamheten\s+ca 90/);
    expect(text).toMatch(/Personer som arbetstränar 2–20 timmar i veckan\s+ca 15/);
    expect(text).toContain('De ser det som enklare att de är ensam part tillsammans med kommunen');
    expect(text).toMatch(/Upphov\s+anges inte i dokumentet/);
    expect(await shared.page.locator('#citat-text').inputValue()).toMatch(/^\(odaterad, troligen 2020\)\./);
  });
});

describe('003: proposal to extend', () => {
  it('reads as a proposal, not a decision, with its amounts', async () => {
    const text = await textOf('/dokument/forslag-forlangning-social-gemenskap-2023/');
    expect(text).toContain('Detta är ett förslag, inte ett beslut.');
    expect(text).toContain('Inget protokoll eller beslut från Social- och omsorgsnämnden finns bland källorna');
    for (const figure of ['452 948 kr', '339 690 kr', '792 638 kr', 'SON 2019-1251']) expect(text).toContain(figure);
  });

  it("keeps the transcription's characters: the scan's straight apostrophe in IOP'n is not made typographic", async () => {
    const text = await textOf('/dokument/forslag-forlangning-social-gemenskap-2023/');
    expect(text).toContain("bedömning är att IOP'n fyller sitt syfte");
    expect(text).not.toContain('IOP’n');
  });
});

describe('name history', () => {
  it('shows Sionförsamlingen and Pingstförsamlingen as one organisation', async () => {
    const text = await textOf('/organisationer/pingstforsamlingen-linkoping/');
    expect(text).toContain('Källorna använder även: Sionförsamlingen Linköping, Sionförsamlingen, Pingstkyrkan.');
    expect(text).toContain('Pingstkyrkan är inte ett äldre namn');
    expect(text).not.toMatch(/Hette tidigare|tidigare .*Pingstkyrkan/);
    expect(text).toContain('Social gemenskap och kamratstöd');
    const board = await textOf('/organisationer/social-och-omsorgsnamnden/');
    expect(board).toContain('Källorna använder även: Omsorgsnämnden.');
    expect(board).not.toContain('fick sitt nya namn');
  });
  it('does not deny the org.nr that 001 prints, and explains whose it may be (finding 5)', async () => {
    for (const org of ['iogt-nto', 'pingstforsamlingen-linkoping']) {
      const text = await textOf(`/organisationer/${org}/`);
      expect(text).toContain('802506-5742 står i källorna, men det är osäkert om numret hör till denna organisation');
      expect(text).not.toContain('anges inte i källorna');
    }
  });
  it('never sums money received and own contribution into one figure (finding 12)', async () => {
    await textOf('/organisationer/iogt-nto/');
    const headings = await shared.page.locator('.chart-table thead th').allInnerTexts();
    expect(headings).not.toContain('Summa kända belopp');
    expect(headings).toContain('Summa kända belopp, kommunal ersättning');
    expect(headings).toContain('Summa kända belopp, egna insatser');
    const row2018 = (await fundingRow('/organisationer/iogt-nto/', '2018')).join(' | ');
    expect(row2018).not.toContain('770 000 kr');
  });
});

describe('downloads (findings 1, 2, 6, 13)', () => {
  const csv = async (path: string) => {
    const response = await shared.page.request.get(`${shared.site.url}${path}`);
    expect(response.status()).toBe(200);
    return parseCsv(await response.text());
  };
  it('gives the start chart’s CSV real source columns', async () => {
    const rows = await csv('/data/kommunal-ersattning-per-ar.csv');
    const known = rows.filter((r) => r.belopp_kr !== '');
    expect(known.length).toBeGreaterThan(0);
    for (const row of known) {
      expect(row.kalla_dokument).not.toBe('');
      expect(row.kalla_citat).not.toBe('');
      expect(row.kalla_lank).toMatch(/^https?:\/\/.+#.+:~:text=/);
    }
  });
  it('finds a fiscal year by its calendar year and names parties as each year’s source does', async () => {
    const rows = await csv('/data/finansiering.csv');
    const fiscal = rows.filter((r) => r.avtalsar === '2018/19');
    expect(fiscal.length).toBeGreaterThan(0);
    expect(fiscal.every((r) => r.kalenderar === '2018')).toBe(true);
    const sion = rows.find(
      (r) => r.part_id === 'pingstforsamlingen-linkoping' && r.avtalsar === '2018' && r.slag === 'kommunal ersättning',
    )!;
    expect(sion.part).toBe('Sionförsamlingen');
    const parties = await csv('/data/parter.csv');
    const board004 = parties.find(
      (r) => r.partnerskap_id === 'socialt-och-ekonomiskt-utsatta' && r.roll === 'offentlig part',
    )!;
    expect(board004.namn_i_overenskommelsen).toBe('Omsorgsnämnden, Linköpings kommun');
    const docs = await csv('/data/dokument.csv');
    for (const id of ['uppfoljning-social-gemenskap-odaterad', 'uppfoljning-social-gemenskap-2020'])
      expect(docs.find((r) => r.dokument_id === id)!.upphov_id).toBe('');
    expect(docs.find((r) => r.dokument_id === 'uppfoljning-social-gemenskap-odaterad')!.datum_text).toBe(
      'odaterad, troligen december 2018',
    );
    expect(docs.find((r) => r.dokument_id === 'social-gemenskap-och-kamratstod')!.diarienummer).toBe('');
  });
  it('names the convener in partnerskap.json as the agreement does', async () => {
    const response = await shared.page.request.get(`${shared.site.url}/data/partnerskap.json`);
    const json = (await response.json()) as { id: string; terms: { followUp: { convenedByName: string } } }[];
    for (const p of json) expect(p.terms.followUp.convenedByName).toBe('Omsorgs- och äldreförvaltningen');
    const status = (json as unknown as { id: string; status: { kind: string; label: string } }[]).find(
      (p) => p.id === 'social-gemenskap-och-kamratstod',
    )!.status;
    expect(status).toMatchObject({ kind: 'enligt förslag', label: 'Enligt förslag till 2026-12-31; beslut saknas' });
  });
  it('explains only what the start chart draws', async () => {
    const text = await textOf('/');
    expect(text).not.toContain('Randig yta: egen insats');
  });
});

describe('source links land on the quoted sentence (finding 11)', () => {
  /** Where the first text node containing `text` sits relative to the viewport. */
  const placeOf = (text: string) =>
    shared.page.evaluate((needle) => {
      const walker = document.createTreeWalker(document.querySelector('.transcript')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode())
        if (node.textContent?.includes(needle)) {
          const range = document.createRange();
          range.selectNodeContents(node);
          const rect = range.getBoundingClientRect();
          return { top: rect.top, bottom: rect.bottom, height: window.innerHeight };
        }
      return null;
    }, text);

  // @sparticuz/chromium's headless shell does not scroll to a text fragment (:~:text=), so on a machine without a
  // system Chromium this runs nowhere but in .ci/run, which installs Debian's.
  it.skipIf(systemChromium() === undefined)(
    'a funding line’s source link scrolls the document to the quoted table row, not only to its heading',
    async () => {
      await shared.page.setViewportSize({ width: 1280, height: 500 });
      await shared.page.goto(`${shared.site.url}/partnerskap/social-gemenskap-och-kamratstod/`);
      const link = shared.page.locator('tr', { hasText: 'Verksamhetskostnader' }).locator('a.source-link').first();
      const href = (await link.getAttribute('href'))!;
      expect(href).toMatch(
        /^\/dokument\/social-gemenskap-och-kamratstod\/#iogt-nto-1:~:text=Verksamhetskostnader,30%20000$/,
      );
      await link.click();
      await shared.page.waitForURL('**/dokument/social-gemenskap-och-kamratstod/**');
      // Scrolling to a text directive can lag the load event on a busy machine.
      await expect
        .poll(async () => (await placeOf('Verksamhetskostnader'))?.top ?? -1, { timeout: 15_000 })
        .toBeGreaterThanOrEqual(0);
      const quote = (await placeOf('Verksamhetskostnader'))!;
      expect(quote.bottom).toBeLessThanOrEqual(quote.height);
      // The section heading alone would have put the reader more than a screen above the row.
      const heading = await shared.page.locator('[id="iogt-nto-1"]').boundingBox();
      expect(heading!.y + heading!.height).toBeLessThan(0);

      // Control: the bare section anchor does not show the row.
      await shared.page.goto('about:blank');
      await shared.page.goto(`${shared.site.url}/dokument/social-gemenskap-och-kamratstod/#iogt-nto-1`);
      const bare = (await placeOf('Verksamhetskostnader'))!;
      expect(bare.top).toBeGreaterThan(bare.height);
      await shared.page.setViewportSize({ width: 1280, height: 720 });
    },
  );
});
