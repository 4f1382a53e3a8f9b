import type { SiteData } from './site-index';
import { partiesOf } from './partnership-parts';
import { organisationName } from './site-index';
import { agreementYears } from './funding';
import { partnershipStatus } from './status';
import { documentFacets, organisationFacets, partnershipFacets, type Facets } from './search-facets';
import { municipalityLabel } from './municipality';
import { documentUrl, organisationUrl, partnershipUrl } from './urls';

const cache = new WeakMap<SiteData, Map<string, Partial<Facets>>>();

/** The facets of every indexed page, by path; computed once per build. */
export function pageFacets(data: SiteData): Map<string, Partial<Facets>> {
  const cached = cache.get(data);
  if (cached) return cached;
  const facets = new Map<string, Partial<Facets>>();
  const partyNames = (p: SiteData['partnerships'][number]) =>
    partiesOf(p.data).map((x) => organisationName(data, x.organisation.id));
  for (const p of data.partnerships) {
    const years = agreementYears(p.data).flatMap((y) => [y.from.slice(0, 4), y.to.slice(0, 4)]);
    const kommun = [municipalityLabel(data.municipalityOfPartnership(p))];
    facets.set(
      partnershipUrl(p.id),
      partnershipFacets(p.data.shortTitle, partyNames(p), years, partnershipStatus(p.data, data.today), kommun),
    );
  }
  for (const page of data.documentPages) {
    const partnership = data.partnershipById.get(
      page.kind === 'överenskommelse' ? page.id : page.entry.data.partnership.id,
    )!;
    const kommun = [municipalityLabel(data.municipalityOfPartnership(partnership))];
    facets.set(
      documentUrl(page.id),
      documentFacets(page.kind, partnership.data.shortTitle, partyNames(partnership), page.date, kommun),
    );
  }
  for (const org of data.organisations)
    facets.set(
      organisationUrl(org.id),
      organisationFacets(
        org.data.name,
        (data.partnershipsByOrganisation.get(org.id) ?? []).map((p) => p.data.shortTitle),
        data.municipalitiesOfOrganisation(org.id).map(municipalityLabel),
      ),
    );
  cache.set(data, facets);
  return facets;
}
