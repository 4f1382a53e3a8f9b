// `npm run dev` shows content problems with the build's own messages, at start and after each edit.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHECKER } from '../../src/integrations/content-check';
import { projectWith, removeProjectCopies, runIn } from '../support/project-build';

const root = process.cwd();
const FILE = 'content/documents/uppfoljning-social-gemenskap-2020.mdx';
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill();
  removeProjectCopies();
});

/** Waits until `test` holds for the output so far, or fails after `ms`. */
async function waitFor(read: () => string, test: (output: string) => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!test(read())) {
    if (Date.now() > until) throw new Error(`timed out; output so far:\n${read().slice(-3000)}`);
    await new Promise((done) => setTimeout(done, 250));
  }
}

describe.skipIf(!existsSync(join(root, CHECKER)))('npm run dev', () => {
  it('reports a content problem as the build does, and again after the editor fixes it', async () => {
    const dir = projectWith(FILE, (text) => text.replace('title: ', 'titel: '));
    const expected = await runIn(dir, 'node', [CHECKER, dir]);
    expect(expected.failed).toBe(true);
    const problem = expected.output.split('\n').find((line) => line.includes(FILE));
    expect(problem, expected.output).toBeDefined();

    let output = '';
    const child = spawn(join(root, 'node_modules', '.bin', 'astro'), ['dev', '--port', '4399', '--host', '127.0.0.1'], {
      cwd: dir,
      env: { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH}`, FORCE_COLOR: '0' },
    });
    children.push(child);
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

    await waitFor(
      () => output,
      (text) => text.includes(problem!.trim()),
      120_000,
    );
    expect(output).toContain('Innehållet har fel (samma kontroll som npm run build)');

    const fixed = readFileSync(join(dir, FILE), 'utf8').replace('titel: ', 'title: ');
    const before = output.length;
    writeFileSync(join(dir, FILE), fixed);
    await waitFor(
      () => output.slice(before),
      (text) => /inga fel/.test(text),
      60_000,
    );
    child.kill();
  }, 240_000);
});
