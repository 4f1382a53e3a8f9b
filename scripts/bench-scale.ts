// Scale benchmark: builds the real site and a bare-Astro baseline over the same synthetic MDX corpus,
// for each N (partnerships), in one run. Usage: npm run bench:scale  (SIZES=200,1000,2000 by default;
// NS=5000,10000 adds the large sizes, which take tens of minutes each on two cores)
// Our side is `npm run build` itself (scripts/build.ts): astro build, with its own content check, then the search
// index. Reports wall time, CPU time (/usr/bin/time -v) and peak memory (/usr/bin/time -v for the
// baseline; our processes sampled together), content sync / build / Pagefind times,
// dist and index size, and the bytes a browser fetches for a first search query. Prints a Markdown table.
// REPEAT=3 builds each pair three times, alternating, and reports medians: single runs on a shared
// machine swing by a fifth or more.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { generateCorpus } from './generate-corpus.ts';
import { SEARCH_BUNDLES } from '../src/lib/search-bundles.ts';
import { launchBrowser } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import { firstSearch, totalBytes } from './lib/first-search.ts';

const project = new URL('..', import.meta.url).pathname;
const SIZES = [
  ...(process.env.SIZES ?? '200,1000,2000').split(','),
  ...(process.env.NS ? process.env.NS.split(',') : []),
]
  .filter(Boolean)
  .map(Number);
const WORK = process.env.BENCH_DIR ?? '/tmp/oppna-partnerskap-scale';
// The same heap ceiling for both builds, so neither is cut short by Node's default limit.
const NODE_OPTIONS = process.env.NODE_OPTIONS ?? '--max-old-space-size=12288';
const REPEAT = Number(process.env.REPEAT ?? 1);
// BASELINE=0 builds only the site (the bare-MDX baseline takes the longest at large N).
const BASELINE = process.env.BASELINE !== '0';

interface Run {
  wallS: number;
  cpuS: number;
  peakMb: number;
  phases: Record<string, number>;
  lines: number;
  /** What the command printed (standard output and error), without colour codes. */
  output: string;
  failed?: string;
  load: number;
}

/** The machine's load average over the last minute (other jobs share the two cores). */
const load = () => loadavg()[0]!;

/** Runs a command under /usr/bin/time -v, timestamping each output line to time the phases. */
function timed(
  cwd: string,
  command: string[],
  marks: Record<string, RegExp>,
  options: { env?: NodeJS.ProcessEnv; treeMemory?: boolean } = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env = {
      ...process.env,
      PATH: `${join(project, 'node_modules', '.bin')}:${process.env.PATH}`,
      ASTRO_TELEMETRY_DISABLED: '1',
      NODE_OPTIONS,
      FORCE_COLOR: '0',
      SITE_DATE: '2026-11-22',
      ...options.env,
    };
    const start = performance.now();
    const loadAtStart = load();
    const child = spawn('/usr/bin/time', ['-v', ...command], { cwd, env });
    // /usr/bin/time's peak is that of the largest single process; a command whose processes run at the same time
    // (scripts/build.ts) is sampled instead: the resident memory of all its processes together, four times a second.
    let treePeakKb = 0;
    const sampler = options.treeMemory
      ? setInterval(() => (treePeakKb = Math.max(treePeakKb, treeRssKb(child.pid!))), 250)
      : undefined;
    const seen: Record<string, number> = {};
    let output = '';
    let stderr = '';
    let buffer = '';
    let lines = 0;
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString();
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        // Astro colours its log tags whatever FORCE_COLOR says; match on the plain text.
        const line = stripVTControlCharacters(buffer.slice(0, nl));
        buffer = buffer.slice(nl + 1);
        lines++;
        output += `${line}\n`;
        for (const [name, re] of Object.entries(marks))
          if (seen[name] === undefined && re.test(line)) seen[name] = (performance.now() - start) / 1000;
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      onData(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const wallS = (performance.now() - start) / 1000;
      clearInterval(sampler);
      const peakKb = options.treeMemory
        ? treePeakKb
        : Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? 0);
      const cpuS =
        Number(/User time \(seconds\): ([\d.]+)/.exec(stderr)?.[1] ?? 0) +
        Number(/System time \(seconds\): ([\d.]+)/.exec(stderr)?.[1] ?? 0);
      const run: Run = { wallS, cpuS, peakMb: peakKb / 1024, phases: seen, lines, output, load: loadAtStart };
      // A failed build (the baseline running out of memory at large N) is a result too: recorded, not fatal.
      if (code !== 0) {
        const oom = /heap out of memory|Allocation failed|Killed|signal 9/i.test(stderr)
          ? 'slut på minne'
          : `kod ${code}`;
        console.error(`${command.join(' ')} i ${cwd} misslyckades (${oom}):\n${stderr.slice(-1500)}`);
        run.failed = oom;
      }
      resolve(run);
    });
  });
}

