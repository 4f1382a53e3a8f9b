// Loads content files the way the content layer does (frontmatter + body), through the real schemas.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import jsYaml from 'js-yaml';
import type { z } from 'astro/zod';
import { collectionSchemas } from '../../src/schemas/collections';
import type { EntryLike, SiteContent } from '../../src/lib/integrity';
import { completeSourceRefs } from '../../src/lib/source-sections';

export interface RawEntry {
  id: string;
  filePath: string;
  data: unknown;
  body: string;
}

// The checker's reading: js-yaml (Astro's parser) with the core schema, so dates stay text.
const parse = (yaml: string): unknown => jsYaml.load(yaml, { schema: jsYaml.CORE_SCHEMA });

export function splitFrontmatter(text: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) return { data: parse(text), body: '' };
  return { data: parse(match[1] ?? ''), body: match[2] ?? '' };
}

export function readCollection(root: string, collection: string): RawEntry[] {
  const dir = join(root, 'content', collection);
  return readdirSync(dir)
    .filter((name) => ['.yaml', '.mdx'].includes(extname(name)))
    .sort()
    .map((name) => {
      const { data, body } = splitFrontmatter(readFileSync(join(dir, name), 'utf8'));
      return { id: basename(name, extname(name)), filePath: `content/${collection}/${name}`, data, body };
    });
}

function parseEntries<S extends z.ZodType>(entries: RawEntry[], schema: S): EntryLike<z.output<S>>[] {
  return entries.map((entry) => {
    const result = schema.safeParse(entry.data);
    if (!result.success)
      throw new Error(
        `${entry.filePath}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    return { ...entry, data: result.data };
  });
}

/** The schemas as the build uses them: strict, with Swedish messages. */
export const schemas = collectionSchemas;

/** The content of a project folder, parsed by the real schemas, with short sources completed as the build does. */
export function loadContent(root: string): SiteContent {
  const content = {
    organisations: parseEntries(readCollection(root, 'organisations'), schemas.organisations),
    partnerships: parseEntries(readCollection(root, 'partnerships'), schemas.partnerships),
    documents: parseEntries(readCollection(root, 'documents'), schemas.documents),
  };
  completeSourceRefs(content);
  return content;
}
