// Writes the site's Pagefind search bundles over a finished build:
//   node scripts/search-index.ts [dist]
// `npm run build` (scripts/build.ts) runs it in its own process after `astro build`, not inside Astro's: the
// build's heap (gigabytes at thousands of partnerships) is not kept beside Pagefind's.
// Pagefind runs over search copies of the pages (scripts/lib/pagefind.ts): each page's `<main>` without the parts
// Pagefind would walk and leave out (scripts/lib/search-copy.ts), in a temporary folder, where it also writes the
// bundle, which is then copied into the site.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  indexChunkSize,
  SEARCH_BUNDLES,
  searchLayout,
  type BundleSpec,
  type SearchLayout,
} from '../src/lib/search-bundles.ts';
import { cpuSecondsWithChildren } from './lib/cpu-time.ts';
import { builtBundleSpecs, builtDocumentPages } from './lib/document-files.ts';
import { pagefindBinary, runPagefind } from './lib/pagefind.ts';
import { searchCopy } from './lib/search-copy.ts';
import { WORK_FOLDER_PREFIX, WORK_PLACES } from './lib/search-work.ts';

/** Writes the search copies of a bundle's pages under `target`, at the same paths as in the site. */
function writeSearchCopies(site: string, bundle: BundleSpec, target: string): void {
  const made = new Set<string>();
  const copy = (path: string) => {
    const text = searchCopy(readFileSync(join(site, path), 'utf8'));
    if (text === undefined) return;
    const file = join(target, path);
    if (!made.has(dirname(file))) mkdirSync(dirname(file), { recursive: true });
    made.add(dirname(file));
    writeFileSync(file, text);
  };
  for (const root of bundle.roots) {
    if (!existsSync(join(site, root))) continue;
    if (!statSync(join(site, root)).isDirectory()) copy(root);
    else
      for (const path of readdirSync(join(site, root), { recursive: true, encoding: 'utf8' }))
        if (path.endsWith('.html')) copy(join(root, path));
  }
}

// The work folders (search copies and Pagefind's bundle), removed however the process ends (also when stopped, as
// by Ctrl-C).
const workFolders = new Set<string>();
const removeWorkFolders = () => {
  for (const folder of workFolders) rmSync(folder, { recursive: true, force: true });
  workFolders.clear();
};
process.on('exit', removeWorkFolders);
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => process.exit(1));

/**
 * Writes one Pagefind bundle from the search copies of its pages, in a work folder of the first place that holds
 * them, and copies it into the site; resolves with the number of pages indexed.
 */
async function writeBundle(
  binary: string,
  site: string,
  bundle: BundleSpec,
  chunkSize: number | undefined,
  [place, ...others]: string[] = WORK_PLACES,
): Promise<number> {
  let pages: number;
  let work: string | undefined;
  // Only this bundle's folder: another bundle may be being written beside it.
  const removeWork = () => {
    if (work === undefined) return;
    rmSync(work, { recursive: true, force: true });
    workFolders.delete(work);
  };
  try {
    work = mkdtempSync(join(place!, WORK_FOLDER_PREFIX));
    workFolders.add(work);
    writeSearchCopies(site, bundle, join(work, 'sidor'));
    pages = await runPagefind(binary, { site: join(work, 'sidor'), output: join(work, 'index'), chunkSize });
    const target = join(site, bundle.dir);
    rmSync(target, { recursive: true, force: true });
    cpSync(join(work, 'index'), target, { recursive: true });
  } catch (error) {
    // A small /dev/shm (64 MB in a default Docker container) fills up at a thousand partnerships: the next place.
    removeWork();
    if (others.length === 0) throw error;
    return writeBundle(binary, site, bundle, chunkSize, others);
  }
  removeWork();
  return pages;
}

/**
 * Writes every bundle; resolves with the number of pages indexed in each, in the order of `bundles`. On a split site
 * the documents' bundle, by far the largest, is started first, and the others are written one after the other
 * beside it: Pagefind's run over the documents keeps about one of two cores busy for most of its time. At 1 000
 * partnerships the index took 11.4–11.9 s instead of 12.6–13.4 s, with the same CPU time (15.0–15.8 s against
 * 14.8–16.0 s); at 10 000 it made no difference (215.6 s against 201.8–229.8 s), the documents' run then using
 * both cores more. The smaller runs' memory adds to the documents' run's own peak (about 10.2 GB at 10 000
 * partnerships; BENCHMARKS.md).
 */
async function writeBundles(
  binary: string,
  site: string,
  bundles: BundleSpec[],
  layout: SearchLayout,
): Promise<number[]> {
  const write = (bundle: BundleSpec) => writeBundle(binary, site, bundle, indexChunkSize(layout, bundle.dir));
  const documents = bundles.find((bundle) => bundle.dir === SEARCH_BUNDLES.documents.dir);
  const documentsIndexed = documents ? write(documents) : undefined;
  // Its failure is reported below, after the other bundles, or ends the process with theirs.
  documentsIndexed?.catch(() => {});
  const counts = new Map<BundleSpec, number>();
  for (const bundle of bundles) if (bundle !== documents) counts.set(bundle, await write(bundle));
  if (documents) counts.set(documents, await documentsIndexed!);
  return bundles.map((bundle) => counts.get(bundle)!);
}

/** The layout the search page was rendered with (`data-layout` on <site-search>). */
function renderedLayout(site: string): string | undefined {
  const page = join(site, 'sok', 'index.html');
  return existsSync(page)
    ? /<site-search[^>]*\sdata-layout="([^"]+)"/.exec(readFileSync(page, 'utf8'))?.[1]
    : undefined;
}

const site = resolve(process.argv[2] ?? 'dist');
const documentPages = builtDocumentPages(site);
const layout = searchLayout(documentPages);
const rendered = renderedLayout(site);
if (rendered !== layout) {
  console.error(
    `[sökindex] Söksidan är byggd för sökindexet "${rendered ?? 'okänt'}", men ${documentPages} dokumentsidor ` +
      `ger "${layout}". Bygg om sidan med samma SEARCH_LAYOUT.`,
  );
  process.exit(1);
}
const bundles = builtBundleSpecs(site, layout);
console.log(
  `[sökindex] indexerar sidorna i ${site} ` +
    `(${layout === 'one' ? 'ett sökindex' : 'översikt, organisationer och dokument i var sitt sökindex'})`,
);
const binary = await pagefindBinary();
const counts = await writeBundles(binary, site, bundles, layout);
if (counts.some((count) => count === 0)) {
  console.error(
    `[sökindex] Pagefind hittade inga sidor att indexera ` +
      `(${bundles.map((b, i) => `${b.dir}: ${counts[i]}`).join(', ')}): är ${site} en färdig build?`,
  );
  process.exit(1);
}
// Since the process started (performance.now() counts from there), as the CPU time does.
const seconds = (performance.now() / 1000).toFixed(1);
console.log(
  `[sökindex] indexerade ${counts.reduce((a, b) => a + b, 0)} sidor ` +
    `(${bundles.map((b, i) => `${counts[i]} i ${b.dir}`).join(', ')}) på ${seconds} s, ` +
    `CPU ${cpuSecondsWithChildren().toFixed(1)} s`,
);