const ASTRO_MARKS = { syncStart: /\[content\] Syncing content/, syncEnd: /\[content\] Synced content/ };
/**
 * When `astro build` has ended inside scripts/build.ts: its last line. Astro's output is held back only until the
 * content check has passed, seconds into the build, so this line arrives as Astro prints it.
 */
const OURS_MARKS = { astroDone: /\[build\] Complete!/ };

/**
 * The search index's wall time after `astro build` has ended: what the index adds to the build, as the baseline's
 * Pagefind run adds its whole time to its build. About the index run's own time, plus starting it.
 */
const indexAfterBuild = (build: Run) =>
  build.failed || build.phases.astroDone === undefined ? undefined : build.wallS - build.phases.astroDone;
/**
 * The content sync and the rest of `astro build` within scripts/build.ts, by Astro's own clock: build.ts holds
 * Astro's output back until the content check has passed, so the time a line arrives says nothing. Astro stamps
 * each line to the second and ends with the build's whole time.
 */
function astroPhases(output: string): { syncS?: number; astroS?: number } {
  const seconds = (stamp: string) => stamp.split(':').reduce((sum, part) => sum * 60 + Number(part), 0);
  const start = /(\d\d:\d\d:\d\d) \[content\] Syncing content/.exec(output)?.[1];
  const end = /(\d\d:\d\d:\d\d) \[content\] Synced content/.exec(output)?.[1];
  // "built in 50.87s", or from a minute on "built in 9m 12s".
  const astro = /\[build\] \d+ page\(s\) built in (?:(\d+)m ?)?([\d.]+)s/.exec(output);
  return {
    ...(start && end ? { syncS: (seconds(end) - seconds(start) + 86400) % 86400 } : {}),
    ...(astro ? { astroS: Number(astro[1] ?? 0) * 60 + Number(astro[2]) } : {}),
  };
}

