import { z } from 'astro/zod';
import { reference } from 'astro:content';

/** Who publishes the site: one municipality (or region) about its own partnerships, or a register across many. */
export const siteScopes = ['kommun', 'register'] as const;

/** The site's own voice, read by the start page, /om/, the footer and the accessibility statement. */
export const siteSettingsSchema = z.discriminatedUnion(
  'scope',
  [
    z.object({
      scope: z.literal('kommun'),
      /** The municipality or region that publishes the site. */
      publisher: reference('organisations'),
      /** How readers reach the editors, as a phrase after "kontakta oss": "via kommunens kontaktcenter, …". */
      contact: z.string().min(1),
    }),
    z.object({
      scope: z.literal('register'),
      /** The name of the body that keeps the register. */
      publisherName: z.string().min(1),
      contact: z.string().min(1),
    }),
  ],
  { error: `scope: en av ${siteScopes.join(', ')}` },
);

export type SiteSettings = z.infer<typeof siteSettingsSchema>;
