// Shortens the sources of content files: removes `doc` where it names the file's own document and `section`
// where the quote stands in that section only (the content check finds both). Lines are removed in place, so
// comments and formatting stay. Usage: npm run korta-kallor -- content/partnerships/x.mdx [more files …]
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { isMap, isPair, isScalar, parseDocument, visit } from 'yaml';
import { bodySections, sectionsHolding, type BodySections } from '../src/lib/source-sections.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Bodies of every partnership and document in the content folder, by id. */
function readBodies(content: string): Map<string, string> {
  const bodies = new Map<string, string>();
  for (const collection of ['partnerships', 'documents'])
    for (const name of readdirSync(join(content, collection)).filter((n) => n.endsWith('.mdx')))
      bodies.set(
        basename(name, '.mdx'),
        FRONTMATTER.exec(readFileSync(join(content, collection, name), 'utf8'))?.[2] ?? '',
      );
  return bodies;
}

/** The file's text with redundant `doc` and `section` lines removed, and how many were removed. */
export function shortenSources(
  text: string,
  ownId: string | undefined,
  bodies: Map<string, string>,
): { text: string; removed: number } {
  const match = FRONTMATTER.exec(text);
  const yamlText = match ? (match[1] ?? '') : text;
  const offset = match ? text.indexOf(yamlText) : 0;
  const doc = parseDocument(yamlText);
  const cache = new Map<string, BodySections>();
  const sectionsOf = (id: string) => {
    let found = cache.get(id);
    if (!found) cache.set(id, (found = bodySections(bodies.get(id) ?? '')));
    return found;
  };
  const cut: [number, number][] = [];
  visit(doc, {
    Map(_, map) {
      const get = (key: string) => {
        const value = map.get(key, true);
        return isScalar(value) && typeof value.value === 'string' ? value.value : undefined;
      };
      const quote = get('quote');
      // Flow maps ({ doc, quote }) share a line with other keys: left as they are.
      if (!quote || !isMap(map) || map.flow) return;
      const docId = get('doc') ?? ownId;
      for (const pair of map.items) {
        if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range || !isScalar(pair.value) || !pair.value.range)
          continue;
        const redundant =
          (pair.key.value === 'doc' && ownId !== undefined && pair.value.value === ownId) ||
          (pair.key.value === 'section' &&
            docId !== undefined &&
            bodies.has(docId) &&
            sectionsHolding(sectionsOf(docId), quote).join() === pair.value.value);
        if (redundant) cut.push([pair.key.range[0], pair.value.range[2]]);
      }
    },
  });
  let out = text;
  for (const [start, end] of cut.sort((a, b) => b[0] - a[0])) {
    const keyStart = offset + start;
    const lineStart = out.lastIndexOf('\n', keyStart - 1) + 1;
    const lineEnd = out.indexOf('\n', offset + end - 1);
    if (/^\s*-\s+$/.test(out.slice(lineStart, keyStart))) {
      // The first key of a list item: keep the "- " and bring the next key up beside it.
      const nextKey = lineEnd + 1 + (/^[ \t]*/.exec(out.slice(lineEnd + 1))?.[0].length ?? 0);
      out = out.slice(0, keyStart) + out.slice(nextKey);
    } else out = out.slice(0, lineStart) + out.slice(lineEnd + 1);
  }
  return { text: out, removed: cut.length };
}

if (import.meta.main) {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('Användning: npm run korta-kallor -- content/partnerships/<id>.mdx [fler filer …]');
    process.exit(1);
  }
  for (const file of files) {
    const path = resolve(file);
    const content = dirname(dirname(path));
    const collection = basename(dirname(path));
    const ownId = collection === 'organisations' ? undefined : basename(path, extname(path));
    const { text, removed } = shortenSources(readFileSync(path, 'utf8'), ownId, readBodies(content));
    writeFileSync(path, text);
    console.log(
      `${file}: ${removed} ${removed === 1 ? 'rad' : 'rader'} med doc/section borttagna (kontrollera med npm run ` +
        `build)`,
    );
  }
}
