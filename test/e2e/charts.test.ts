import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv';
import { DIST, openSite, sitemapPaths, type TestSite } from '../support/site';

let site: TestSite;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site.close());

const pageHtml = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
/**
 * One page of each type (start, partnership, organisation) that has a chart, found in the built site, not listed by
 * hand.
 */
const CHART_PAGES = [
  ...new Map(
    sitemapPaths()
      .filter((path) => pageHtml(path).includes('<funding-chart'))
      .map((path) => [path.split('/')[1] ?? '', path] as const)
      .reverse(),
  ).values(),
].sort();
/** Every file under dist/data/, relative to it. */
const dataFiles = (dir = join(DIST, 'data'), prefix = ''): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? dataFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );

describe('charts', () => {
  it('are drawn on the start page and on partnership pages', () => {
    expect(CHART_PAGES).toContain('/');
    expect(CHART_PAGES.filter((path) => path.startsWith('/partnerskap/'))).not.toEqual([]);
  });

  it.each(CHART_PAGES)('%s: the chart renders and its table holds the same numbers', async (path) => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}${path}`);
    await page.locator('funding-chart').first().scrollIntoViewIfNeeded();
    await page.locator('funding-chart[data-ready="true"]').first().waitFor();
    const { drawn, table } = await page.evaluate(() => {
      const element = document.querySelector('funding-chart') as HTMLElement & {
        chart: { data: { labels: string[]; datasets: { label: string; data: (number | null)[] }[] } };
      };
      const figure = element.closest('figure')!;
      const headers = [...figure.querySelectorAll('table thead th')].slice(1, -1).map((th) => th.textContent!.trim());
      const rows = [...figure.querySelectorAll('table tbody tr')].map((tr) => ({
        key: tr.querySelector('th')!.childNodes[0]!.textContent!.trim(),
        cells: [...tr.querySelectorAll('td')]
          .slice(0, -1)
          .map((td) => ({ amount: td.getAttribute('data-amount'), status: td.getAttribute('data-status') })),
      }));
      const drawn: Record<string, number> = {};
      element.chart.data.datasets.forEach((ds) =>
        ds.data.forEach((value, i) => {
          if (value !== null) drawn[`${element.chart.data.labels[i]}|${ds.label.replace(/ \(förslag\)$/, '')}`] = value;
        }),
      );
      const table: Record<string, number> = {};
      rows.forEach((row) =>
        row.cells.forEach((cell, i) => {
          if (cell.amount !== null && cell.amount !== '') table[`${row.key}|${headers[i]}`] = Number(cell.amount);
        }),
      );
      return { drawn, table };
    });
    expect(Object.keys(table).length).toBeGreaterThan(0);
    expect(drawn).toEqual(table);
    await page.close();
  });

  it('marks unknown years on the canvas as unknown and not as bars', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/partnerskap/social-gemenskap-och-kamratstod/`);
    await page.locator('funding-chart').scrollIntoViewIfNeeded();
    await page.locator('funding-chart[data-ready="true"]').waitFor();
    const values2021 = await page.evaluate(() => {
      const element = document.querySelector('funding-chart') as HTMLElement & {
        chart: { data: { labels: string[]; datasets: { data: (number | null)[] }[] } };
      };
      const i = element.chart.data.labels.indexOf('2021');
      return element.chart.data.datasets.map((d) => d.data[i]);
    });
    expect(values2021.length).toBeGreaterThan(0);
    expect(values2021.every((v) => v === null)).toBe(true);
    const caption = await page.locator('figure figcaption').innerText();
    expect(caption.replace(/\u00a0/g, ' ')).toContain('2021–2023: kommunal ersättning saknas i källorna');
    await page.close();
  });

  it('pages without a chart or search load no JavaScript at all', async () => {
    const withoutChart = sitemapPaths().filter((p) => p !== '/sok/' && !pageHtml(p).includes('<funding-chart'));
    expect(withoutChart).toEqual(expect.arrayContaining(['/om/', '/partnerskap/', '/dokument/']));
    for (const path of withoutChart) {
      const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
      expect(html, path).not.toMatch(/<script(?![^>]*type="application\/(ld\+)?json")/);
    }
  });
});

describe('downloads', () => {
  it('the funding CSV opens with Swedish letters intact, has the seed figures, and every known row links to its source', () => {
    const text = readFileSync(join(DIST, 'data', 'finansiering.csv'), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text);
    const P1 = 'social-gemenskap-och-kamratstod';
    const P2 = 'socialt-och-ekonomiskt-utsatta';
    // By partnership too: another partnership may have the same party, kind and year.
    const row = (partnership: string, party: string, kind: string, year: string) =>
      rows.find(
        (r) => r.partnerskap_id === partnership && r.part_id === party && r.slag === kind && r.avtalsar === year,
      )!;
    expect(row(P1, 'pingstforsamlingen-linkoping', 'kommunal ersättning', '2018')).toMatchObject({
      belopp_kr: '400000',
      status: 'dokumenterad',
      part: 'Sionförsamlingen',
    });
    expect(row(P1, 'iogt-nto', 'kommunal ersättning', '2019')).toMatchObject({ belopp_kr: '', status: 'okänd' });
    // The proposal gives 339 690 kr without saying per year or for 2024–2026: no yearly amount, the figure explained.
    expect(row(P1, 'iogt-nto', 'kommunal ersättning', '2025')).toMatchObject({ belopp_kr: '', status: 'okänd' });
    expect(row(P1, 'iogt-nto', 'kommunal ersättning', '2025').forklaring).toMatch(
      /^Förslaget anger 339.690 kr för 2024-01-01 – 2026-12-31 men inte om beloppet gäller per år/,
    );
    expect(row(P2, 'hjarta-till-hjarta', 'kommunal ersättning', '2018/19')).toMatchObject({
      belopp_kr: '300000',
      part: 'Biståndsorganisationen Hjärta till hjärta',
    });
    for (const r of rows)
      expect(r.kalla_lank, `${r.partnerskap_id} ${r.part_id} ${r.avtalsar}`).toMatch(
        /^https?:\/\/[^/]+\/dokument\/[^#]+#.+/,
      );
  });

  it('every chart CSV and dataset parses back, and the JSON files are valid', () => {
    const files = dataFiles();
    expect(files).toContain('kommunal-ersattning-per-ar.csv');
    for (const file of files.filter((f) => f.endsWith('.csv'))) {
      const text = readFileSync(join(DIST, 'data', file), 'utf8');
      const rows = parseCsv(text);
      const header = text
        .replace(/^\uFEFF/, '')
        .split('\r\n')[0]!
        .split(',');
      expect(header, file).toEqual(expect.arrayContaining(['kommun', 'kommunkod']));
      // Organisations without partnerships have empty money files; every other CSV has rows, each with its
      // municipality.
      if (!file.startsWith('organisationer/')) expect(rows.length, file).toBeGreaterThan(0);
      expect(
        rows.filter((r) => r.kommunkod === ''),
        file,
      ).toEqual([]);
    }
    for (const file of files.filter((f) => /\.(json|jsonld)$/.test(f)))
      expect(() => JSON.parse(readFileSync(join(DIST, 'data', file), 'utf8')), file).not.toThrow();
    const partnerships = JSON.parse(readFileSync(join(DIST, 'data', 'partnerskap.json'), 'utf8'));
    expect(
      partnerships.find((p: { id: string }) => p.id === 'socialt-och-ekonomiskt-utsatta').publicParty.organisation,
    ).toBe('social-och-omsorgsnamnden');
  });
});
