import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { sourceRef } from './primitives';

/** The kinds of organisation that take part in or run partnerships. */
export const organisationKinds = ['kommun', 'nämnd', 'förvaltning', 'idéburen organisation', 'myndighet'] as const;

/** One name an organisation has carried, with the documents that use it. */
export const organisationName = z.object({
  /** The name as the documents write it. */
  name: z.string().min(1),
  /** Documents in which this name is used. */
  usedIn: z.array(sourceRef).min(1, { error: 'minst en källa där namnet används' }),
});

/** An organisation: a municipal body or an idea-based organisation. */
export const organisationSchema = z.object({
  /** Current name: the one used by the newest source. */
  name: z.string().min(1),
  kind: z.enum(organisationKinds, { error: `en av: ${organisationKinds.join(', ')}` }),
  /** Swedish organisation number, only when a source ties it to this organisation. */
  orgNr: z
    .string()
    .regex(/^\d{6}-\d{4}$/, { error: 'organisationsnummer skrivet NNNNNN-NNNN' })
    .optional(),
  /** One or two sentences in plain Swedish. */
  description: z.string().min(1),
  website: z.url().optional(),
  /** The organisation's own contact details (switchboard, registry e-mail); never a person's. */
  contact: z
    .object({ email: z.email({ error: 'en e-postadress' }).optional(), phone: z.string().min(1).optional() })
    .optional(),
  /** The body this one belongs to (a board's municipality). */
  partOf: reference('organisations').optional(),
  /** Every name the sources use, oldest first; the last is the current one. */
  names: z.array(organisationName).min(1),
  /** What the sources do not tell about the name changes. */
  namesNote: z.string().optional(),
});

export type OrganisationData = z.infer<typeof organisationSchema>;
