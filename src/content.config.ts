import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { documentSchema } from './schemas/document';
import { organisationSchema } from './schemas/organisation';
import { partnershipSchema } from './schemas/partnership';
import { siteSettingsSchema } from './schemas/site';

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

/** The site's own settings (one entry, `webbplats`): who publishes it. */
const site = defineCollection({
  loader: file('./content/site.yaml'),
  schema: siteSettingsSchema,
});

export const collections = { organisations, partnerships, documents, site };
