import { describe, expect, it } from 'vitest';
import { bundleGlobs, includesDocuments } from '../../src/lib/search-bundles';

const dir = (name: string) => ({ name, isDirectory: true });
const file = (name: string) => ({ name, isDirectory: false });

describe('search bundles', () => {
  it('puts the documents in their own bundle and every other page folder in the overview', () => {
    const globs = bundleGlobs([file('index.html'), file('sitemap-index.xml'), dir('_astro'), dir('dokument'), dir('partnerskap'), dir('om'), dir('pagefind'), dir('pagefind-dokument'), dir('organisationer')]);
    expect(globs.documents).toBe('dokument/**/*.html');
    expect(globs.overview).toBe('{index.html,om/**/*.html,organisationer/**/*.html,partnerskap/**/*.html}');
  });

  it('searches the documents when asked, or when the overview does not fill a page of results', () => {
    expect(includesDocuments(533, 10, false)).toBe(false);
    expect(includesDocuments(10, 10, false)).toBe(false);
    expect(includesDocuments(9, 10, false)).toBe(true);
    expect(includesDocuments(0, 10, false)).toBe(true);
    expect(includesDocuments(533, 10, true)).toBe(true);
  });
});
