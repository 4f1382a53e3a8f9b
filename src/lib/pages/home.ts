// What the start page shows, derived from the site's index (the page only renders it).
import type { ChartData } from '../chart-data';
import { municipalityChart } from '../chart-data';
import { groupByMunicipality, municipalityLabel, type Municipality } from '../municipality';
import type { DocumentPage, Partnership, SiteData } from '../site-index';
import { isRunningByDecision, partnershipStatus, type PartnershipStatus } from '../status';

export interface HomeChart {
  id: string;
  title: string;
  subject: string;
  municipality: Municipality;
  chart: ChartData;
}

export interface HomePageData {
  partnershipCount: number;
  /** Partnerships running on the build date by a decision among the sources (including those ending soon). */
  activeCount: number;
  /** Partnerships whose current period is only proposed (the decision is not among the sources). */
  proposedOnlyCount: number;
  ideaOrganisationCount: number;
  documentCount: number;
  /** More than one municipality or region: money is then shown per municipality, never added up across them. */
  several: boolean;
  charts: HomeChart[];
  endingSoon: { partnership: Partnership; status: Extract<PartnershipStatus, { kind: 'upphör snart' }> }[];
  latest: DocumentPage[];
}

/** How many of the newest documents the start page lists. */
export const LATEST_DOCUMENTS = 5;

export function homePageData(data: SiteData): HomePageData {
  const statuses = data.partnerships.map((partnership) => ({
    partnership,
    status: partnershipStatus(partnership.data, data.today),
  }));
  const groups = groupByMunicipality(data.partnerships, (p) => data.municipalityOfPartnership(p));
  const several = groups.length > 1;
  const charts = groups.map(({ municipality, items }) => ({
    id: several ? `kommunens-pengar-${municipality.code}` : 'kommunens-pengar',
    title: several
      ? `Kommunal ersättning till idéburna parter per år – ${municipalityLabel(municipality)}`
      : 'Kommunal ersättning till idéburna parter per år',
    subject: several
      ? `Ersättning från ${municipality.name} per år i dess partnerskap`
      : 'Kommunens ersättning per år i alla partnerskap',
    municipality,
    chart: municipalityChart(
      items.map((p) => ({
        shortTitle: p.data.shortTitle,
        municipality: municipality.name,
        code: municipality.code,
        data: p.data,
      })),
    ),
  }));
  return {
    partnershipCount: data.partnerships.length,
    activeCount: statuses.filter((s) => isRunningByDecision(s.status)).length,
    proposedOnlyCount: statuses.filter((s) => s.status.kind === 'enligt förslag').length,
    ideaOrganisationCount: data.organisations.filter((o) => o.data.kind === 'idéburen organisation').length,
    documentCount: data.documentPages.length,
    several,
    charts,
    endingSoon: statuses.flatMap(({ partnership, status }) =>
      status.kind === 'upphör snart' ? [{ partnership, status }] : [],
    ),
    latest: data.documentPages.slice(0, LATEST_DOCUMENTS),
  };
}
