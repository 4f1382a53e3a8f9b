import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData, organisationNameIn } from '../../../../data/site-data';
import { CHART_CSV_COLUMNS, chartRecords, organisationChart } from '../../../../lib/chart-data';
import { toCsv } from '../../../../lib/csv';
import { sourceUrl } from '../../../../lib/sources';
import { absoluteUrl } from '../../../../lib/urls';

export const getStaticPaths = (async () =>
  (await loadSiteData()).organisations.map((o) => ({ params: { slug: o.id } }))) satisfies GetStaticPaths;

/** Exactly the data of the organisation page's chart; each row names the organisation as its source does. */
export const GET: APIRoute = async ({ params, site }) => {
  const data = await loadSiteData();
  const partnerships = (data.partnershipsByOrganisation.get(params.slug!) ?? []).map((p) => ({
    shortTitle: p.data.shortTitle,
    municipality: data.municipalityOfPartnership(p),
    data: p.data,
  }));
  const chart = organisationChart(params.slug!, partnerships);
  const records = chartRecords(chart, {
    nameIn: (id, doc, quote) => organisationNameIn(data, id, doc, quote),
    link: (s) => absoluteUrl(sourceUrl(s), site!),
  });
  return new Response(toCsv(CHART_CSV_COLUMNS, records), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