/** The resident memory (KB) of a process and all its descendants now, from /proc. */
function treeRssKb(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // ended meanwhile
    }
    // After the command name: state, ppid, … ; rss (pages) is field 24 of proc(5), the 22nd after the name.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(name);
    const ppid = Number(fields[1]);
    rss.set(pid, Number(fields[21]) * 4);
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  let total = 0;
  const stack = [root];
  for (let pid = stack.pop(); pid !== undefined; pid = stack.pop()) {
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * The search index's runs within scripts/build.ts (one, after Astro), as one step: the wall and CPU times the
 * indexer prints for each run, added up.
 */
function searchIndexRuns(build: Run): Run {
  const runs = [...build.output.matchAll(/\[sökindex\] indexerade .* på ([\d.]+) s, CPU ([\d.]+) s/g)];
  if (build.failed || runs.length === 0) return skipped(build.failed ?? 'ej körd');
  return {
    wallS: runs.reduce((sum, m) => sum + Number(m[1]), 0),
    cpuS: runs.reduce((sum, m) => sum + Number(m[2]), 0),
    peakMb: 0,
    phases: {},
    lines: runs.length,
    output: '',
    load: build.load,
  };
}

/**
 * Empties the kernel's page cache before a build (as root; elsewhere it stays). With the cache full of the
 * previous builds' gigabytes of files, the kernel reclaims it while the next build allocates memory, and charges
 * that to the build: the same build's system time went from 13 s to 28 s at N=1000 (BENCHMARKS.md).
 */
function dropPageCache(): void {
  try {
    execFileSync('sync');
    writeFileSync('/proc/sys/vm/drop_caches', '3');
  } catch {
    // Not root, or no /proc: builds are timed with whatever the cache holds.
  }
}

function duBytes(path: string): number {
  return Number(execFileSync('du', ['-sb', path], { encoding: 'utf8' }).split('\t')[0]);
}

/**
 * The content layer keeps its store in `cacheDir` (node_modules/.astro by default), which every copy would share
 * through the node_modules symlink: each copy gets its own, removed before every build.
 */
const CACHE_DIR = '.bench-cache';

function prepareSite(dir: string, n: number) {
  mkdirSync(dir, { recursive: true });
  for (const entry of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(project, entry), join(dir, entry), { recursive: true });
  const config = join(dir, 'astro.config.mjs');
  writeFileSync(
    config,
    readFileSync(config, 'utf8').replace(
      'export default defineConfig({',
      `export default defineConfig({\n  cacheDir: './${CACHE_DIR}',`,
    ),
  );
  symlinkSync(join(project, 'node_modules'), join(dir, 'node_modules'));
  return generateCorpus(dir, n, 2026);
}

/** The same MDX files, each rendered by one minimal page: no schemas, no derivations. */
function prepareBaseline(dir: string, siteDir: string) {
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  symlinkSync(join(project, 'node_modules'), join(dir, 'node_modules'));
  symlinkSync(join(siteDir, 'content'), join(dir, 'content'));
  writeFileSync(join(dir, 'package.json'), '{ "name": "baseline", "private": true, "type": "module" }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default ` +
      `defineConfig({ site: 'https://baseline.example', cacheDir: './${CACHE_DIR}', integrations: [mdx()], build: ` +
      `{ format: 'directory' } });\n`,
  );
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const " +
      "collections = {\n  partnerships: defineCollection({ loader: glob({ base: './content/partnerships', pattern: " +
      "'*.mdx' }) }),\n  documents: defineCollection({ loader: glob({ base: './content/documents', pattern: " +
      "'*.mdx' }) }),\n};\n",
  );
  writeFileSync(
    join(dir, 'src', 'pages', '[...slug].astro'),
    "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  " +
      "const entries = [...(await getCollection('partnerships')), ...(await getCollection('documents'))];\n  " +
      'return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));\n}\nconst { entry } = ' +
      'Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang="sv"><head><meta ' +
      'charset="utf-8"><title>{entry.data.title}</title></head><body><main ' +
      'data-pagefind-body><h1>{entry.data.title}</h1><Content /></main></body></html>\n',
  );
}

/**
 * Bytes (as transferred, gzip) a browser fetches for a first search on the built site: the query on its
 * own (the overview bundle, see src/lib/search-bundles.ts), then the reader's "Sök även i …" on top.
 */
async function firstQueryBytes(dist: string, query: string): Promise<{ query: number; withDocuments: number }> {
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const search = await firstSearch(await browser.newPage(), server.url, query);
    const first = totalBytes(search.first);
    return { query: first, withDocuments: first + totalBytes(search.widened) };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** A step not run because the build before it failed. */
const skipped = (why = 'ej körd'): Run => ({
  wallS: NaN,
  cpuS: NaN,
  peakMb: 0,
  phases: {},
  lines: 0,
  output: '',
  failed: why,
  load: load(),
});
const describe = (r: Run) =>
  r.failed ? r.failed : `${r.wallS.toFixed(1)} s, CPU ${r.cpuS.toFixed(1)} s, ${r.peakMb.toFixed(0)} MB`;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return Number.isInteger(mid) ? (sorted[mid - 1]! + sorted[mid]!) / 2 : sorted[Math.floor(mid)]!;
};
/** The run with the median wall time, for its phases. */
const medianRun = (runs: Run[]) => [...runs].sort((a, b) => a.wallS - b.wallS)[Math.floor((runs.length - 1) / 2)]!;

