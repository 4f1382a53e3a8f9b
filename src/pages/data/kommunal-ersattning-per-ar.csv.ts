import type { APIRoute } from 'astro';
import { loadSiteData, organisationName } from '../../lib/site-data';
import { CHART_CSV_COLUMNS, chartRecords, municipalityChart } from '../../lib/chart-data';
import { toCsv } from '../../lib/csv';
import { sourceUrl } from '../../lib/sources';

/** Exactly the data of the start page's chart, with the passages behind every sum. */
export const GET: APIRoute = async ({ site }) => {
  const data = await loadSiteData();
  const chart = municipalityChart(data.partnerships.map((p) => ({ shortTitle: p.data.shortTitle, municipality: organisationName(data, p.data.municipality.id), data: p.data })));
  const records = chartRecords(chart, { link: (s) => new URL(sourceUrl(s), site).href });
  return new Response(toCsv(CHART_CSV_COLUMNS, records), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
