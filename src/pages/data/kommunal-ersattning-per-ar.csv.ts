import type { APIRoute } from 'astro';
import { loadSiteData, organisationName } from '../../lib/site-data';
import { CHART_CSV_COLUMNS, chartRecords, municipalityChart } from '../../lib/chart-data';
import { toCsv } from '../../lib/csv';

/** Exactly the data of the start page's chart. */
export const GET: APIRoute = async () => {
  const data = await loadSiteData();
  const chart = municipalityChart(data.partnerships.map((p) => ({ shortTitle: p.data.shortTitle, municipality: organisationName(data, p.data.municipality.id), data: p.data })));
  return new Response(toCsv(CHART_CSV_COLUMNS, chartRecords(chart)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
