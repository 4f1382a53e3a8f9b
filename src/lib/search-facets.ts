import type { PartnershipStatus } from './status';

/** Pagefind facets of each page type, defined once so the pages and the search form agree. */
export type Facets = Record<'typ' | 'organisation' | 'partnerskap' | 'år' | 'status', string[]>;

const unique = (values: string[]) => [...new Set(values)];

export function partnershipFacets(shortTitle: string, partyNames: string[], years: string[], status: PartnershipStatus): Partial<Facets> {
  return { typ: ['partnerskap'], organisation: unique(partyNames), partnerskap: [shortTitle], år: unique(years), status: [status.kind] };
}

export function documentFacets(kind: string, partnershipTitle: string, partyNames: string[], date: string): Partial<Facets> {
  return { typ: [kind], organisation: unique(partyNames), partnerskap: [partnershipTitle], år: [date.slice(0, 4)] };
}

export function organisationFacets(name: string, partnershipTitles: string[]): Partial<Facets> {
  return { typ: ['organisation'], organisation: [name], partnerskap: unique(partnershipTitles) };
}

/** Every value each facet takes across the site, sorted, for the search form. */
export function allFacetValues(pages: Partial<Facets>[]): Facets {
  const facets: Facets = { typ: [], organisation: [], partnerskap: [], år: [], status: [] };
  for (const page of pages) for (const [name, values] of Object.entries(page)) facets[name as keyof Facets].push(...values);
  for (const name of Object.keys(facets) as (keyof Facets)[]) facets[name] = unique(facets[name]).sort((a, b) => a.localeCompare(b, 'sv'));
  return facets;
}
