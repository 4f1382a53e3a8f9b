import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '../../lib/site-data';
import { datasetFiles } from '../../lib/dataset-files';

export const getStaticPaths = (async () => {
  const data = await loadSiteData();
  return [...datasetFiles(data, new URL('https://example.invalid/')).keys()].map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const file = datasetFiles(await loadSiteData(), site!).get(params.file!)!;
  return new Response(file.body, { headers: { 'content-type': file.type } });
};
