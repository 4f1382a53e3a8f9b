import type { PartnershipStatus } from './status';

/** Pagefind facets of each page type, defined once so the pages and the search form agree. */
export type Facets = Record<'typ' | 'organisation' | 'partnerskap' | 'år' | 'status' | 'kommun', string[]>;

const unique = (values: string[]) => [...new Set(values)];

export function partnershipFacets(
  shortTitle: string,
  partyNames: string[],
  years: string[],
  status: PartnershipStatus,
  municipalities: string[] = [],
): Partial<Facets> {
  return {
    typ: ['partnerskap'],
    organisation: unique(partyNames),
    partnerskap: [shortTitle],
    år: unique(years),
    status: [status.kind],
    ...(municipalities.length > 0 ? { kommun: unique(municipalities) } : {}),
  };
}

/** A document of unknown date has no year facet. */
export function documentFacets(
  kind: string,
  partnershipTitle: string,
  partyNames: string[],
  date: string | undefined,
  municipalities: string[] = [],
): Partial<Facets> {
  return {
    typ: [kind],
    organisation: unique(partyNames),
    partnerskap: [partnershipTitle],
    ...(date ? { år: [date.slice(0, 4)] } : {}),
    ...(municipalities.length > 0 ? { kommun: unique(municipalities) } : {}),
  };
}

export function organisationFacets(
  name: string,
  partnershipTitles: string[],
  municipalities: string[] = [],
): Partial<Facets> {
  return {
    typ: ['organisation'],
    organisation: [name],
    partnerskap: unique(partnershipTitles),
    ...(municipalities.length > 0 ? { kommun: unique(municipalities) } : {}),
  };
}

/** Every value each facet takes across the site, sorted, for the search form. */
export function allFacetValues(pages: Partial<Facets>[]): Facets {
  const facets: Facets = { typ: [], organisation: [], partnerskap: [], år: [], status: [], kommun: [] };
  for (const page of pages)
    for (const [name, values] of Object.entries(page)) facets[name as keyof Facets].push(...values);
  for (const name of Object.keys(facets) as (keyof Facets)[])
    facets[name] = unique(facets[name]).sort((a, b) => a.localeCompare(b, 'sv'));
  return facets;
}
