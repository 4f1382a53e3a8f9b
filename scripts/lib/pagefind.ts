// Runs Pagefind's own binary (not through the npm package's Node runner, one process less) over a folder of pages,
// with what readers do not search left out (INDEX_EXCLUDED_SELECTORS in src/lib/search-bundles.ts).
import { spawn } from 'node:child_process';
import { INDEX_EXCLUDED_SELECTORS } from '../../src/lib/search-bundles.ts';

/** The platform's Pagefind binary, found the way the npm package's runner finds it. */
export async function pagefindBinary(): Promise<string> {
  const { resolveBinaryPath } = (await import(new URL('./resolveBinary.js', import.meta.resolve('pagefind')).href)) as {
    resolveBinaryPath(names: string[]): string;
  };
  return resolveBinaryPath(['pagefind_extended', 'pagefind']);
}

export interface PagefindRun {
  /** The folder of pages; results' URLs are the pages' paths in it. */
  site: string;
  /** Where the bundle is written. */
  output: string;
  /** Which pages under `site` (Pagefind's default: every HTML file). */
  glob?: string | undefined;
  /** Pagefind's index chunk size (src/lib/search-bundles.ts), or undefined for its own. */
  chunkSize?: number | undefined;
  /** Its allocator's settings (empty: jemalloc's defaults); PAGEFIND_ALLOCATOR_SETTINGS unless given or set outside. */
  allocatorSettings?: string | undefined;
}

// Pagefind's binary is statically linked with jemalloc, which reads its settings from this variable. By default it
// spreads Pagefind's threads over several arenas of small pages: indexing 5 987 document pages took about 270 000 page
// faults. On huge pages (where the system gives them on request, THP's `madvise` setting, as on our machines) and
// one arena, it took about 8 000, and 8.7–10.1 s of CPU instead of 13.4–15.9 s (four runs each, the same bundle byte
// for byte; BENCHMARKS.md). Memory it frees is kept for its own reuse, not handed back to the system (the decay times
// of -1): over 59 956 document pages Pagefind grows and frees gigabytes of buffers, and handing them back meant the
// system zeroing new pages and copying what grew; the run took 86.2 and 92.6 s instead of 200.1 and 202.2 s (user
// CPU 78.7–86.5 s against 186.4–190.5 s), the same bundle byte for byte, with a peak of 10.2 GB against 9.4 GB. At
// 5 987 pages it made no difference beyond noise (14.1–16.6 s of CPU for the whole index against 15.0–19.6 s). A
// value set outside wins.
const PAGEFIND_ALLOCATOR_VARIABLE = '_RJEM_MALLOC_CONF';
const PAGEFIND_ALLOCATOR_SETTINGS = 'thp:always,metadata_thp:always,narenas:1,dirty_decay_ms:-1,muzzy_decay_ms:-1';

/** Writes one Pagefind bundle; resolves with the number of pages indexed, rejects with Pagefind's output. */
export function runPagefind(binary: string, run: PagefindRun): Promise<number> {
  const args = ['--site', run.site, '--output-path', run.output, ...(run.glob ? ['--glob', run.glob] : [])];
  for (const selector of INDEX_EXCLUDED_SELECTORS) args.push('--exclude-selectors', selector);
  // Pagefind's chunk size comes only from its environment; without ours, an inherited one is dropped.
  const env = { ...process.env };
  delete env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  if (run.chunkSize !== undefined) env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(run.chunkSize);
  env[PAGEFIND_ALLOCATOR_VARIABLE] =
    run.allocatorSettings ?? env[PAGEFIND_ALLOCATOR_VARIABLE] ?? PAGEFIND_ALLOCATOR_SETTINGS;
  return new Promise((done, fail) => {
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      const pages = /Indexed (\d+) pages?/.exec(output);
      if (code !== 0 || !pages)
        fail(new Error(`Pagefind (${run.output}) misslyckades med kod ${code}:\n${output.slice(-3000)}`));
      else done(Number(pages[1]));
    });
  });
}