interface Result {
  n: number;
  docs: number;
  ours: Run[];
  oursPagefind: Run[];
  baseline: Run[];
  baselinePagefind: Run[];
  distMb: number;
  indexMb: number;
  queryKb: number;
  withDocumentsKb: number;
}
const results: Result[] = [];
for (const n of SIZES) {
  const root = join(WORK, String(n));
  rmSync(root, { recursive: true, force: true });
  const siteDir = join(root, 'site');
  const baseDir = join(root, 'baseline');
  const counts = prepareSite(siteDir, n);
  prepareBaseline(baseDir, siteDir);
  console.error(
    `N=${n}: ${counts.partnerships} partnerskap, ${counts.documents} dokument, ${counts.organisations} organisationer`,
  );
  const result: Result = {
    n,
    docs: counts.documents,
    ours: [],
    oursPagefind: [],
    baseline: [],
    baselinePagefind: [],
    distMb: 0,
    indexMb: 0,
    queryKb: 0,
    withDocumentsKb: 0,
  };
  for (let i = 0; i < REPEAT; i++) {
    // Every build starts clean: no dist/ and no content-layer cache from the run before.
    for (const dir of [baseDir, siteDir])
      for (const out of ['dist', '.astro', CACHE_DIR]) rmSync(join(dir, out), { recursive: true, force: true });
    dropPageCache();
    const baseline = BASELINE ? await timed(baseDir, ['astro', 'build'], ASTRO_MARKS) : skipped('ej körd (BASELINE=0)');
    const baselinePagefind = baseline.failed
      ? skipped()
      : await timed(baseDir, ['pagefind', '--site', 'dist', '--quiet'], {});
    console.error(
      `  baslinje: ${describe(baseline)} + Pagefind ${describe(baselinePagefind)} (last ${baseline.load.toFixed(1)})`,
    );
    // `npm run build` itself (scripts/build.ts): astro build with its content check, then the search index; its
    // processes' CPU times added up, their memory sampled together.
    dropPageCache();
    const ours = await timed(siteDir, ['node', 'scripts/build.ts'], OURS_MARKS, { treeMemory: true });
    const oursPagefind = searchIndexRuns(ours);
    const checkSeconds = /Innehållet är granskat: .*\(([\d.]+) s\)/.exec(ours.output)?.[1];
    console.error(
      `  webbplatsen: ${describe(ours)}, därav innehållskontroll ${checkSeconds ?? '–'} s och sökindex ` +
        `${describe(oursPagefind)} (last ${ours.load.toFixed(1)})`,
    );
    result.ours.push(ours);
    result.oursPagefind.push(oursPagefind);
    result.baseline.push(baseline);
    result.baselinePagefind.push(baselinePagefind);
  }
  if (!result.ours.some((r) => r.failed)) {
    const bytes = await firstQueryBytes(join(siteDir, 'dist'), 'kamratstöd');
    result.queryKb = bytes.query / 1024;
    result.withDocumentsKb = bytes.withDocuments / 1024;
    result.distMb = duBytes(join(siteDir, 'dist')) / 1048576;
    result.indexMb =
      Object.values(SEARCH_BUNDLES)
        .map((b) => join(siteDir, 'dist', b.dir))
        .filter((d) => existsSync(d))
        .reduce((sum, d) => sum + duBytes(d), 0) / 1048576;
  }
  results.push(result);
  if (!process.env.KEEP) rmSync(root, { recursive: true, force: true });
}

const f = (v: number | undefined, d = 1) => (v === undefined || Number.isNaN(v) ? '–' : v.toFixed(d));
const phase = (r: Run, a: string, b: string) =>
  r.phases[a] !== undefined && r.phases[b] !== undefined ? r.phases[b]! - r.phases[a]! : undefined;
// Each side is its astro build plus its Pagefind run, as separate processes on both sides (ours with the content
// check inside its astro build, as in `npm run build`). A pair where either side failed has no ratio; a
// side that failed in every pair shows why instead of a time.
const ok = (r: Result, i: number) =>
  !r.ours[i]!.failed && !r.oursPagefind[i]!.failed && !r.baseline[i]!.failed && !r.baselinePagefind[i]!.failed;
