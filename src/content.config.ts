import { defineCollection } from 'astro:content';
import { contentFiles } from './loaders/markdown-bodies';
import { documentSchema } from './schemas/document';
import { organisationSchema } from './schemas/organisation';
import { partnershipSchema } from './schemas/partnership';

// The `.mdx` bodies are Markdown: they are rendered while the content is synced (src/loaders/markdown-bodies.ts),
// not compiled into a module each.
const organisations = defineCollection({
  loader: contentFiles({ base: 'content/organisations', extension: '.yaml' }),
  schema: organisationSchema,
});

const partnerships = defineCollection({
  loader: contentFiles({ base: 'content/partnerships', extension: '.mdx' }),
  schema: partnershipSchema,
});

const documents = defineCollection({
  loader: contentFiles({ base: 'content/documents', extension: '.mdx' }),
  schema: documentSchema,
});

export const collections = { organisations, partnerships, documents };
