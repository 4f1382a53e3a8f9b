import GithubSlugger from 'github-slugger';

/** Strips inline markdown so a heading reads as its text (as the renderer sees it). */
function headingText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .trim();
}

/**
 * The fragment ids a transcription body renders to, with a readable label:
 * its headings (slugged as Astro's rehype-heading-ids does) and elements with
 * an explicit `id="…"` (page markers).
 */
export function bodyAnchors(body: string): Map<string, string> {
  const slugger = new GithubSlugger();
  const anchors = new Map<string, string>();
  for (const line of body.split('\n')) {
    const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading?.[1]) {
      const text = headingText(heading[1]);
      anchors.set(slugger.slug(text), text);
    }
  }
  for (const match of body.matchAll(/\bid="([^"]+)"[^>]*>([^<]*)</g))
    if (match[1]) anchors.set(match[1], (match[2] ?? match[1]).trim());
  return anchors;
}

/** A run of HTML tags, Markdown syntax characters and white space. */
const NOT_TEXT = /(?:<[^>]+>|[*_|#>`\s])+/g;

/**
 * Text with markdown syntax and line breaks folded away, for matching quotes: each run of tags, syntax characters
 * and white space becomes one space (one pass over the text; a large site flattens every body this way).
 */
export function plainText(markdown: string): string {
  return markdown.replace(NOT_TEXT, ' ').trim();
}
