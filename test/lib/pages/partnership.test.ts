import { describe, expect, it } from 'vitest';
import { partnershipPageData } from '../../../src/lib/pages/partnership';
import { FOLLOW_UP, P, PROPOSAL, fixtureSite } from '../../support/fixtures';

const site = new URL('https://example.org/');

describe('partnershipPageData', () => {
  const data = fixtureSite();

  it('wires the partnership, its documents and its parties from the site index into the page', () => {
    const view = partnershipPageData(data, P, site);
    expect(view.page.path).toBe(`/partnerskap/${P}/`);
    expect(view.page.csvHref).toBe(`/data/partnerskap/${P}/finansiering.csv`);
    expect(view.page.documents.map((d) => d.id)).toEqual(expect.arrayContaining([FOLLOW_UP, PROPOSAL]));
    expect(view.page.parties.map((party) => party.name)).toEqual(['Exempelnämnden', 'Förening A', 'Förening B']);
    // Every fixture file last changed on 2021-06-01.
    expect(view.changed).toBe('2021-06-01');
    // The decision facts link to sections the page has.
    const tocIds = view.page.toc.flatMap((e) => [e.id, ...(e.children ?? []).map((c) => c.id)]);
    expect(Object.values(view.links)).toEqual(['ekonomi', 'uppfoljningar', 'mal', 'perioder']);
    for (const id of Object.values(view.links)) expect(tocIds).toContain(id);
  });

  it('names the municipality, and its code only when the site covers more than one', () => {
    expect(partnershipPageData(data, P, site).municipality).toEqual({ name: 'Exempelkommun', code: undefined });
    const [own] = data.municipalities;
    const two = { ...data, municipalities: [own!, { ...own!, code: '0998' }] };
    expect(partnershipPageData(two, P, site).municipality).toEqual({ name: 'Exempelkommun', code: 'kommunkod 0999' });
    expect(() => partnershipPageData(data, 'finns-inte', site)).toThrow(/finns-inte/);
  });
});
