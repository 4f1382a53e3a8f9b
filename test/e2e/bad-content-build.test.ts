import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = process.cwd();
const copies: string[] = [];

/** A copy of the project (sharing node_modules) with one content file changed. */
function projectWith(file: string, change: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'oppna-bad-'));
  copies.push(dir);
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
  return dir;
}

async function build(dir: string): Promise<{ failed: boolean; output: string }> {
  const env = { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };
  try {
    const { stdout, stderr } = await run('astro', ['build'], { cwd: dir, env, maxBuffer: 32 * 1024 * 1024 });
    return { failed: false, output: stdout + stderr };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { failed: true, output: `${e.stdout ?? ''}${e.stderr ?? ''}`.replace(/\x1b\[[0-9;]*m/g, '') };
  }
}

afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('a build with bad content', () => {
  it('fails when a required field is removed, naming the file and the field', async () => {
    const file = 'content/documents/uppfoljning-social-gemenskap-2020.mdx';
    const { failed, output } = await build(projectWith(file, (text) => text.replace(/^title: .*\n/m, '')));
    expect(failed).toBe(true);
    expect(output).toContain(file);
    expect(output).toMatch(/title\W+title: Required|\btitle\b.*Required/);
  });

  it('fails on a personal identity number in a document body, naming the file and the field', async () => {
    const file = 'content/documents/uppfoljning-social-gemenskap-2020.mdx';
    const { failed, output } = await build(projectWith(file, (text) => `${text}\nKontaktperson 19811218-9876.\n`));
    expect(failed).toBe(true);
    expect(output).toContain(`${file} → body (brödtext): förväntade ingen personnummer-uppgift; "19811218-9876"`);
  });

  it('fails on a reference to an organisation that does not exist (Astro itself only logs it)', async () => {
    const file = 'content/partnerships/socialt-och-ekonomiskt-utsatta.mdx';
    const { failed, output } = await build(projectWith(file, (text) => text.replace('- organisation: hjarta-till-hjarta', '- organisation: hjarta-till-hjarta-ab')));
    expect(failed).toBe(true);
    expect(output).toContain(`${file} → ideaParties[1].organisation: förväntade en befintlig post i organisations; "hjarta-till-hjarta-ab" finns inte`);
  });
});
