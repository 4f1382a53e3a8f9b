// How the search index is laid out. Pagefind loads a bundle's metadata (about 7 bytes per page, gzip) before
// the first result, so one index over every document would cost a first search well over 150 KB at a few
// thousand partnerships. Large sites therefore get three bundles: the overview (the partnerships and the
// site's own pages) is searched first; the organisations (a third as many pages as the partnerships in a
// register: 30 KB of metadata at 10 000 partnerships) are merged in when the query names a party of the
// partnerships found; the organisations and the documents are merged in when the overview alone does not fill
// a page of results, or when the reader asks for them. A small site gets one bundle: a second one costs a first
// search its own metadata and index chunk (about 21 KB on the real site) and saves nothing there.

/** Directory under dist/ and URL path of each bundle. */
export const SEARCH_BUNDLES = {
  overview: { dir: 'pagefind', url: '/pagefind/' },
  organisations: { dir: 'pagefind-organisationer', url: '/pagefind-organisationer/' },
  documents: { dir: 'pagefind-dokument', url: '/pagefind-dokument/' },
} as const;

/** `one`: everything in the overview bundle; `split`: the organisations and the documents in bundles of their own. */
export type SearchLayout = 'one' | 'split';

/**
 * Up to this many document pages the site gets one bundle. Measured first searches for a common word: the
 * real site (5 documents) 170 KB split against less in one bundle; 200 partnerships (1 214 documents) 109 KB
 * split against 141 KB in one (BENCHMARKS.md). Between those the bytes were not measured at every size.
 */
export const ONE_BUNDLE_MAX_DOCUMENTS = 300;

/**
 * The layout for a site with `documentPages` document pages. The search page is rendered with it and the
 * indexer (scripts/search-index.ts) writes the bundles by it; `SEARCH_LAYOUT=one|split` forces either.
 */
export function searchLayout(documentPages: number, override = process.env.SEARCH_LAYOUT): SearchLayout {
  if (override === 'one' || override === 'split') return override;
  return documentPages <= ONE_BUNDLE_MAX_DOCUMENTS ? 'one' : 'split';
}

/** Top-level folder of dist/ whose pages go to the documents bundle. */
export const DOCUMENTS_FOLDER = 'dokument';

/** Top-level folder of dist/ whose pages go to the organisations' bundle on a split site. */
export const ORGANISATIONS_FOLDER = 'organisationer';

/** The document pages among the names of the folders in dist/dokument/ (list pages are numbered: 2, 3, …). */
export function documentPageCount(folderNames: string[]): number {
  return folderNames.filter((name) => !/^\d+$/.test(name)).length;
}

/**
 * What is left out of the index on every page: what readers do not search for, repeated on many pages. Each
 * source link reads "källa: <document title>" to screen readers; the site's own section headings, the
 * partnership page's summary ("I korthet", with its status, derived from the facts below it), facts and terms
 * lists, tables, charts, the funding legend and "unknown" markers are the same words on every page of a kind. The words
 * that matter in them are in the documents' own text, which is indexed. The templates mark their own headings
 * (SectionHeading) and explanations with `data-pagefind-ignore` where they stand, for the same reason: before, a
 * search for "ersättning" or "rapport" found every partnership page through the same explanatory sentences.
 * The larger of these parts (source links, summary, facts and terms lists, charts, gap and document lists, funding
 * legend) carry `data-pagefind-ignore` too, so that the pages' search copies leave their markup out
 * (scripts/lib/search-copy.ts); the selectors stay for the parts that do not.
 */
export const INDEX_EXCLUDED_SELECTORS = [
  '.source-link',
  '.decision-facts',
  '.funding-legend',
  'main > h2',
  'main > h3',
  'main > p.muted',
  'dl.facts',
  '.table-scroll',
  '.chart-figure',
  '.unknown',
  '.gaps',
  'ul.documents',
] as const;

/**
 * Pagefind's index chunk size for a bundle, or undefined for Pagefind's own (20 000). Pagefind splits the word
 * index into chunks by word, alphabetically, each holding about this many word positions, and a search loads the
 * chunks its words fall in; the chunk list is in the metadata every search loads first. With the default the real
 * site's index was two chunks, and a first search loaded a 35 KB one (two thirds of every word on the site); at
 * 2 500 it is about ten chunks of 5 KB, and a one-word search loads one of them. On a split site the overview and
 * the organisations get 5 000: at 10 000 partnerships a one-word search then loads a 3 KB chunk instead of 6–15 KB,
 * for 1.2 KB more metadata (BENCHMARKS.md). The documents' bundle keeps Pagefind's default: it is loaded only on
 * request or when hits are few, and its metadata, which lists every chunk, is the larger cost there. Set through
 * Pagefind's PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, which its CLI reads (Pagefind 1.6; test/e2e/search.test.ts fails if
 * the real site's index comes out as one or two chunks again).
 */
