import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv';
import { DATASET_FILE_NAMES } from '../../src/lib/dataset-files';
import { DIST, openSite, sitemapPaths, type TestSite } from '../support/site';

let site: TestSite;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site.close());

const htmlOf = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
/** The built pages that draw a funding chart. */
const CHART_PAGES = sitemapPaths().filter((path) => htmlOf(path).includes('<funding-chart'));

describe('charts', () => {
  it('are drawn on the start page and on partnership pages', () => {
    expect(CHART_PAGES).toContain('/');
    expect(CHART_PAGES.filter((path) => path.startsWith('/partnerskap/') && path !== '/partnerskap/')).not.toEqual([]);
  });

  it.each(CHART_PAGES)('%s: the chart renders and its table holds the same numbers', async (path) => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}${path}`);
    await page.locator('funding-chart').first().scrollIntoViewIfNeeded();
    await page.locator('funding-chart[data-ready="true"]').first().waitFor();
    const { drawn, table } = await page.evaluate(() => {
      const element = document.querySelector('funding-chart') as HTMLElement & { chart: { data: { labels: string[]; datasets: { label: string; data: (number | null)[] }[] } } };
      const figure = element.closest('figure')!;
      const headers = [...figure.querySelectorAll('table thead th')].slice(1, -1).map((th) => th.textContent!.trim());
      const rows = [...figure.querySelectorAll('table tbody tr')].map((tr) => ({
        key: tr.querySelector('th')!.childNodes[0]!.textContent!.trim(),
        cells: [...tr.querySelectorAll('td')].slice(0, -1).map((td) => ({ amount: td.getAttribute('data-amount'), status: td.getAttribute('data-status') })),
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
      const element = document.querySelector('funding-chart') as HTMLElement & { chart: { data: { labels: string[]; datasets: { data: (number | null)[] }[] } } };
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
    const withoutChart = sitemapPaths().filter((p) => !CHART_PAGES.includes(p) && p !== '/sok/');
    expect(withoutChart.length).toBeGreaterThan(5);
    for (const path of withoutChart)
      expect(htmlOf(path), path).not.toMatch(/<script(?![^>]*type="application\/(ld\+)?json")/);
  });
});

describe('downloads', () => {
  it('the funding CSV opens with Swedish letters intact, has the seed figures, and every known row links to its source', () => {
    const text = readFileSync(join(DIST, 'data', 'finansiering.csv'), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text);
    const row = (party: string, kind: string, year: string) => rows.find((r) => r.part_id === party && r.slag === kind && r.avtalsar === year)!;
    expect(row('pingstforsamlingen-linkoping', 'kommunal ersättning', '2018')).toMatchObject({ belopp_kr: '400000', status: 'dokumenterad', part: 'Pingstförsamlingen' });
    expect(row('iogt-nto', 'kommunal ersättning', '2019')).toMatchObject({ belopp_kr: '', status: 'okänd' });
    expect(row('iogt-nto', 'kommunal ersättning', '2025')).toMatchObject({ belopp_kr: '339690', status: 'föreslagen' });
    expect(row('hjarta-till-hjarta', 'kommunal ersättning', '2018/19')).toMatchObject({ belopp_kr: '300000', part: 'Biståndsorganisationen Hjärta till hjärta' });
    for (const r of rows) expect(r.kalla_lank, `${r.partnerskap_id} ${r.part_id} ${r.avtalsar}`).toMatch(/^https?:\/\/[^/]+\/dokument\/[^#]+#.+/);
  });

  it('every chart CSV and dataset parses back, and the JSON files are valid', () => {
    const files = readdirSync(join(DIST, 'data'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(csv|json|jsonld)$/.test(f));
    expect(files).toEqual(expect.arrayContaining(DATASET_FILE_NAMES));
    // Each chart links its own CSV, and that file is among them.
    const chartCsvs = CHART_PAGES.flatMap((path) =>
      [...htmlOf(path).matchAll(/<a href="\/data\/([^"]+\.csv)" download>/g)].map((m) => m[1]!),
    );
    expect(chartCsvs.length).toBeGreaterThanOrEqual(CHART_PAGES.length);
    expect(files).toEqual(expect.arrayContaining(chartCsvs));
    const rowsOf = (file: string) => parseCsv(readFileSync(join(DIST, 'data', file), 'utf8'));
    for (const file of [...DATASET_FILE_NAMES.filter((f) => f.endsWith('.csv')), ...chartCsvs])
      expect(rowsOf(file).length, file).toBeGreaterThan(0);
    for (const file of files.filter((f) => f.endsWith('.csv'))) expect(() => rowsOf(file), file).not.toThrow();
    for (const file of files.filter((f) => !f.endsWith('.csv')))
      expect(() => JSON.parse(readFileSync(join(DIST, 'data', file), 'utf8')), file).not.toThrow();
    const partnerships = JSON.parse(readFileSync(join(DIST, 'data', 'partnerskap.json'), 'utf8'));
    expect(partnerships.find((p: { id: string }) => p.id === 'socialt-och-ekonomiskt-utsatta').publicParty.organisation).toBe('social-och-omsorgsnamnden');
  });
});
