// `npm run build`: the content check and `astro build` at the same time, then the search index.
// The check (scripts/check-content.ts) reads the raw content files and reports every problem in every file at once;
// it used to run before `astro build`. On two cores it now runs beside Astro's content sync and bundling, which
// keep about one core busy: at 1 000 partnerships the check takes 7–8 s, and the two together took 47–57 s, as
// long as `astro build` alone (BENCHMARKS.md). The build then leaves the integrity rules to the check.
// Astro's output is held back until the check has passed. On bad content Astro is stopped and the check's report is
// all that is printed, as before; the build fails either way, so nothing is published. Unlike before, dist/ may
// then be partly rewritten.
// The search index follows the build, every bundle in one run. It used to write the documents' bundle beside
// Astro, as soon as the document pages were written; on two cores the two slowed each other down: at 1 000
// partnerships the build took as long with about 10 s more CPU time (medians of five builds), and the index's own
// runs took 1.5–2.3× the baseline's Pagefind run instead of 1.4×. At 10 000 partnerships it hid about two minutes
// of the index behind Astro's rendering (BENCHMARKS.md, ninth session).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { CHECKED_BESIDE_BUILD } from '../src/lib/checked-beside-build.ts';

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
  stop(): void;
}

/** Starts a command in the project, holding its output until `release()`. */
function start(command: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}): Step {
  const child = spawn(command, args, {
    cwd: project,
    env: { ...env, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // What the step printed, in order, until it is released; undefined after.
  let held: { stream: NodeJS.WriteStream; chunk: Buffer }[] | undefined = [];
  const forward = (stream: NodeJS.WriteStream) => (chunk: Buffer) =>
    held ? held.push({ stream, chunk }) : stream.write(chunk);
  child.stdout.on('data', forward(process.stdout));
  child.stderr.on('data', forward(process.stderr));
  return {
    done: new Promise((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code) => resolve(code ?? 1));
    }),
    release() {
      for (const { stream, chunk } of held ?? []) stream.write(chunk);
      held = undefined;
    },
    stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
    },
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
  const check = start(process.execPath, [CHECK_YOUNG_GENERATION, join(project, 'scripts', 'check-content.ts')]);
  // The check's integrity rules are not run a second time inside the build.
  const astro = start(process.execPath, [join(project, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    [CHECKED_BESIDE_BUILD]: '1',
    UV_THREADPOOL_SIZE: process.env.UV_THREADPOOL_SIZE ?? ASTRO_FILE_THREADS,
  });
  if ((await check.done) !== 0) {
    astro.stop();
    await astro.done;
    check.release();
    return 1;
  }
  check.release();
  astro.release();
  const built = await astro.done;
  if (built !== 0) return built;
  const index = start(process.execPath, [join(project, 'scripts', 'search-index.ts'), 'dist']);
  index.release();
  return index.done;
}

// An exit code, not process.exit(): output still being written to a pipe is not cut off.
process.exitCode = await build();