export function indexChunkSize(layout: SearchLayout, bundleDir: string): number | undefined {
  if (layout === 'one') return ONE_BUNDLE_INDEX_CHUNK_SIZE;
  return bundleDir === SEARCH_BUNDLES.documents.dir ? undefined : SPLIT_FIRST_INDEX_CHUNK_SIZE;
}

/** Word positions per index chunk on a small site (see indexChunkSize). */
export const ONE_BUNDLE_INDEX_CHUNK_SIZE = 2500;

/** Word positions per index chunk of a split site's overview and organisations (see indexChunkSize). */
export const SPLIT_FIRST_INDEX_CHUNK_SIZE = 5000;

export interface BundleSpec {
  dir: string;
  /** What the bundle indexes, relative to dist/: top-level HTML files and folders (every page under them). */
  roots: string[];
}

/**
 * The bundles to write for a layout, given the top-level entries of dist/: the overview takes every folder that is
 * not a bundle of its own (nor a bundle's output or Astro's assets).
 */
export function bundleSpecs(topLevel: { name: string; isDirectory: boolean }[], layout: SearchLayout): BundleSpec[] {
  const bundleDirs = new Set<string>(Object.values(SEARCH_BUNDLES).map((b) => b.dir));
  const ownBundle = new Set(layout === 'one' ? [] : [DOCUMENTS_FOLDER, ORGANISATIONS_FOLDER]);
  const present = new Set(topLevel.filter((entry) => entry.isDirectory).map((entry) => entry.name));
  const folders = [...present]
    .filter((name) => !bundleDirs.has(name) && !name.startsWith('_') && !ownBundle.has(name))
    .sort();
  const overview = { dir: SEARCH_BUNDLES.overview.dir, roots: ['index.html', ...folders] };
  if (layout === 'one') return [overview];
  const organisations = { dir: SEARCH_BUNDLES.organisations.dir, roots: [ORGANISATIONS_FOLDER] };
  const documents = { dir: SEARCH_BUNDLES.documents.dir, roots: [DOCUMENTS_FOLDER] };
  return [overview, ...(present.has(ORGANISATIONS_FOLDER) ? [organisations] : []), documents];
}

/** What a search on a split site covers besides the overview. */
export interface SearchScope {
  organisations: boolean;
  documents: boolean;
}

/**
 * What a search covers besides the overview: everything when the reader asked for it, or when the overview's
 * hits do not fill the first page of results (so a word found only in documents or on an organisation's page is
 * still found); the organisations when the query names a party of the partnerships found (a search for
 * "stadsmission" finds the city mission's own page, not only its partnerships).
 */
export function searchScope(search: {
  overviewHits: number;
  pageSize: number;
  requested: boolean;
  namesParty: boolean;
}): SearchScope {
  const everything = search.requested || search.overviewHits < search.pageSize;
  return { organisations: everything || search.namesParty, documents: everything };
}

/** Lower case, without diacritics and punctuation: "Stockholms Stadsmission" and "stadsmission" compare alike. */
function searchWords(text: string): string[] {
  return text
    .toLocaleLowerCase('sv-SE')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Whether a search asks for organisations by name: an organisation chosen in the facets (its own page carries
 * its name as a filter value), or a query that names a party of the partnerships found.
 */
export function asksForOrganisations(query: string, chosen: readonly string[], parties: readonly string[]): boolean {
  return chosen.length > 0 || queryNamesOrganisation(query, parties);
}

/**
 * Whether a query names one of these organisations: every word of the query begins a word of the name
 * ("stadsmission", "iogt", "svenska kyrkan" name "Svenska kyrkan i Sala"), as Pagefind matches words by their
 * beginning.
 */
export function queryNamesOrganisation(query: string, organisations: readonly string[]): boolean {
  const asked = searchWords(query);
  if (asked.length === 0) return false;
  return organisations.some((name) => {
    const words = searchWords(name);
    return asked.every((word) => words.some((w) => w.startsWith(word)));
  });
}
