import { describe, expect, it } from 'vitest';
import { homePageData } from '../../../src/lib/pages/home';
import {
  P,
  PROPOSAL,
  fixtureContent,
  fixtureSite,
  organisationEntry,
  partnershipEntry,
  rawOrganisations,
  rawPartnership,
} from '../../support/fixtures';

/** The fixture plus a second partnership in another municipality (Annanstad, 0998). */
function twoMunicipalities() {
  const content = fixtureContent();
  const orgs = rawOrganisations();
  content.organisations.push(
    organisationEntry('kommun-b', { ...orgs.kommun, name: 'Annanstads kommun', code: '0998' }),
    organisationEntry('namnd-b', { ...orgs.namnd, name: 'Annanstadsnämnden', partOf: 'kommun-b' }),
  );
  const raw = rawPartnership();
  raw.municipality = 'kommun-b';
  raw.publicParty.organisation = 'namnd-b';
  raw.shortTitle = 'Annan samverkan';
  content.partnerships.push(partnershipEntry(`${P}-b`, raw));
  return fixtureSite('2022-10-01', content);
}

describe('homePageData', () => {
  it('counts partnerships, running ones, idea-based organisations and documents', () => {
    const home = homePageData(fixtureSite('2021-09-01'));
    expect(home).toMatchObject({ partnershipCount: 1, activeCount: 1, ideaOrganisationCount: 2, documentCount: 3 });
    expect(homePageData(fixtureSite('2023-06-01')).activeCount).toBe(0);
  });

  it('draws one chart for one municipality, under the plain title', () => {
    const home = homePageData(fixtureSite('2021-09-01'));
    expect(home.several).toBe(false);
    expect(home.charts.map((c) => [c.id, c.title, c.municipality.code])).toEqual([
      ['kommunens-pengar', 'Kommunal ersättning till idéburna parter per år', '0999'],
    ]);
    expect(home.charts[0]!.chart.series.map((s) => s.label)).toEqual(['Samverkan']);
  });

  it('never adds money across municipalities: one chart each, named with its code', () => {
    const home = homePageData(twoMunicipalities());
    expect(home.several).toBe(true);
    expect(home.charts.map((c) => [c.id, c.title])).toEqual([
      ['kommunens-pengar-0998', 'Kommunal ersättning till idéburna parter per år – Annanstads kommun (0998)'],
      ['kommunens-pengar-0999', 'Kommunal ersättning till idéburna parter per år – Exempelkommun (0999)'],
    ]);
  });

  it('lists partnerships whose decided period ends within six months, and the newest documents first', () => {
    const home = homePageData(fixtureSite('2021-09-01'));
    expect(home.endingSoon.map((e) => [e.partnership.id, e.status.endsOn, e.status.basis])).toEqual([
      [P, '2021-12-31', 'avtal'],
    ]);
    expect(home.latest[0]!.id).toBe(PROPOSAL);
  });

  it('counts a partnership whose current period is only proposed apart from the running ones', () => {
    const home = homePageData(twoMunicipalities());
    expect(home).toMatchObject({ activeCount: 0, proposedOnlyCount: 2, endingSoon: [] });
  });
});
