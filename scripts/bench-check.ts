// Times `npm run check:content` on the real content and on generated corpora: node scripts/bench-check.ts
// SIZES=0,2000 (partnerships; 0 = the real content), REPEAT=3. Wall and CPU time from /usr/bin/time, medians.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from './generate-corpus.ts';

const sizes = (process.env.SIZES ?? '0,2000').split(',').map(Number);
const repeat = Number(process.env.REPEAT ?? 3);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ')[0];

interface Run {
  wall: number;
  cpu: number;
  mb: number;
  files: string;
}

/** One run of the checker over `dir`, timed by /usr/bin/time: wall, user+sys CPU seconds and peak memory. */
function timed(dir: string): Run {
  const args = ['-f', 'TIME %e %U %S %M', process.execPath, 'scripts/check-content.ts', dir];
  const result = spawnSync('/usr/bin/time', args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`the check failed on ${dir}:\n${result.stdout}${result.stderr}`);
  const time = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(result.stderr);
  if (!time) throw new Error(`no timing in: ${result.stderr}`);
  return {
    wall: Number(time[1]),
    cpu: Number(time[2]) + Number(time[3]),
    mb: Number(time[4]) / 1024,
    files: /(\d+) filer/.exec(result.stdout)?.[1] ?? '?',
  };
}

const rows: string[] = [];
for (const n of sizes) {
  const dir = n === 0 ? process.cwd() : mkdtempSync(join(tmpdir(), 'oppna-check-bench-'));
  if (n > 0) generateCorpus(dir, n);
  const runs: Run[] = [];
  for (let i = 0; i < repeat; i++) {
    const before = load();
    const run = timed(dir);
    runs.push(run);
    console.log(`N=${n} run ${i + 1}: ${run.wall} s wall, ${run.cpu.toFixed(2)} s CPU, load ${before} before`);
  }
  if (n > 0) rmSync(dir, { recursive: true, force: true });
  const label = n === 0 ? 'verkligt innehåll' : String(n);
  const m = (pick: (r: Run) => number, digits: number) => median(runs.map(pick)).toFixed(digits);
  rows.push(`| ${label} | ${runs[0]!.files} | ${m((r) => r.wall, 1)} | ${m((r) => r.cpu, 1)} | ${m((r) => r.mb, 0)} |`);
}
console.log('\n| N partnerskap | filer | tid (s) | CPU-tid (s) | minne (MB) |\n| --- | ---: | ---: | ---: | ---: |');
console.log(rows.join('\n'));
