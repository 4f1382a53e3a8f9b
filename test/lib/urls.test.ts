import { describe, expect, it } from 'vitest';
import {
  PAGES,
  absoluteUrl,
  documentUrl,
  entryUrl,
  organisationMoneyCsvUrl,
  partnershipFundingCsvUrl,
  partnershipUrl,
  sectionUrl,
} from '../../src/lib/urls';

describe('internal URLs', () => {
  it('are directory paths for pages and file paths for downloads', () => {
    expect(partnershipUrl('samverkan')).toBe('/partnerskap/samverkan/');
    expect(documentUrl('uppfoljning-2020')).toBe('/dokument/uppfoljning-2020/');
    expect(sectionUrl(partnershipUrl('samverkan'), 'ekonomi')).toBe('/partnerskap/samverkan/#ekonomi');
    expect(partnershipFundingCsvUrl('samverkan')).toBe('/data/partnerskap/samverkan/finansiering.csv');
    expect(organisationMoneyCsvUrl('forening-a')).toBe('/data/organisationer/forening-a/pengar.csv');
    for (const path of Object.values(PAGES)) expect(path).toMatch(/^\/([a-z]+\/)*([a-z]+\.xml)?$/);
  });

  it('lead from a reference to its entry’s page, and refuse a collection without pages', () => {
    expect(entryUrl({ collection: 'organisations', id: 'forening-a' })).toBe('/organisationer/forening-a/');
    expect(entryUrl({ collection: 'partnerships', id: 'samverkan' })).toBe('/partnerskap/samverkan/');
    expect(() => entryUrl({ collection: 'site', id: 'x' })).toThrow(/site/);
  });

  it('become full addresses on the published site', () => {
    expect(absoluteUrl(documentUrl('a'), new URL('https://example.org/'))).toBe('https://example.org/dokument/a/');
  });
});
