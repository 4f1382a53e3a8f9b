// What a partnership's page shows, wired from the site's index into the partnership-page derivations
// (src/lib/partnership-page.ts); the page only renders it.
import { documentKindLabels } from '../../schemas/document';
import { partnershipPage, SECTIONS, type PartnershipPage } from '../partnership-page';
import { organisationName, organisationNameIn, type SiteData } from '../site-index';

export interface PartnershipPageData {
  page: PartnershipPage;
  /** The municipality or region, with its SCB code only when the site covers more than one. */
  municipality: { name: string; code: string | undefined };
  /** The last change to the partnership, its documents or its parties' files. */
  changed: string | undefined;
  /** Sections the decision facts link to. */
  links: { economy: string; followUps: string; goals: string; periods: string };
  /** A party named in the context of a document gets the name that document uses. */
  nameIn(id: string, docId: string, quote?: string): string;
}

export function partnershipPageData(data: SiteData, id: string, site: URL | undefined): PartnershipPageData {
  const entry = data.partnershipById.get(id);
  if (!entry) throw new Error(`Inget partnerskap med id "${id}"`);
  const documents = data.documentsByPartnership.get(id) ?? [];
  const municipality = data.municipalityOfPartnership(entry);
  const nameIn = (orgId: string, docId: string, quote?: string) => organisationNameIn(data, orgId, docId, quote);
  const page = partnershipPage({
    id,
    data: entry.data,
    documents,
    today: data.today,
    name: (orgId) => organisationName(data, orgId),
    nameIn,
    site,
    municipality,
    docInfo: (docId) => {
      const doc = data.documentPageById.get(docId);
      return doc && { kind: documentKindLabels[doc.kind].toLowerCase(), title: doc.title };
    },
  });
  const organisations = page.partyIds.map((orgId) => data.organisationById.get(orgId)!);
  return {
    page,
    municipality: {
      name: organisationName(data, entry.data.municipality.id),
      code:
        data.municipalities.length > 1
          ? `${municipality.kind === 'region' ? 'länskod' : 'kommunkod'} ${municipality.code}`
          : undefined,
    },
    changed: data.changedOn([entry, ...documents, ...organisations]),
    links: {
      economy: SECTIONS.economy.id,
      followUps: SECTIONS.followUps.id,
      goals: SECTIONS.goals.id,
      periods: SECTIONS.periods.id,
    },
    nameIn,
  };
}
