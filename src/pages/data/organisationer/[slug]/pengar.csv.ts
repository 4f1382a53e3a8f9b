import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '../../../../lib/site-data';
import { CHART_CSV_COLUMNS, chartRecords, organisationChart } from '../../../../lib/chart-data';
import { toCsv } from '../../../../lib/csv';

export const getStaticPaths = (async () => (await loadSiteData()).organisations.map((o) => ({ params: { slug: o.id } }))) satisfies GetStaticPaths;

/** Exactly the data of the organisation page's chart. */
export const GET: APIRoute = async ({ params }) => {
  const data = await loadSiteData();
  const partnerships = (data.partnershipsByOrganisation.get(params.slug!) ?? []).map((p) => ({
    shortTitle: p.data.shortTitle,
    municipality: data.municipalityOfPartnership(p),
    data: p.data,
  }));
  const chart = organisationChart(params.slug!, partnerships);
  return new Response(toCsv(CHART_CSV_COLUMNS, chartRecords(chart)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
