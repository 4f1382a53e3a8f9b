import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SEARCH_BUNDLES, bundleGlobs } from '../lib/search-bundles';

// Pagefind's own command-line runner, from the installed package. The CLI indexed our pages about a fifth
// faster than the Node API's service mode in paired runs (BENCHMARKS.md), so the build runs the CLI.
const PAGEFIND_CLI = fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));

/** Writes one Pagefind bundle over the pages of `site` that match `glob`; returns the page count. */
function writeBundle(site: string, glob: string, dir: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PAGEFIND_CLI, '--site', site, '--glob', glob, '--output-path', `${site}${dir}`], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const pages = /Indexed (\d+) pages?/.exec(output);
      if (code !== 0 || !pages) reject(new Error(`Pagefind (${dir}) misslyckades med kod ${code}:\n${output.slice(-3000)}`));
      else resolve(Number(pages[1]));
    });
  });
}

/** Builds the Pagefind search bundles over the finished site, so every build ships a current index. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'oppna-partnerskap:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        logger.info('indexerar sidorna för sökning');
        const globs = bundleGlobs(readdirSync(site, { withFileTypes: true }).map((e) => ({ name: e.name, isDirectory: e.isDirectory() })));
        const overview = await writeBundle(site, globs.overview, SEARCH_BUNDLES.overview.dir);
        const documents = await writeBundle(site, globs.documents, SEARCH_BUNDLES.documents.dir);
        logger.info(`indexerade ${overview + documents} sidor (${overview} i översikten, ${documents} dokument)`);
      },
    },
  };
}
