// How the site's Markdown is rendered. Astro's configuration (astro.config.mjs) and the document pages' renderer
// (src/data/bodies.ts, which renders the bodies outside the content layer) both use this processor.
import { satteri } from '@astrojs/markdown-satteri';

/**
 * Astro's own Markdown processor (Sätteri) with GitHub Flavored Markdown and without "smart" punctuation:
 * transcriptions are verbatim, and smart quotes, dashes or ellipses would change the source's characters, use
 * English quote marks, and stop text-fragment links to a quoted sentence from matching.
 */
export const markdownProcessor = () => satteri({ features: { smartPunctuation: false } });
