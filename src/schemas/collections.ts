// The schema of each collection as the build and the content checker use it: strict, with Swedish messages.
import { documentSchema } from './document';
import { organisationSchema } from './organisation';
import { partnershipSchema } from './partnership';
import { strictSchema } from './strict';

export const collectionSchemas = {
  organisations: strictSchema(organisationSchema),
  partnerships: strictSchema(partnershipSchema),
  documents: strictSchema(documentSchema),
};

/** The folder and file ending of each collection under `content/`. */
export const collectionFiles = {
  organisations: { dir: 'organisations', ext: '.yaml' },
  partnerships: { dir: 'partnerships', ext: '.mdx' },
  documents: { dir: 'documents', ext: '.mdx' },
} as const;

export type CollectionName = keyof typeof collectionSchemas;
