// Stand-in for the virtual module `astro:content` outside Astro (the content checker, unit tests): the same
// `reference()` shape as Astro's, so the schemas parse content exactly as in the build.
import { z } from 'astro/zod';

export function reference(collection: string) {
  return z
    .union([z.string(), z.object({ id: z.string(), collection: z.string() })])
    .transform((lookup) => (typeof lookup === 'string' ? { id: lookup, collection } : lookup));
}

export function defineCollection<T>(config: T): T {
  return config;
}
