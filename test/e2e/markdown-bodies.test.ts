// The content bodies are rendered as Markdown (src/data/bodies.ts, read from the files the project's loader
// src/loaders/markdown-bodies.ts loads) instead of being compiled by @astrojs/mdx. This builds one small Astro
// project over the project's own content files that renders every body through both pipelines, and compares what
// a reader gets from each.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../support/project-build';

const root = process.cwd();
let dir: string;
let html: string;

const CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentFiles } from './loaders/markdown-bodies';
export const collections = {
  mdxPartnerships: defineCollection({ loader: glob({ base: './content/partnerships', pattern: '*.mdx' }) }),
  mdxDocuments: defineCollection({ loader: glob({ base: './content/documents', pattern: '*.mdx' }) }),
  mdPartnerships: defineCollection({ loader: contentFiles({ base: 'content/partnerships', extension: '.mdx' }) }),
  mdDocuments: defineCollection({ loader: contentFiles({ base: 'content/documents', extension: '.mdx' }) }),
};
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';
import { renderBody, withBodies } from '../data/bodies';
const sections = [];
for (const collection of ['mdxPartnerships', 'mdxDocuments'] as const)
  for (const entry of await getCollection(collection))
    sections.push({ pipeline: 'mdx', id: entry.id, Content: (await render(entry)).Content });
const stored = [];
for (const collection of ['mdPartnerships', 'mdDocuments'] as const) {
  const entries = await getCollection(collection);
  stored.push(...entries.filter((entry) => entry.body !== undefined || entry.rendered !== undefined).map((e) => e.id));
  for (const entry of withBodies(entries)) sections.push({ pipeline: 'md', id: entry.id, html: await renderBody(entry) });
}
---
<html lang="sv"><head><meta charset="utf-8"><title>Jämförelse</title></head><body>
<p id="stored">{stored.join(' ')}</p>
{sections.map(({ pipeline, id, Content, html }) => <section data-pipeline={pipeline} data-id={id}>
  {Content ? <Content /> : <Fragment set:html={html} />}
</section>)}
</body></html>
`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oppna-bodies-'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  symlinkSync(join(root, 'content'), join(dir, 'content'));
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  cpSync(join(root, 'src', 'loaders'), join(dir, 'src', 'loaders'), { recursive: true });
  cpSync(join(root, 'src', 'data', 'bodies.ts'), join(dir, 'src', 'data', 'bodies.ts'));
  cpSync(join(root, 'src', 'lib', 'markdown-options.ts'), join(dir, 'src', 'lib', 'markdown-options.ts'));
  writeFileSync(join(dir, 'package.json'), '{ "name": "bodies", "private": true, "type": "module" }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    // Its own cache folder: the content layer's store otherwise lives in the shared node_modules/.astro. The
    // site's Markdown processor, which @astrojs/mdx follows too.
    "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\n" +
      "import { markdownProcessor } from './src/lib/markdown-options.ts';\n" +
      'export default defineConfig({ cacheDir: "./cache", markdown: { processor: markdownProcessor() }, ' +
      'integrations: [mdx()] });\n',
  );
  writeFileSync(join(dir, 'src', 'content.config.ts'), CONFIG);
  writeFileSync(join(dir, 'src', 'pages', 'index.astro'), PAGE);
  const result = await build(dir);
  if (result.failed) throw new Error(result.output);
  html = readFileSync(join(dir, 'dist', 'index.html'), 'utf8');
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) =>
    name[0] === '#'
      ? String.fromCodePoint(Number(name[1]?.toLowerCase() === 'x' ? `0${name.slice(1)}` : name.slice(1)))
      : (ENTITIES[name] ?? whole),
  );
const text = (fragment: string) =>
  decode(fragment.replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();

/** What a reader gets from a rendered body: its text, its anchors, headings, links and elements. */
function reading(fragment: string) {
  return {
    text: text(fragment),
    ids: [...fragment.matchAll(/\sid="([^"]*)"/g)].map((m) => decode(m[1]!)),
    headings: [...fragment.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => `h${m[1]} ${text(m[2]!)}`),
    links: [...fragment.matchAll(/<a\b[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map(
      (m) => `${decode(m[1]!)} ${text(m[2]!)}`,
    ),
    // Element names in order. A page marker alone on a line is a paragraph in Markdown and a bare span in MDX:
    // the paragraph around it is the one difference allowed.
    elements: [...fragment.matchAll(/<([a-z][a-z0-9]*)\b/g)].map((m) => m[1]).filter((name) => name !== 'p'),
    paragraphs: [...fragment.matchAll(/<p>([\s\S]*?)<\/p>/g)].filter(
      (m) => !/^<span class="sidbrytning"[^>]*>[^<]*<\/span>$/.test(m[1]!.trim()),
    ).length,
  };
}

function sections(pipeline: 'mdx' | 'md'): Map<string, string> {
  const re = new RegExp(`<section data-pipeline="${pipeline}" data-id="([^"]+)">([\\s\\S]*?)</section>`, 'g');
  return new Map([...html.matchAll(re)].map((m) => [m[1]!, m[2]!]));
}

describe('bodies rendered as Markdown', () => {
  it('renders every content body as @astrojs/mdx did: same text, anchors, headings, links and elements', () => {
    const mdx = sections('mdx');
    const md = sections('md');
    expect(mdx.size).toBeGreaterThan(0);
    expect([...md.keys()].sort()).toEqual([...mdx.keys()].sort());
    for (const [id, fragment] of mdx) {
      const before = reading(fragment);
      expect(before.text.length, id).toBeGreaterThan(0);
      expect(reading(md.get(id)!), id).toEqual(before);
    }
  });

  it('keeps bodies and their HTML out of the content store (it holds the frontmatter only)', () => {
    expect(sections('md').size).toBeGreaterThan(0);
    expect(/<p id="stored">([^<]*)<\/p>/.exec(html)?.[1]).toBe('');
  });

  it('keeps the heading ids the citations point to', () => {
    const md = sections('md');
    const headingIds = [...md.values()].flatMap((fragment) =>
      [...fragment.matchAll(/<h[2-6] id="([^"]+)"/g)].map((m) => m[1]),
    );
    expect(headingIds.length).toBeGreaterThan(0);
    // github-slugger keeps Swedish letters: the anchors cited in content look like this.
    expect(headingIds.some((id) => /[åäö]/.test(id!))).toBe(true);
  });
});
