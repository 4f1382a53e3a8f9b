// What an organisation's page shows, derived from the site's index (the page only renders it).
import { organisationChart, type ChartData } from '../chart-data';
import { groupByMunicipality, municipalityLabel, type Municipality } from '../municipality';
import { otherNames } from '../names';
import type { SourceRef } from '../../schemas/primitives';
import { documentTitle, type Organisation, type Partnership, type SiteData } from '../site-index';

export interface OrganisationPageData {
  organisation: Organisation;
  /** Every other name the sources use for it. */
  formerNames: string[];
  parent: Organisation | undefined;
  /** Its own code when it is a municipality or region, else the municipality or region it belongs to. */
  municipalityFact: { label: string; value: string } | undefined;
  partnerships: Partnership[];
  /** Money it receives and contributes, one chart per municipality or region (never added up across them). */
  charts: { id: string; title: string; subject: string; municipality: Municipality; chart: ChartData }[];
  /** Partnerships in which it pays the municipal money. */
  payerOf: Partnership[];
  /** Each name the sources use, oldest first, with the documents that use it. */
  names: { name: string; current: boolean; usedIn: { source: SourceRef; title: string }[] }[];
}

export function organisationPageData(data: SiteData, id: string): OrganisationPageData {
  const organisation = data.organisationById.get(id);
  if (!organisation) throw new Error(`Ingen organisation med id "${id}"`);
  const o = organisation.data;
  const partnerships = data.partnershipsByOrganisation.get(id) ?? [];
  const groups = groupByMunicipality(partnerships, (p) => data.municipalityOfPartnership(p))
    .map(({ municipality, items }) => ({
      municipality,
      chart: organisationChart(
        id,
        items.map((p) => ({ shortTitle: p.data.shortTitle, municipality, data: p.data })),
      ),
    }))
    .filter((c) => c.chart.series.length > 0);
  const several = groups.length > 1;
  const own = data.homeMunicipalityOf(id);
  return {
    organisation,
    formerNames: otherNames(o),
    parent: o.partOf ? data.organisationById.get(o.partOf.id) : undefined,
    municipalityFact: !own
      ? undefined
      : own.id === id
        ? { label: own.kind === 'region' ? 'Länskod' : 'Kommunkod', value: own.code }
        : { label: 'Kommun eller region', value: municipalityLabel(own) },
    partnerships,
    charts: groups.map(({ municipality, chart }, i) => ({
      id: i === 0 ? 'pengar-diagram' : `pengar-diagram-${municipality.code}`,
      title: several ? `Pengar per år – ${o.name}, ${municipalityLabel(municipality)}` : `Pengar per år – ${o.name}`,
      subject: `Pengar som ${o.name} tar emot och bidrar med per år${several ? ` i ${municipality.name}` : ''}`,
      municipality,
      chart,
    })),
    payerOf: partnerships.filter((p) => p.data.funding.some((l) => l.payer?.id === id)),
    names: o.names.map((n) => ({
      name: n.name,
      current: n.name === o.name,
      usedIn: n.usedIn.map((source) => ({ source, title: documentTitle(data, source.doc) })),
    })),
  };
}
