// Real builds of a copy of the project: the way bad, hostile and fixture content is tested.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';

const run = promisify(execFile);
const root = process.cwd();
const copies: string[] = [];

/** What a copy of the project changes: whole files written, or existing files edited. */
export interface ProjectChanges {
  /** Replace `content/` with this directory (a fixture corpus) before applying the other changes. */
  content?: string;
  /** Files (relative to the project) to edit in place. */
  edit?: Record<string, (text: string) => string>;
  /** Files (relative to the project) to write, creating folders as needed. */
  write?: Record<string, string>;
}

/** A copy of the project in a temporary folder (sharing node_modules), with the given changes. */
export function projectCopy(changes: ProjectChanges = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'oppna-copy-'));
  copies.push(dir);
  for (const entry of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  if (changes.content) {
    rmSync(join(dir, 'content'), { recursive: true, force: true });
    cpSync(changes.content, join(dir, 'content'), { recursive: true });
  }
  for (const [file, change] of Object.entries(changes.edit ?? {})) {
    const path = join(dir, file);
    writeFileSync(path, change(readFileSync(path, 'utf8')));
  }
  for (const [file, text] of Object.entries(changes.write ?? {})) {
    const path = join(dir, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return dir;
}

/** A copy of the project with one content file changed. */
export function projectWith(file: string, change: (text: string) => string): string {
  return projectCopy({ edit: { [file]: change } });
}

export interface BuildResult {
  failed: boolean;
  /** stdout and stderr, without colour codes. */
  output: string;
}

/** Runs a command of the project's toolchain (e.g. `astro build`) in `dir`. */
export async function runIn(
  dir: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<BuildResult> {
  const fullEnv = {
    ...process.env,
    PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
    ...env,
  };
  const clean = stripVTControlCharacters;
  try {
    const { stdout, stderr } = await run(command, args, { cwd: dir, env: fullEnv, maxBuffer: 64 * 1024 * 1024 });
    return { failed: false, output: clean(stdout + stderr) };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { failed: true, output: clean(`${e.stdout ?? ''}${e.stderr ?? ''}`) };
  }
}

/** `astro build` in a project copy. */
export function build(dir: string, env: NodeJS.ProcessEnv = {}): Promise<BuildResult> {
  return runIn(dir, 'astro', ['build'], env);
}

/** `npm run build` in a project copy: astro build with its content check, then the search index. */
export function buildSite(dir: string, env: NodeJS.ProcessEnv = {}): Promise<BuildResult> {
  return runIn(dir, 'npm', ['run', '--silent', 'build'], env);
}

/** Removes every copy made so far (call from afterEach/afterAll). */
export function removeProjectCopies(): void {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}
