import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema } from './schemas/document';
import { organisationSchema } from './schemas/organisation';
import { partnershipSchema } from './schemas/partnership';

const organisations = defineCollection({
  loader: glob({ base: './content/organisations', pattern: '*.yaml' }),
  schema: organisationSchema,
});

const partnerships = defineCollection({
  loader: glob({ base: './content/partnerships', pattern: '*.mdx' }),
  schema: partnershipSchema,
});

const documents = defineCollection({
  loader: glob({ base: './content/documents', pattern: '*.mdx' }),
  schema: documentSchema,
});

export const collections = { organisations, partnerships, documents };
