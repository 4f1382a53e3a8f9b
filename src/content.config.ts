import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { collectionSchemas } from './schemas/collections';
import { siteSettingsSchema } from './schemas/site';
import { strictSchema } from './schemas/strict';

const organisations = defineCollection({
  loader: glob({ base: './content/organisations', pattern: '*.yaml' }),
  schema: collectionSchemas.organisations,
});

const partnerships = defineCollection({
  loader: glob({ base: './content/partnerships', pattern: '*.mdx' }),
  schema: collectionSchemas.partnerships,
});

const documents = defineCollection({
  loader: glob({ base: './content/documents', pattern: '*.mdx' }),
  schema: collectionSchemas.documents,
});

/** The site's own settings (one entry, `webbplats`): who publishes it. */
const site = defineCollection({
  loader: file('./content/site.yaml'),
  schema: strictSchema(siteSettingsSchema),
});

export const collections = { organisations, partnerships, documents, site };
