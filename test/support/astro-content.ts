// Stand-in for the virtual module `astro:content`, so schemas run under Vitest as in Astro.
export { defineCollection, reference } from '../../src/lib/astro-content-outside-astro';
