// How the site's Markdown is rendered. Astro's configuration (astro.config.mjs) and the document pages' renderer
// (src/data/bodies.ts, which renders the bodies outside the content layer) both use these options.

/**
 * Transcriptions are verbatim: no "smart" quotes, dashes or ellipses (they would change the source's characters,
 * use English quote marks, and stop text-fragment links to a quoted sentence from matching).
 */
export const MARKDOWN_OPTIONS = { smartypants: false } as const;
