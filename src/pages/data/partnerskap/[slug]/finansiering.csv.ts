import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData, organisationName } from '../../../../lib/site-data';
import { CHART_CSV_COLUMNS, chartRecords, partnershipChart } from '../../../../lib/chart-data';
import { toCsv } from '../../../../lib/csv';

export const getStaticPaths = (async () => (await loadSiteData()).partnerships.map((p) => ({ params: { slug: p.id } }))) satisfies GetStaticPaths;

/** Exactly the data of the partnership page's chart. */
export const GET: APIRoute = async ({ params }) => {
  const data = await loadSiteData();
  const partnership = data.partnershipById.get(params.slug!)!;
  const chart = partnershipChart(partnership.data, (id) => organisationName(data, id), data.municipalityOfPartnership(partnership));
  return new Response(toCsv(CHART_CSV_COLUMNS, chartRecords(chart)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
