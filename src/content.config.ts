import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { contentFiles } from './loaders/markdown-bodies';
import { collectionSchemas } from './schemas/collections';
import { siteSettingsSchema } from './schemas/site';
import { strictSchema } from './schemas/strict';

// The `.mdx` bodies are Markdown: they are rendered while the content is synced (src/loaders/markdown-bodies.ts),
// not compiled into a module each.
const organisations = defineCollection({
  loader: contentFiles({ base: 'content/organisations', extension: '.yaml' }),
  schema: collectionSchemas.organisations,
});

const partnerships = defineCollection({
  loader: contentFiles({ base: 'content/partnerships', extension: '.mdx' }),
  schema: collectionSchemas.partnerships,
});

const documents = defineCollection({
  loader: contentFiles({ base: 'content/documents', extension: '.mdx' }),
  schema: collectionSchemas.documents,
});

/** The site's own settings (one entry, `webbplats`): who publishes it. */
const site = defineCollection({
  loader: file('./content/site.yaml'),
  schema: strictSchema(siteSettingsSchema),
});

export const collections = { organisations, partnerships, documents, site };
