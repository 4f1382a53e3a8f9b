import type { APIRoute } from 'astro';
import { loadSiteData } from '../../lib/site-data';
import { groupByMunicipality } from '../../lib/municipality';
import { CHART_CSV_COLUMNS, chartRecords, municipalityChart } from '../../lib/chart-data';
import { toCsv } from '../../lib/csv';
import { sourceUrl } from '../../lib/sources';

/** Exactly the data of the start page's chart, with the passages behind every sum. */
export const GET: APIRoute = async ({ site }) => {
  const data = await loadSiteData();
  // One chart per municipality or region, as on the start page; every row carries its kommun and kommunkod.
  const link = (s: Parameters<typeof sourceUrl>[0]) => new URL(sourceUrl(s), site).href;
  const rows = groupByMunicipality(data.partnerships, (p) => data.municipalityOfPartnership(p)).flatMap(
    ({ municipality, items }) =>
      chartRecords(
        municipalityChart(
          items.map((p) => ({
            shortTitle: p.data.shortTitle,
            municipality: municipality.name,
            code: municipality.code,
            data: p.data,
          })),
        ),
        { link },
      ),
  );
  return new Response(toCsv(CHART_CSV_COLUMNS, rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
