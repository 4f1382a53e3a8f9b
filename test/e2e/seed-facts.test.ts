import { describe, expect, it } from 'vitest';
import { mainText, sharedSitePage } from '../support/site';


const shared = sharedSitePage();


async function textOf(path: string): Promise<string> {
  const response = await shared.page.goto(`${shared.site.url}${path}`);
  expect(response?.status()).toBe(200);
  return mainText(shared.page);
}

/** The cells of the funding table row for an agreement year, as text. */
async function fundingRow(path: string, yearLabel: string): Promise<string[]> {
  await shared.page.goto(`${shared.site.url}${path}`);
  const row = shared.page.locator('.chart-table tbody tr', { has: shared.page.locator(`th:text-is("${yearLabel}")`) }).first();
  const cells = await row.locator('td').allInnerTexts();
  return cells.map((c) => c.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim());
}

describe('001: agreement Social gemenskap, sammanhang och kamratstöd', () => {
  const path = '/partnerskap/social-gemenskap-och-kamratstod/';
  it('shows the 2018 municipal payments, own contributions and stated totals', async () => {
    const text = await textOf(path);
    for (const figure of ['2 400 000 kr', '700 000 kr', '1 230 000 kr', '143 900 kr', '14 000 kr', '312 000 kr']) expect(text).toContain(figure);
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
    for (const year of ['2021', '2022', '2023']) expect((await fundingRow(path, year)).slice(0, 4)).toEqual(Array(4).fill('uppgift saknas'));
  });
  it('marks the 2024–2026 amounts as proposed', async () => {
    const cells = await fundingRow(path, '2024');
    expect(cells[0]).toMatch(/^452 948 kr \(förslag\)/);
    expect(cells[1]).toMatch(/^339 690 kr \(förslag\)/);
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
  it('shows the status for 2026-11-22 with the proposal caveat', async () => {
    const text = await textOf(path);
    expect(text).toContain('Upphör om 39 dagar');
    expect(text).toContain('Enligt förslaget; nämndens beslut finns inte bland källorna.');
    expect(text).toContain('Status beräknad för 22 november 2026');
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
});

describe('000: undated follow-up', () => {
  it('shows its uncertain date with the reason, and its key figures', async () => {
    const text = await textOf('/dokument/uppfoljning-social-gemenskap-odaterad/');
    expect(text).toContain('troligen december 2018');
    expect(text).toContain('Vilket år som är rätt går inte att avgöra ur källan.');
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
  });
});

describe('003: proposal to extend', () => {
  it('reads as a proposal, not a decision, with its amounts', async () => {
    const text = await textOf('/dokument/forslag-forlangning-social-gemenskap-2023/');
    expect(text).toContain('Detta är ett förslag, inte ett beslut.');
    expect(text).toContain('Inget protokoll eller beslut från Social- och omsorgsnämnden finns bland källorna');
    for (const figure of ['452 948 kr', '339 690 kr', '792 638 kr', 'SON 2019-1251']) expect(text).toContain(figure);
  });
});

describe('name history', () => {
  it('shows Sionförsamlingen and Pingstförsamlingen as one organisation', async () => {
    const text = await textOf('/organisationer/pingstforsamlingen-linkoping/');
    expect(text).toContain('Har även kallats: Sionförsamlingen Linköping, Sionförsamlingen, Pingstkyrkan.');
    expect(text).toContain('Social gemenskap och kamratstöd');
    const board = await textOf('/organisationer/social-och-omsorgsnamnden/');
    expect(board).toContain('Har även kallats: Omsorgsnämnden.');
  });
});
