import { describe, expect, it } from 'vitest';
import {
  ONE_BUNDLE_MAX_DOCUMENTS,
  bundleSpecs,
  documentPageCount,
  includesDocuments,
  searchLayout,
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

  it('on a split site puts the documents in their own bundle and every other page folder in the overview', () => {
    expect(bundleSpecs(dist, 'split')).toEqual([
      { dir: 'pagefind', glob: '{index.html,om/**/*.html,organisationer/**/*.html,partnerskap/**/*.html}' },
      { dir: 'pagefind-dokument', glob: 'dokument/**/*.html' },
    ]);
  });

  it('on a small site indexes every page folder, documents included, in one bundle', () => {
    expect(bundleSpecs(dist, 'one')).toEqual([
      {
        dir: 'pagefind',
        glob: '{index.html,dokument/**/*.html,om/**/*.html,organisationer/**/*.html,partnerskap/**/*.html}',
      },
    ]);
  });

  it('searches the documents when asked, or when the overview does not fill a page of results', () => {
    expect(includesDocuments(533, 10, false)).toBe(false);
    expect(includesDocuments(10, 10, false)).toBe(false);
    expect(includesDocuments(9, 10, false)).toBe(true);
    expect(includesDocuments(0, 10, false)).toBe(true);
    expect(includesDocuments(533, 10, true)).toBe(true);
  });
});
