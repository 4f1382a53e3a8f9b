// A content-layer loader for the project's content files: YAML data files and `.mdx` files whose bodies are
// plain Markdown (plus the page-marker spans the transcriptions use). The content layer's store gets each entry's
// validated frontmatter only: neither the body nor its HTML. Astro serialises the whole store to disk after the
// sync (devalue) and bundles it into the build as JavaScript strings, so every byte in it is paid for several
// times; with bodies and HTML it was 80 MB at 1 000 partnerships and past Node's longest string at 10 000
// (BENCHMARKS.md). The bodies are read from the same files when the site data is loaded, and rendered through
// Astro's Markdown processor by the document page (src/data/bodies.ts), instead of compiling every file into a
// JavaScript module as @astrojs/mdx does.
import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseContentFile } from './content-file';

export interface ContentFilesOptions {
  /** Folder of the collection, relative to the project root. */
  base: string;
  /** File extension of the collection's files: `.mdx` (frontmatter and body) or `.yaml` (data only). */
  extension: '.mdx' | '.yaml';
  /** The entry's id from its file name; by default the name without its extension. */
  generateId?: (fileName: string) => string;
}

/** How many files are read at once (the reads overlap the parsing). */
const CONCURRENCY = 16;

/** Loads every `*<extension>` file directly in `base`: data parsed as YAML and validated by the collection schema. */
export function contentFiles(options: ContentFilesOptions): Loader {
  const idOf = options.generateId ?? ((fileName: string) => basename(fileName, extname(fileName)));
  return {
    name: 'oppna-partnerskap-content-files',
    load: async (context: LoaderContext) => {
      const root = fileURLToPath(context.config.root);
      const dir = join(root, options.base);
      const names = (await readdir(dir).catch(() => [] as string[]))
        .filter((name) => name.endsWith(options.extension))
        .sort();
      if (names.length === 0) context.logger.warn(`Inga ${options.extension}-filer i ${options.base}`);
      const untouched = new Set(context.store.keys());
      const queue = [...names];
      const worker = async () => {
        for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
          const id = idOf(name);
          untouched.delete(id);
          await syncFile(context, join(dir, name), relative(root, join(dir, name)).split('\\').join('/'), id);
        }
      };
      await Promise.all(Array.from({ length: Math.min(CONCURRENCY, names.length) }, worker));
      for (const id of untouched) context.store.delete(id);
      // In `astro dev`, reload a file when it changes.
      context.watcher?.add(dir);
      context.watcher?.on('change', (path) => {
        if (path.startsWith(dir) && path.endsWith(options.extension))
          void syncFile(context, path, relative(root, path).split('\\').join('/'), idOf(basename(path)));
      });
    },
  };
}

async function syncFile(context: LoaderContext, path: string, filePath: string, id: string): Promise<void> {
  const contents = await readFile(path, 'utf8');
  const digest = context.generateDigest(contents);
  const existing = context.store.get(id);
  if (existing && existing.digest === digest && existing.filePath === filePath) return;
  const file = parseContentFile(contents, filePath, filePath.endsWith('.yaml') ? 'data' : 'frontmatter');
  const data = await context.parseData({ id, data: file.data, filePath: path });
  context.store.set({ id, data, filePath, digest });
}
