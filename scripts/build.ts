// `npm run build`: the content check and `astro build` at the same time, then the search index.
// The check (scripts/check-content.ts) reads the raw content files and reports every problem in every file at once;
// it used to run before `astro build`. On two cores it now runs beside Astro's content sync and bundling, which
// keep about one core busy: at 1 000 partnerships the check takes 7–8 s, and the two together took 47–57 s, as
// long as `astro build` alone (BENCHMARKS.md). The build then leaves the integrity rules to the check.
// Astro's output is held back until the check has passed. On bad content Astro is stopped and the check's report is
// all that is printed, as before; the build fails either way, so nothing is published. Unlike before, dist/ may
// then be partly rewritten.
// On a large site (organisations and documents in search bundles of their own) the documents' bundle is written
// as soon as Astro has written the document pages, beside the rest of the build (Astro renders the pages on one
// thread, and leaves the other core mostly idle); the overview's and the organisations' bundles follow the build.
// If the document pages changed in between, the final run writes the documents' bundle again.
import { spawn } from 'node:child_process';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { CHECKED_BESIDE_BUILD } from '../src/lib/checked-beside-build.ts';
import { DOCUMENTS_FOLDER } from '../src/lib/search-bundles.ts';
import { isWrittenPage, trackFolder } from './lib/astro-progress.ts';
import { builtSearchLayout, documentHtmlFiles } from './lib/document-files.ts';

const project = new URL('..', import.meta.url).pathname;
const dist = join(project, 'dist');
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

interface StepOptions {
  env?: NodeJS.ProcessEnv;
  /** Called with each whole line of the step's standard output, as it comes (held or not). */
  onLine?: (line: string) => void;
}

/** Starts a command in the project, holding its output until `release()`. */
function start(command: string, args: string[], options: StepOptions = {}): Step {
  const child = spawn(command, args, {
    cwd: project,
    env: { ...env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // What the step printed, in order, until it is released; undefined after.
  let held: { stream: NodeJS.WriteStream; chunk: Buffer }[] | undefined = [];
  const forward = (stream: NodeJS.WriteStream) => (chunk: Buffer) =>
    held ? held.push({ stream, chunk }) : stream.write(chunk);
  child.stdout.on('data', forward(process.stdout));
  child.stderr.on('data', forward(process.stderr));
  const { onLine } = options;
  if (onLine) {
    let partial = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) onLine(line);
    });
  }
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

const searchIndex = (...args: string[]) =>
  start(process.execPath, [join(project, 'scripts', 'search-index.ts'), 'dist', ...args]);

/** Whether a page of the site (a path like /dokument/x/index.html) is written whole in dist/: reads its end. */
function written(page: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(join(dist, page), 'r');
    const end = Buffer.alloc(64);
    const size = fstatSync(fd).size;
    const read = readSync(fd, end, 0, end.length, Math.max(0, size - end.length));
    return isWrittenPage(end.toString('utf8', 0, read));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Resolves once every page is written, or with false when `stopped()` says to give up first. */
async function allWritten(pages: string[], stopped: () => boolean): Promise<boolean> {
  let waiting = pages;
  while ((waiting = waiting.filter((page) => !written(page))).length > 0) {
    if (stopped()) return false;
    await sleep(50);
  }
  return true;
}

/** The exit code of the whole build. */
async function build(): Promise<number> {
  const check = start(process.execPath, [join(project, 'scripts', 'check-content.ts')]);
  let documentPages: ((pages: string[]) => void) | undefined;
  const documentsStarted = new Promise<string[]>((resolve) => (documentPages = resolve));
  const documents = trackFolder(DOCUMENTS_FOLDER);
  let astroEnded = false;
  // The check's integrity rules are not run a second time inside the build.
  const astro = start(process.execPath, [join(project, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    env: { [CHECKED_BESIDE_BUILD]: '1', UV_THREADPOOL_SIZE: process.env.UV_THREADPOOL_SIZE ?? ASTRO_FILE_THREADS },
    onLine: (line) => {
      const pages = documents.feed(line);
      if (pages) documentPages?.(pages);
    },
  });
  const astroDone = astro.done.then((code) => {
    astroEnded = true;
    return code;
  });
  if ((await check.done) !== 0) {
    astro.stop();
    await astroDone;
    check.release();
    return 1;
  }
  check.release();
  astro.release();
  // The documents' bundle, started when Astro has written the document pages (only on a split site).
  const early = Promise.race([documentsStarted, astroDone.then(() => undefined)]).then(async (pages) => {
    if (!pages || builtSearchLayout(dist) !== 'split' || !(await allWritten(pages, () => astroEnded))) return undefined;
    const indexed = documentHtmlFiles(dist);
    return { step: searchIndex('--documents-only'), indexed };
  });
  const built = await astroDone;
  const documentsIndex = await early;
  if (built !== 0) {
    documentsIndex?.step.stop();
    await documentsIndex?.step.done;
    return built;
  }
  if (documentsIndex) {
    documentsIndex.step.release();
    const code = await documentsIndex.step.done;
    if (code !== 0) return code;
  }
  const index = searchIndex(...(documentsIndex ? [`--documents-indexed=${documentsIndex.indexed}`] : []));
  index.release();
  return index.done;
}

// An exit code, not process.exit(): output still being written to a pipe is not cut off.
process.exitCode = await build();
