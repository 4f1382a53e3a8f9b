// Writes the site's Pagefind search bundles over a finished build: node scripts/search-index.ts [dist]
// `npm run build` runs it right after `astro build`, in its own process: the build's heap (gigabytes at
// thousands of partnerships) is freed before Pagefind starts, instead of staying resident beside it.
// Pagefind's own binary is run directly (not through the npm package's Node runner, one process less), with
// what readers do not search left out (src/lib/search-bundles.ts).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  DOCUMENTS_FOLDER,
  INDEX_EXCLUDED_SELECTORS,
  bundleSpecs,
  documentPageCount,
  indexChunkSize,
  searchLayout,
  type BundleSpec,
} from '../src/lib/search-bundles.ts';

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

const site = resolve(process.argv[2] ?? 'dist');
const documentsDir = join(site, DOCUMENTS_FOLDER);
const documentPages = existsSync(documentsDir)
  ? documentPageCount(
      readdirSync(documentsDir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name),
    )
  : 0;
const layout = searchLayout(documentPages);
const rendered = renderedLayout(site);
if (rendered !== layout) {
  console.error(
    `[sökindex] Söksidan är byggd för sökindexet "${rendered ?? 'okänt'}", men ${documentPages} dokumentsidor ` +
      `ger "${layout}". Bygg om sidan med samma SEARCH_LAYOUT.`,
  );
  process.exit(1);
}
console.log(
  `[sökindex] indexerar sidorna i ${site} ` +
    `(${layout === 'one' ? 'ett sökindex' : 'översikt och dokument i var sitt sökindex'})`,
);
const topLevel = readdirSync(site, { withFileTypes: true }).map((e) => ({
  name: e.name,
  isDirectory: e.isDirectory(),
}));
const bundles = bundleSpecs(topLevel, layout);
const binary = await pagefindBinary();
// One bundle after the other: Pagefind already uses every core, and two at once would add their memory peaks.
const counts: number[] = [];
for (const bundle of bundles) counts.push(await writeBundle(binary, site, bundle, indexChunkSize(layout)));
if (counts.some((count) => count === 0)) {
  console.error(
    `[sökindex] Pagefind hittade inga sidor att indexera ` +
      `(${bundles.map((b, i) => `${b.dir}: ${counts[i]}`).join(', ')}): är ${site} en färdig build?`,
  );
  process.exit(1);
}
console.log(
  `[sökindex] indexerade ${counts.reduce((a, b) => a + b, 0)} sidor ` +
    `(${bundles.map((b, i) => `${counts[i]} i ${b.dir}`).join(', ')})`,
);
