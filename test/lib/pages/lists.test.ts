import { describe, expect, it } from 'vitest';
import { allWholeScans, partnershipListItem } from '../../../src/lib/pages/lists';
import { P, fixtureContent, fixtureSite } from '../../support/fixtures';

describe('list pages', () => {
  const data = fixtureSite();

  it('give a partnership its first start, its last end (a proposal says so), status and first fully known year', () => {
    const item = partnershipListItem(data.partnershipById.get(P)!, data.today);
    expect(item.first.from).toBe('2020-01-01');
    expect(item.last).toMatchObject({ to: '2022-12-31', basis: 'förslag' });
    // On 2021-09-01 the decided agreement ends within months; the proposed extension does not count.
    expect(item.status).toMatchObject({ kind: 'upphör snart', endsOn: '2021-12-31' });
    // 2020: Förening A 100 000 kr and Förening B 50 000 kr, both documented.
    expect(item.annual).toEqual({ label: '2020', amount: 150_000 });
  });

  it('say "all whole scans" only when every document and agreement is a whole scanned text', () => {
    // The fixture proposal was copied from digital text.
    expect(data.documentPages.length).toBeGreaterThan(1);
    expect(allWholeScans(data.documentPages)).toBe(false);
    const content = fixtureContent();
    for (const doc of content.documents) doc.data = { ...doc.data, obtained: 'skannad' };
    expect(allWholeScans(fixtureSite(undefined, content).documentPages)).toBe(true);
  });
});
