import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData, organisationName, organisationNameIn } from '../../../../data/site-data';
import { CHART_CSV_COLUMNS, chartRecords, partnershipChart } from '../../../../lib/chart-data';
import { toCsv } from '../../../../lib/csv';
import { sourceUrl } from '../../../../lib/sources';
import { absoluteUrl } from '../../../../lib/urls';

export const getStaticPaths = (async () =>
  (await loadSiteData()).partnerships.map((p) => ({ params: { slug: p.id } }))) satisfies GetStaticPaths;

/** Exactly the data of the partnership page's chart; each row names the party as its source document does. */
export const GET: APIRoute = async ({ params, site }) => {
  const data = await loadSiteData();
  const partnership = data.partnershipById.get(params.slug!)!;
  const chart = partnershipChart(
    partnership.data,
    (id) => organisationName(data, id),
    data.municipalityOfPartnership(partnership),
  );
  const records = chartRecords(chart, {
    nameIn: (id, doc, quote) => organisationNameIn(data, id, doc, quote),
    link: (s) => absoluteUrl(sourceUrl(s), site!),
  });
  return new Response(toCsv(CHART_CSV_COLUMNS, records), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
