// `npm run build`: `astro build`, whose own content check runs when the content is loaded, then the search index.
// The build checks the content itself (src/data/site-data.ts): the content layer validates every file against its
// schema as it loads it, and the site data runs the integrity rules and the rules on file names. Astro's output is
// held back until that check has printed its line (src/lib/content-checked.ts). When `astro build` fails before
// then, the content checker (scripts/check-content.ts) runs: it reports every problem in every file at once, with
// lines, and is all that is printed; when it finds nothing, Astro's own output is. The build fails either way, so
// nothing is published; dist/ may be partly rewritten.
// The checker used to run beside `astro build` on every build, and the build then left the integrity rules to it.
// On two cores the two slowed each other down: at 1 000 partnerships the whole build now takes 60.5–66.4 s of CPU
// time and 46.6–52.0 s against 67.5–74.3 s and 48.0–54.1 s (three alternating builds each; BENCHMARKS.md). At
// 10 000 partnerships the check adds about 15 s to Astro's main thread, which the checker beside it had hidden.
// The search index follows the build, every bundle in one run. It used to write the documents' bundle beside
// Astro, as soon as the document pages were written; on two cores the two slowed each other down: at 1 000
// partnerships the build took as long with about 10 s more CPU time (medians of five builds), and the index's own
// runs took 1.5–2.3× the baseline's Pagefind run instead of 1.4×. At 10 000 partnerships it hid about two minutes
// of the index behind Astro's rendering (BENCHMARKS.md, ninth session).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { CONTENT_CHECKED } from '../src/lib/content-checked.ts';

const project = new URL('..', import.meta.url).pathname;
// Astro writes to a pipe here; it keeps its colours when the build itself runs in a terminal.
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  ...(process.stdout.isTTY && process.env.FORCE_COLOR === undefined ? { FORCE_COLOR: '1' } : {}),
};

interface Step {
  /** Resolves with the exit code (or 1 when stopped by a signal). */
  done: Promise<number>;
  /** Prints what was held back and everything after it as it comes. */
  release(): void;
  /** Whether its output is no longer held back. */
  released(): boolean;
}

/**
 * Starts a command in the project, holding its output until `release()`, or until its standard output holds
 * `releaseOn`.
 */
function start(command: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}, releaseOn?: string): Step {
  const child = spawn(command, args, {
    cwd: project,
    env: { ...env, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // What the step printed, in order, until it is released; undefined after.
  let held: { stream: NodeJS.WriteStream; chunk: Buffer }[] | undefined = [];
  // The end of the standard output so far, for a `releaseOn` split between two chunks.
  let tail = '';
  const release = () => {
    for (const { stream, chunk } of held ?? []) stream.write(chunk);
    held = undefined;
  };
  const forward = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
    if (!held) {
      stream.write(chunk);
      return;
    }
    held.push({ stream, chunk });
    if (releaseOn === undefined || stream !== process.stdout) return;
    const text = tail + chunk.toString();
    if (text.includes(releaseOn)) release();
    else tail = text.slice(-releaseOn.length);
  };
  child.stdout.on('data', forward(process.stdout));
  child.stderr.on('data', forward(process.stderr));
  return {
    done: new Promise((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code) => resolve(code ?? 1));
    }),
    release,
    released: () => held === undefined,
  };
}

// Astro writes every page with Node's asynchronous file calls, which libuv hands to its thread pool (four threads
// by default), waking a thread for each call. On two cores one thread did the same writes with a third fewer context
// switches; whole builds took about 4 s less CPU at 1 000 partnerships, and 438 s against 546 s at 10 000 (one build
// each; BENCHMARKS.md). UV_THREADPOOL_SIZE set outside wins.
const ASTRO_FILE_THREADS = '1';

// The check holds every content file in memory at once, and much of what it makes lives past V8's first young-
// generation collections; with room for 32 MB there (16 MB by default) it took about 0.5 s less CPU time at 1 000
// partnerships (means of four runs: 6.4 s against 7.1 s, and 5.7 s against 6.2 s in a second series; BENCHMARKS.md).
const CHECK_YOUNG_GENERATION = '--max-semi-space-size=32';

/** The exit code of the whole build. */
async function build(): Promise<number> {
  const astro = start(
    process.execPath,
    [join(project, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
    { UV_THREADPOOL_SIZE: process.env.UV_THREADPOOL_SIZE ?? ASTRO_FILE_THREADS },
    CONTENT_CHECKED,
  );
  const built = await astro.done;
  if (built !== 0) {
    // Its output was released when its content check had passed; otherwise the checker says what is wrong.
    if (astro.released()) return built;
    const check = start(process.execPath, [CHECK_YOUNG_GENERATION, join(project, 'scripts', 'check-content.ts')]);
    const problems = (await check.done) !== 0;
    if (!problems) astro.release();
    check.release();
    return built;
  }
  astro.release();
  const index = start(process.execPath, [join(project, 'scripts', 'search-index.ts'), 'dist']);
  index.release();
  return index.done;
}

// An exit code, not process.exit(): output still being written to a pipe is not cut off.
process.exitCode = await build();
