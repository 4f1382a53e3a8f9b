// Every internal address of the site, in one place. Pages, components, feeds and downloads take their links from
// here; the routes in src/pages/ are the other half of each pair (a test follows every link of the built site).
// Ids are content file names (a–z, 0–9, hyphens), so they stand in a path unencoded.

/** The site's fixed pages, in the order of the main menu where they are in it. */
export const PAGES = {
  home: '/',
  partnerships: '/partnerskap/',
  compare: '/jamfor/',
  organisations: '/organisationer/',
  documents: '/dokument/',
  data: '/data/',
  about: '/om/',
  accessibility: '/tillganglighet/',
  search: '/sok/',
  rss: '/dokument/rss.xml',
} as const;

export const partnershipUrl = (id: string): string => `/partnerskap/${id}/`;
export const organisationUrl = (id: string): string => `/organisationer/${id}/`;
/** The page of a source document (a partnership's agreement has its partnership's id). */
export const documentUrl = (id: string): string => `/dokument/${id}/`;

/** A list page (PAGES.partnerships or PAGES.compare) narrowed to one municipality or region, by its SCB code. */
export const municipalityListUrl = (listUrl: string, code: string): string => `${listUrl}kommun/${code}/`;

/** A section of a page, by its heading's anchor. */
export const sectionUrl = (pageUrl: string, anchor: string): string => `${pageUrl}#${anchor}`;

/** Downloads under /data/: a catalogue file by name, and the CSV beside each chart. */
export const dataFileUrl = (file: string): string => `/data/${file}`;
export const MUNICIPAL_MONEY_CSV = dataFileUrl('kommunal-ersattning-per-ar.csv');
export const partnershipFundingCsvUrl = (id: string): string => dataFileUrl(`partnerskap/${id}/finansiering.csv`);
export const organisationMoneyCsvUrl = (id: string): string => dataFileUrl(`organisationer/${id}/pengar.csv`);

/** The page of an entry a reference points to (an organisation, a partnership or a document). */
export function entryUrl(ref: { collection: string; id: string }): string {
  if (ref.collection === 'organisations') return organisationUrl(ref.id);
  if (ref.collection === 'partnerships') return partnershipUrl(ref.id);
  if (ref.collection === 'documents') return documentUrl(ref.id);
  throw new Error(`Ingen sida för samlingen "${ref.collection}" (${ref.id})`);
}

/** An internal path as a full address on the published site (for downloads, feeds and the catalogue). */
export const absoluteUrl = (path: string, site: URL): string => new URL(path, site).href;
