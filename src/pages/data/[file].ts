import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '../../data/site-data';
import { DATASET_FILE_NAMES, datasetFiles } from '../../lib/dataset-files';

export const getStaticPaths = (() => DATASET_FILE_NAMES.map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const file = datasetFiles(await loadSiteData(), site!).get(params.file!)!;
  return new Response(file.body, { headers: { 'content-type': file.type } });
};
