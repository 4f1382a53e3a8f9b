import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSchemas } from './schemas/collections';

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

export const collections = { organisations, partnerships, documents };