// Ours is one command, npm run build, search index included.
const oursWall = (r: Result, i: number) => r.ours[i]!.wallS;
const oursCpu = (r: Result, i: number) => r.ours[i]!.cpuS;
const oursPeak = (r: Result, i: number) => r.ours[i]!.peakMb;
const baseWall = (r: Result, i: number) => r.baseline[i]!.wallS + r.baselinePagefind[i]!.wallS;
const baseCpu = (r: Result, i: number) => r.baseline[i]!.cpuS + r.baselinePagefind[i]!.cpuS;
const basePeak = (r: Result, i: number) => Math.max(r.baseline[i]!.peakMb, r.baselinePagefind[i]!.peakMb);
const indexRatio = (r: Result, i: number) => r.oursPagefind[i]!.wallS / r.baselinePagefind[i]!.wallS;
const indexCpuRatio = (r: Result, i: number) => r.oursPagefind[i]!.cpuS / r.baselinePagefind[i]!.cpuS;
const each = <T>(r: Result, fn: (i: number) => T, only = (_: number) => true): T[] =>
  r.ours
    .map((_, i) => i)
    .filter(only)
    .map(fn);
const pairs = (r: Result, fn: (i: number) => number) => each(r, fn, (i) => ok(r, i));
const side = (runs: Run[], value: (i: number) => number) => {
  const good = runs.map((_, i) => i).filter((i) => !runs[i]!.failed);
  return good.length === 0 ? (runs[0]?.failed ?? '–') : f(median(good.map(value)));
};
const sideMb = (runs: Run[], value: (i: number) => number) => {
  const good = runs.map((_, i) => i).filter((i) => !runs[i]!.failed);
  return good.length === 0
    ? `${runs[0]?.failed ?? '–'} (${f(Math.max(...runs.map((x) => x.peakMb)), 0)})`
    : f(median(good.map(value)), 0);
};
console.log(`Medianer av ${REPEAT} körning(ar) per N; kvoterna är medianen av kvoterna i varje par av byggen.\n`);
console.log(
  '| N partnerskap | dokument | webbplatsen: tid (s) | baslinje: tid (s) | tid, kvot | CPU-tid, kvot | ' +
    'webbplatsen: minne (MB) | baslinje: minne (MB) | minne, kvot | synk webbpl./baslinje (s) | bygge ' +
    'webbpl./baslinje (s) | sökindex webbpl./baslinje (s) | sökindex, kvot (tid / CPU) | dist (MB) | index (MB) | ' +
    'första sökning (KB) | med dokumenten (KB) |',
);
console.log(
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ' +
    '---: | ---: |',
);
for (const r of results) {
  const oursRuns = r.ours.filter((x) => !x.failed);
  const baseRuns = r.baseline.filter((x) => !x.failed);
  const ours = oursRuns.length > 0 ? medianRun(oursRuns) : undefined;
  const base = baseRuns.length > 0 ? medianRun(baseRuns) : undefined;
  const oursPhases = ours ? astroPhases(ours.output) : {};
  const oursSync = oursPhases.syncS;
  const baseSync = base && phase(base, 'syncStart', 'syncEnd');
  const oursBuild =
    oursSync !== undefined && oursPhases.astroS !== undefined ? oursPhases.astroS - oursSync : undefined;
  const baseBuild = base && baseSync !== undefined ? base.wallS - baseSync : undefined;
  const ratio = (fn: (i: number) => number) => (pairs(r, fn).length > 0 ? f(median(pairs(r, fn)), 2) : '–');
  const oursIndex = r.oursPagefind.filter((x) => !x.failed);
  const baseIndex = r.baselinePagefind.filter((x) => !x.failed);
  console.log(
    `| ${r.n} | ${r.docs} | ${side(r.ours, (i) => oursWall(r, i))} | ${side(r.baseline, (i) => baseWall(r, i))} ` +
      `| ${ratio((i) => oursWall(r, i) / baseWall(r, i))} | ${ratio((i) => oursCpu(r, i) / baseCpu(r, i))} | ` +
      `${sideMb(r.ours, (i) => oursPeak(r, i))} | ${sideMb(r.baseline, (i) => basePeak(r, i))} | ` +
      `${ratio((i) => oursPeak(r, i) / basePeak(r, i))} | ${f(oursSync)} / ${f(baseSync)} | ${f(oursBuild)} / ` +
      `${f(baseBuild)} | ${oursIndex.length ? f(median(oursIndex.map((x) => x.wallS))) : '–'} / ` +
      `${baseIndex.length ? f(median(baseIndex.map((x) => x.wallS))) : '–'} | ${ratio((i) => indexRatio(r, i))} / ` +
      `${ratio((i) => indexCpuRatio(r, i))} | ${f(r.distMb)} | ${f(r.indexMb)} | ${f(r.queryKb)} | ` +
      `${f(r.withDocumentsKb)} |`,
  );
}
console.log('');
for (const r of results) {
  const failures = [
    ...r.baseline.flatMap((x) => (x.failed ? [`baslinjen (${x.failed})`] : [])),
    ...r.ours.flatMap((x) => (x.failed ? [`webbplatsen (${x.failed})`] : [])),
  ];
  console.log(
    `N=${r.n}: tidskvot per par av byggen ${
      pairs(r, (i) => oursWall(r, i) / baseWall(r, i))
        .map((x) => x.toFixed(2))
        .join(', ') || '–'
    }; ` +
      `CPU-tidskvot ${
        pairs(r, (i) => oursCpu(r, i) / baseCpu(r, i))
          .map((x) => x.toFixed(2))
          .join(', ') || '–'
      }; ` +
      `sökindex CPU webbpl./baslinje ` +
      `${each(r, (i) => `${f(r.oursPagefind[i]!.cpuS)}/${f(r.baselinePagefind[i]!.cpuS)} s`).join(', ')}; ` +
      `sökindexets tid efter astro build / baslinjens Pagefind ` +
      `${each(r, (i) => `${f(indexAfterBuild(r.ours[i]!))}/${f(r.baselinePagefind[i]!.wallS)} s`).join(', ')}; ` +
      `last (1 min) vid byggena ` +
      `${each(r, (i) => `${r.baseline[i]!.load.toFixed(1)}/${r.ours[i]!.load.toFixed(1)}`).join(', ')}` +
      `${failures.length > 0 ? `; misslyckade: ${failures.join(', ')}` : ''}.`,
  );
}
const [a, b] = [results.find((r) => r.n === 1000), results.find((r) => r.n === 2000)];
if (a && b) {
  const ours = median(pairs(b, (i) => oursWall(b, i))) / median(pairs(a, (i) => oursWall(a, i)));
  const base = median(pairs(b, (i) => baseWall(b, i))) / median(pairs(a, (i) => baseWall(a, i)));
  console.log(
    `\nTillväxt 1 000 → 2 000 partnerskap (medianer): webbplatsen ×${ours.toFixed(2)}, baslinjen ×${base.toFixed(2)}.`,
  );
}
console.log(`\nLast: maskinens belastning (1 min) när varje bygge startade, baslinje/webbplatsen; två kärnor.`);
console.log(
  '\nWebbplatsen: `npm run build` (scripts/build.ts), tid och CPU-tid för alla dess processer: astro build med ' +
    'sin innehållskontroll, sedan sökindexet. Minnet: alla processernas minne tillsammans, mätt fyra gånger i ' +
    'sekunden. Synk och bygge enligt Astros egen klocka (synken på hela sekunder). Sökindexets tid och CPU-tid: ' +
    'indexkörningens egna. Sökindexets tid efter astro build: från Astros sista rad till byggets slut.',
);
console.log(
  `\nBaslinjen: samma MDX-filer, en minimal sida per fil, ingen schemavalidering eller härledning, plus ` +
    `Pagefind-CLI över dess dist. NODE_OPTIONS=${NODE_OPTIONS} för båda.`,
);
console.log(
  'Första sökning: allt webbläsaren hämtar för "kamratstöd" på /sok/ (Pagefind-JS, WebAssembly, översiktens ' +
    'metadata och index, de fem första träffarnas fragment); "med dokumenten": därtill allt som hämtas när läsaren ' +
    'väljer "Sök även i organisationer och dokument".',
);
if (!existsSync('/usr/bin/time')) console.error('Installera /usr/bin/time: apt-get install time');
