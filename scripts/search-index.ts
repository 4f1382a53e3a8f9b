// Writes the site's Pagefind search bundles over a finished build:
//   node scripts/search-index.ts [dist] [--documents-only | --documents-indexed=<pages>]
// `npm run build` (scripts/build.ts) runs it in its own processes, not inside Astro's: the build's heap (gigabytes
// at thousands of partnerships) is not kept beside Pagefind's. On a large site it first writes the documents'
// bundle (--documents-only) as soon as Astro has written the document pages, while Astro renders the rest; after
// the build the overview follows, and the documents' bundle is written again only if the document pages are no
// longer the <pages> it was written from (--documents-indexed).
// Pagefind's own binary is run directly (not through the npm package's Node runner, one process less), with
// what readers do not search left out (src/lib/search-bundles.ts).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  INDEX_EXCLUDED_SELECTORS,
  SEARCH_BUNDLES,
  bundleSpecs,
  indexChunkSize,
  searchLayout,
  type BundleSpec,
} from '../src/lib/search-bundles.ts';
import { cpuSecondsWithChildren } from './lib/cpu-time.ts';
import { builtDocumentPages, documentHtmlFiles } from './lib/document-files.ts';

/** The platform's Pagefind binary, found the way the npm package's runner finds it. */
async function pagefindBinary(): Promise<string> {
  const { resolveBinaryPath } = (await import(new URL('./resolveBinary.js', import.meta.resolve('pagefind')).href)) as {
    resolveBinaryPath(names: string[]): string;
  };
  return resolveBinaryPath(['pagefind_extended', 'pagefind']);
}

/** Writes one Pagefind bundle; returns the number of pages indexed. */
function writeBundle(binary: string, site: string, bundle: BundleSpec, chunkSize: number | undefined): Promise<number> {
  const args = ['--site', site, '--glob', bundle.glob, '--output-path', join(site, bundle.dir)];
  for (const selector of INDEX_EXCLUDED_SELECTORS) args.push('--exclude-selectors', selector);
  // Pagefind's chunk size comes only from its environment; without ours, an inherited one is dropped.
  const env = { ...process.env };
  delete env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  if (chunkSize !== undefined) env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(chunkSize);
  return new Promise((done, fail) => {
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      const pages = /Indexed (\d+) pages?/.exec(output);
      if (code !== 0 || !pages)
        fail(new Error(`Pagefind (${bundle.dir}) misslyckades med kod ${code}:\n${output.slice(-3000)}`));
      else done(Number(pages[1]));
    });
  });
}

/** The layout the search page was rendered with (`data-layout` on <site-search>). */
function renderedLayout(site: string): string | undefined {
  const page = join(site, 'sok', 'index.html');
  return existsSync(page)
    ? /<site-search[^>]*\sdata-layout="([^"]+)"/.exec(readFileSync(page, 'utf8'))?.[1]
    : undefined;
}

const args = process.argv.slice(2);
const site = resolve(args.find((arg) => !arg.startsWith('--')) ?? 'dist');
const documentsOnly = args.includes('--documents-only');
const indexedArg = args.find((arg) => arg.startsWith('--documents-indexed='));
const documentsIndexed = indexedArg === undefined ? undefined : Number(indexedArg.slice(indexedArg.indexOf('=') + 1));
const documentPages = builtDocumentPages(site);
const layout = searchLayout(documentPages);
if (documentsOnly && layout === 'one') {
  console.log('[sökindex] ett sökindex för hela webbplatsen: dokumenten indexeras med resten efter bygget');
  process.exit(0);
}
// The search page is rendered after the document pages: the run that writes the documents first cannot check it.
const rendered = documentsOnly ? layout : renderedLayout(site);
if (rendered !== layout) {
  console.error(
    `[sökindex] Söksidan är byggd för sökindexet "${rendered ?? 'okänt'}", men ${documentPages} dokumentsidor ` +
      `ger "${layout}". Bygg om sidan med samma SEARCH_LAYOUT.`,
  );
  process.exit(1);
}
const topLevel = readdirSync(site, { withFileTypes: true }).map((e) => ({
  name: e.name,
  isDirectory: e.isDirectory(),
}));
const documentsBundle = SEARCH_BUNDLES.documents.dir;
// The documents' bundle written during the build still holds every document page: not written again.
const documentsUpToDate =
  layout === 'split' &&
  documentsIndexed !== undefined &&
  existsSync(join(site, documentsBundle)) &&
  documentHtmlFiles(site) === documentsIndexed;
if (documentsIndexed !== undefined && layout === 'split' && !documentsUpToDate)
  console.log(`[sökindex] dokumentsidorna har ändrats sedan dokumenten indexerades: de indexeras om`);
const bundles = bundleSpecs(topLevel, layout).filter((bundle) =>
  documentsOnly ? bundle.dir === documentsBundle : !(documentsUpToDate && bundle.dir === documentsBundle),
);
console.log(
  `[sökindex] indexerar ${documentsOnly ? 'dokumentsidorna' : 'sidorna'} i ${site} ` +
    `(${layout === 'one' ? 'ett sökindex' : 'översikt, organisationer och dokument i var sitt sökindex'})`,
);
const binary = await pagefindBinary();
// One bundle after the other: Pagefind already uses every core, and two at once would add their memory peaks.
const counts: number[] = [];
for (const bundle of bundles) counts.push(await writeBundle(binary, site, bundle, indexChunkSize(layout, bundle.dir)));
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
