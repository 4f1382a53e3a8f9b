// What Pagefind reads of a built page, without the markup it would walk and then leave out.
// Pagefind's parser visits every element of a page, indexed or not, and on our pages most of the markup is not
// indexed: the header, the footer and the `data-pagefind-ignore` parts (tables, citation boxes, figure lists). On a
// partnership page that is about 60 KB of markup around 2 KB of indexed text; over a thousand of them, Pagefind spent
// four times as long as over pages holding only what it indexes (BENCHMARKS.md). A search copy keeps the page's
// `<html>` tag (its language), its `<title>` and its `<main>` element without the ignored parts that hold no filter or
// metadata; Pagefind indexes the copy with the same selectors, and so writes the same words, filters and metadata
// under the same URL (test/e2e/search.test.ts compares the two on built sites).

/** Elements without an end tag: an ignored one is its start tag alone. */
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

const IGNORE = 'data-pagefind-ignore';
/** Filters and metadata count wherever they stand, inside ignored elements too. */
const KEPT_INSIDE_IGNORED = /data-pagefind-(?:filter|meta)\b/;

/** The index just past the element that starts at `start` (its `<`), or -1 when its end is not found. */
export function elementEnd(html: string, start: number): number {
  const tagEnd = html.indexOf('>', start);
  if (tagEnd < 0) return -1;
  const name = /^<([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(start, start + 64))?.[1]?.toLowerCase();
  if (!name) return -1;
  if (VOID_ELEMENTS.has(name) || html[tagEnd - 1] === '/') return tagEnd + 1;
  // Astro escapes `<` in text and attribute values, so each `<name` and `</name` here is a tag.
  const opening = new RegExp(`<(/?)${name}(?=[\\s/>])`, 'gi');
  opening.lastIndex = tagEnd + 1;
  let depth = 1;
  for (let match = opening.exec(html); match; match = opening.exec(html)) {
    const end = html.indexOf('>', match.index);
    if (end < 0) return -1;
    if (match[1]) depth--;
    else if (html[end - 1] !== '/') depth++;
    if (depth === 0) return end + 1;
    opening.lastIndex = end + 1;
  }
  return -1;
}

/** `<main>` without its ignored elements, except those that hold filters or metadata. */
function withoutIgnored(main: string): string {
  let copy = '';
  let from = 0;
  let search = 0;
  for (let at = main.indexOf(IGNORE, search); at >= 0; at = main.indexOf(IGNORE, search)) {
    const start = main.lastIndexOf('<', at);
    // Only as an attribute: inside a start tag, not in the text.
    if (start < from || main.lastIndexOf('>', at) > start || main[start + 1] === '/') {
      search = at + IGNORE.length;
      continue;
    }
    const end = elementEnd(main, start);
    if (end < 0) break;
    if (!KEPT_INSIDE_IGNORED.test(main.slice(start, end))) {
      copy += main.slice(from, start);
      from = end;
    }
    search = end;
  }
  return copy + main.slice(from);
}

/**
 * The search copy of a built page: undefined when Pagefind would not index the page (it has no
 * `data-pagefind-body`), the page itself when it is not shaped as expected (something Pagefind reads outside
 * `<main>`, or no `<main>`), so that nothing is lost from the index.
 */
export function searchCopy(html: string): string | undefined {
  if (!html.includes('data-pagefind-body')) return undefined;
  const mainStart = html.indexOf('<main');
  const mainEnd = mainStart < 0 ? -1 : elementEnd(html, mainStart);
  const htmlTag = /<html\b[^>]*>/.exec(html)?.[0];
  if (mainEnd < 0 || !htmlTag) return html;
  const outside = html.slice(0, mainStart) + html.slice(mainEnd);
  if (/data-pagefind-(?:body|filter|meta|sort|index-attrs|weight)\b/.test(outside)) return html;
  const title = /<title>[^<]*<\/title>/.exec(html)?.[0] ?? '';
  const main = withoutIgnored(html.slice(mainStart, mainEnd));
  return `<!DOCTYPE html>${htmlTag}<head><meta charset="utf-8">${title}</head><body>${main}</body></html>`;
}
