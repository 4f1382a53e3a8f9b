// Writes the site's Pagefind search bundles over a finished build: node scripts/search-index.ts [dist]
// `npm run build` runs it right after `astro build`, in its own process: the build's heap (gigabytes at
// thousands of partnerships) is freed before Pagefind starts, instead of staying resident beside it.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEARCH_BUNDLES, bundleGlobs } from '../src/lib/search-bundles.ts';

// Pagefind's own command-line runner from the installed package. The CLI indexed our pages about a fifth
// faster than the Node API's service mode in paired runs (BENCHMARKS.md).
const PAGEFIND_CLI = fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));

/** Writes one Pagefind bundle over the pages of `site` that match `glob`; returns the page count. */
function writeBundle(site: string, glob: string, dir: string): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [PAGEFIND_CLI, '--site', site, '--glob', glob, '--output-path', join(site, dir)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      const pages = /Indexed (\d+) pages?/.exec(output);
      if (code !== 0 || !pages) fail(new Error(`Pagefind (${dir}) misslyckades med kod ${code}:\n${output.slice(-3000)}`));
      else done(Number(pages[1]));
    });
  });
}

const site = resolve(process.argv[2] ?? 'dist');
console.log(`[sökindex] indexerar sidorna i ${site}`);
const globs = bundleGlobs(readdirSync(site, { withFileTypes: true }).map((e) => ({ name: e.name, isDirectory: e.isDirectory() })));
const overview = await writeBundle(site, globs.overview, SEARCH_BUNDLES.overview.dir);
const documents = await writeBundle(site, globs.documents, SEARCH_BUNDLES.documents.dir);
if (overview === 0 || documents === 0) {
  console.error(`[sökindex] Pagefind hittade inga sidor att indexera (översikten ${overview}, dokument ${documents}): är ${site} en färdig build?`);
  process.exit(1);
}
console.log(`[sökindex] indexerade ${overview + documents} sidor (${overview} i översikten, ${documents} dokument)`);
