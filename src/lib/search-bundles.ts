// The search index is split in two Pagefind bundles. Pagefind loads a bundle's metadata (about 7 bytes
// per page, gzip) before the first result, so one index over every document would cost a first search
// well over 150 KB at a few thousand partnerships. The overview (partnerships, organisations and the
// site's own pages) is searched first; the documents are merged in when the overview alone does not fill
// a page of results, or when the reader asks for them.

/** Directory under dist/ and URL path of each bundle. */
export const SEARCH_BUNDLES = {
  overview: { dir: 'pagefind', url: '/pagefind/' },
  documents: { dir: 'pagefind-dokument', url: '/pagefind-dokument/' },
} as const;

/** Top-level folder of dist/ whose pages go to the documents bundle. */
const DOCUMENTS_FOLDER = 'dokument';

/**
 * Pagefind globs (relative to dist/) for each bundle, given the top-level entries of dist/.
 * Pagefind's globs have no negation, so the overview lists every other folder explicitly.
 */
export function bundleGlobs(topLevel: { name: string; isDirectory: boolean }[]): { overview: string; documents: string } {
  const bundleDirs = new Set<string>(Object.values(SEARCH_BUNDLES).map((b) => b.dir));
  const folders = topLevel
    .filter((entry) => entry.isDirectory && entry.name !== DOCUMENTS_FOLDER && !bundleDirs.has(entry.name) && !entry.name.startsWith('_'))
    .map((entry) => `${entry.name}/**/*.html`)
    .sort();
  return { overview: `{${['index.html', ...folders].join(',')}}`, documents: `${DOCUMENTS_FOLDER}/**/*.html` };
}

/**
 * Whether a search also covers the documents: when the reader asked for them, or when the overview's
 * hits do not fill the first page of results (so a word found only in documents is still found).
 */
export function includesDocuments(overviewHits: number, pageSize: number, requested: boolean): boolean {
  return requested || overviewHits < pageSize;
}
