// Shared by `npm run ny` and `npm run importera`: where a new content file goes, and the editor's JSON Schemas.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { isValidId, templateTargets, type TemplateKind } from '../src/lib/editor/templates.ts';

/** Writes a new content file; refuses to overwrite one or to use an id that is not a valid file name. */
export function writeNewFile(root: string, kind: TemplateKind, id: string, text: string, overwrite = false): string {
  if (!isValidId(id))
    throw new Error(
      `Ogiltigt id "${id}": använd små bokstäver a–z, siffror och bindestreck (t.ex. "iop-motesplats-2024").`,
    );
  const target = templateTargets[kind];
  const path = join(root, target.folder, `${id}.${target.extension}`);
  if (existsSync(path) && !overwrite) throw new Error(`${relative(root, path)} finns redan. Välj ett annat id.`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

/**
 * Makes sure Astro has written the collections' JSON Schemas (.astro/collections/), which the templates'
 * `yaml-language-server` line points to; `astro sync` writes them (so do `npm run dev` and `npm run build`).
 */
export function ensureJsonSchemas(root: string): boolean {
  const schemas = join(root, '.astro', 'collections');
  if (Object.values(templateTargets).every((t) => existsSync(join(schemas, `${t.collection}.schema.json`))))
    return true;
  if (process.env.NY_UTAN_SCHEMA === '1') return false;
  const astro = join(root, 'node_modules', '.bin', 'astro');
  const result = spawnSync(astro, ['sync'], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return result.status === 0;
}
