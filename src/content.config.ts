import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { contentFiles } from './loaders/markdown-bodies';
import { documentSchema } from './schemas/document';
import { organisationSchema } from './schemas/organisation';
import { partnershipSchema } from './schemas/partnership';
import { siteSettingsSchema } from './schemas/site';

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

/** The site's own settings (one entry, `webbplats`): who publishes it. */
const site = defineCollection({
  loader: file('./content/site.yaml'),
  schema: siteSettingsSchema,
});

export const collections = { organisations, partnerships, documents, site };
