import { describe, expect, it } from 'vitest';
import { organisationPageData } from '../../../src/lib/pages/organisation';
import { P, fixtureContent, fixtureSite } from '../../support/fixtures';

describe('organisationPageData', () => {
  const data = fixtureSite();

  it('gives an idea-based organisation its partnerships and a chart of what it receives and contributes', () => {
    const page = organisationPageData(data, 'forening-a');
    expect(page.partnerships.map((p) => p.id)).toEqual([P]);
    expect(page.charts.map((c) => [c.id, c.title])).toEqual([['pengar-diagram', 'Pengar per år – Förening A']]);
    expect(page.charts[0]!.chart.series.map((s) => s.label)).toEqual(['Samverkan: tar emot', 'Samverkan: egen insats']);
    expect(page.payerOf).toEqual([]);
    expect(page.municipalityFact).toBeUndefined();
  });

  it('gives a board its municipality, its parent and the partnerships it pays in', () => {
    const page = organisationPageData(data, 'namnd');
    expect(page.parent?.id).toBe('kommun');
    expect(page.municipalityFact).toEqual({ label: 'Kommun eller region', value: 'Exempelkommun (0999)' });
    expect(page.payerOf.map((p) => p.id)).toEqual([P]);
    expect(organisationPageData(data, 'kommun').municipalityFact).toEqual({ label: 'Kommunkod', value: '0999' });
  });

  it('lists the other names the sources use and refuses an unknown id', () => {
    const content = fixtureContent();
    const a = content.organisations.find((o) => o.id === 'forening-a')!;
    a.data.names.unshift({ ...a.data.names[0]!, name: 'Föreningen A' });
    const page = organisationPageData(fixtureSite(undefined, content), 'forening-a');
    expect(page.formerNames).toEqual(['Föreningen A']);
    // The names table: each name, whether it is the current one, and the title of each document that uses it.
    expect(page.names.map((n) => [n.name, n.current, n.usedIn.map((u) => [u.source.doc, u.title])])).toEqual([
      ['Föreningen A', false, [[P, 'Samverkan mot ensamhet']]],
      ['Förening A', true, [[P, 'Samverkan mot ensamhet']]],
    ]);
    expect(() => organisationPageData(data, 'finns-inte')).toThrow(/finns-inte/);
  });
});
