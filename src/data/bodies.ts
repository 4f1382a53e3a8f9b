// The bodies of the `.mdx` content files, read from the files themselves and rendered through Astro's Markdown
// processor. The content layer's store holds the frontmatter only (src/loaders/markdown-bodies.ts): Astro
// serialises the store and bundles it into the build, and with every body and its HTML in it that cost more than
// the rest of the build at thousands of documents (BENCHMARKS.md).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { splitFrontmatter } from '../loaders/content-file';
import { markdownProcessor } from '../lib/markdown-options';

interface WithFile {
  filePath?: string | undefined;
  body?: string | undefined;
}

/** The file's path on disk: entries name theirs relative to the project folder, where Astro runs. */
const onDisk = (filePath: string) => resolve(filePath);

/** The entries with their `.mdx` bodies (trimmed, as @astrojs/mdx gave them), read from their files. */
export function withBodies<T extends WithFile>(entries: T[]): T[] {
  return entries.map((entry) =>
    entry.filePath?.endsWith('.mdx')
      ? { ...entry, body: splitFrontmatter(readFileSync(onDisk(entry.filePath), 'utf8'), entry.filePath).body }
      : entry,
  );
}

// Astro's own Markdown processor (Sätteri, Astro's default) with the site's Markdown options, as in
// astro.config.mjs: GitHub Flavored Markdown, no smart punctuation, heading ids from github-slugger. Compared with
// @astrojs/mdx in test/e2e/markdown-bodies.test.ts.
let renderer: ReturnType<ReturnType<typeof markdownProcessor>['createRenderer']> | undefined;

/** The body of an entry as HTML. */
export async function renderBody(entry: WithFile): Promise<string> {
  renderer ??= markdownProcessor().createRenderer({});
  const { code } = await (
    await renderer
  ).render(entry.body ?? '', entry.filePath ? { fileURL: pathToFileURL(onDisk(entry.filePath)) } : {});
  return code;
}
