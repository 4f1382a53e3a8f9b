import { describe, expect, it } from 'vitest';
import {
  ONE_BUNDLE_INDEX_CHUNK_SIZE,
  ONE_BUNDLE_MAX_DOCUMENTS,
  SPLIT_FIRST_INDEX_CHUNK_SIZE,
  indexChunkSize,
  bundleSpecs,
  documentPageCount,
  asksForOrganisations,
  queryNamesOrganisation,
  searchLayout,
  searchScope,
} from '../../src/lib/search-bundles';

const dir = (name: string) => ({ name, isDirectory: true });
const file = (name: string) => ({ name, isDirectory: false });
const dist = [
  file('index.html'),
  file('sitemap-index.xml'),
  dir('_astro'),
  dir('dokument'),
  dir('partnerskap'),
  dir('om'),
  dir('pagefind'),
  dir('pagefind-dokument'),
  dir('organisationer'),
];

/** The scope for a page of ten, given the overview's hits, the reader's request and a named party. */
const scope = (overviewHits: number, requested: boolean, namesParty: boolean) =>
  searchScope({ overviewHits, pageSize: 10, requested, namesParty });

describe('search bundles', () => {
  it('gives a small site one bundle and a large one two', () => {
    expect(searchLayout(5, undefined)).toBe('one');
    expect(searchLayout(ONE_BUNDLE_MAX_DOCUMENTS, undefined)).toBe('one');
    expect(searchLayout(ONE_BUNDLE_MAX_DOCUMENTS + 1, undefined)).toBe('split');
    expect(searchLayout(60_000, undefined)).toBe('split');
  });

  it('lets SEARCH_LAYOUT force either layout, and ignores other values', () => {
    expect(searchLayout(5, 'split')).toBe('split');
    expect(searchLayout(60_000, 'one')).toBe('one');
    expect(searchLayout(5, 'två')).toBe('one');
  });

  it('counts document pages, not the numbered list pages beside them', () => {
    expect(documentPageCount(['2', '3', 'uppfoljning-2020', 'avtal-2018', '10'])).toBe(2);
    expect(documentPageCount([])).toBe(0);
  });

  it('on a split site puts organisations and documents in bundles of their own, every other folder in the overview', () => {
    expect(bundleSpecs(dist, 'split')).toEqual([
      { dir: 'pagefind', roots: ['index.html', 'om', 'partnerskap'] },
      { dir: 'pagefind-organisationer', roots: ['organisationer'] },
      { dir: 'pagefind-dokument', roots: ['dokument'] },
    ]);
  });

  it('writes no organisations bundle for a site without organisation pages', () => {
    const dirs = bundleSpecs(
      dist.filter((entry) => entry.name !== 'organisationer'),
      'split',
    ).map((b) => b.dir);
    expect(dirs).toEqual(['pagefind', 'pagefind-dokument']);
  });

  it('on a small site indexes every page folder, documents included, in one bundle', () => {
    expect(bundleSpecs(dist, 'one')).toEqual([
      { dir: 'pagefind', roots: ['index.html', 'dokument', 'om', 'organisationer', 'partnerskap'] },
    ]);
  });

  it('searches everything when asked, or when the overview does not fill a page of results', () => {
    const none = { organisations: false, documents: false };
    const all = { organisations: true, documents: true };
    expect(scope(533, false, false)).toEqual(none);
    expect(scope(10, false, false)).toEqual(none);
    expect(scope(9, false, false)).toEqual(all);
    expect(scope(0, false, false)).toEqual(all);
    expect(scope(533, true, false)).toEqual(all);
  });

  it('searches the organisations, not the documents, when the query names a party of the hits', () => {
    expect(scope(533, false, true)).toEqual({ organisations: true, documents: false });
    expect(scope(3, false, true)).toEqual({ organisations: true, documents: true });
  });

  it('recognises an organisation named by the beginnings of its words, in any case and without accents', () => {
    const parties = ['Stockholms stadsmission', 'Socialnämnden i Sala kommun', 'IOGT-NTO'];
    expect(queryNamesOrganisation('stadsmission', parties)).toBe(true);
    expect(queryNamesOrganisation('Stadsmiss', parties)).toBe(true);
    expect(queryNamesOrganisation('iogt', parties)).toBe(true);
    expect(queryNamesOrganisation('IOGT-NTO', parties)).toBe(true);
    expect(queryNamesOrganisation('socialnamnden sala', parties)).toBe(true);
    expect(queryNamesOrganisation('kamratstöd', parties)).toBe(false);
    expect(queryNamesOrganisation('stadsmission göteborg', parties)).toBe(false);
    expect(queryNamesOrganisation('mission', parties)).toBe(false);
    expect(queryNamesOrganisation('  ', parties)).toBe(false);
    expect(queryNamesOrganisation('stadsmission', [])).toBe(false);
  });

  it('asks for organisations when one is chosen in the facets, with or without a query', () => {
    expect(asksForOrganisations('', ['IOGT-NTO'], [])).toBe(true);
    expect(asksForOrganisations('kamratstöd', ['IOGT-NTO'], ['Stockholms stadsmission'])).toBe(true);
    expect(asksForOrganisations('stadsmission', [], ['Stockholms stadsmission'])).toBe(true);
    expect(asksForOrganisations('kamratstöd', [], ['Stockholms stadsmission'])).toBe(false);
    expect(asksForOrganisations('', [], ['Stockholms stadsmission'])).toBe(false);
  });

  it('writes small index chunks for what a first search loads, and Pagefind’s own for a split site’s documents', () => {
    expect(indexChunkSize('one', 'pagefind')).toBe(ONE_BUNDLE_INDEX_CHUNK_SIZE);
    expect(indexChunkSize('split', 'pagefind')).toBe(SPLIT_FIRST_INDEX_CHUNK_SIZE);
    expect(indexChunkSize('split', 'pagefind-organisationer')).toBe(SPLIT_FIRST_INDEX_CHUNK_SIZE);
    expect(indexChunkSize('split', 'pagefind-dokument')).toBeUndefined();
  });
});
