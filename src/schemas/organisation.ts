import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { sourceRef } from './primitives';

/** The kinds of organisation that take part in or run partnerships. */
export const organisationKinds = [
  'kommun',
  'region',
  'nämnd',
  'förvaltning',
  'idéburen organisation',
  'myndighet',
  'media',
  'annan',
] as const;

/** One name an organisation has carried, with the documents that use it. */
export const organisationName = z.object({
  /** The name as the documents write it. */
  name: z.string().min(1),
  /** Documents in which this name is used. */
  usedIn: z.array(sourceRef).min(1, { error: 'minst en källa där namnet används' }),
});

/** An organisation: a municipal body or an idea-based organisation. */
export const organisationSchema = z
  .object({
    /** Current name: the one used by the newest source. */
    name: z.string().min(1),
    kind: z.enum(organisationKinds, { error: `en av: ${organisationKinds.join(', ')}` }),
    /** Swedish organisation number, only when a source ties it to this organisation. */
    orgNr: z
      .string()
      .regex(/^\d{6}-\d{4}$/, { error: 'organisationsnummer skrivet NNNNNN-NNNN' })
      .optional(),
    /** An org.nr a source prints near this organisation without tying it to it for certain. */
    orgNrInSources: z
      .object({ value: z.string().regex(/^\d{6}-\d{4}$/), note: z.string().min(1), source: sourceRef })
      .optional(),
    /** One or two sentences in plain Swedish. */
    description: z.string().min(1),
    /** Only http: and https: addresses: a javascript: or data: link would run in readers' browsers. */
    website: z
      .url({
        protocol: /^https?$/,
        hostname: z.regexes.domain,
        error: 'en webbadress som börjar med https:// eller http://',
      })
      .optional(),
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
    /** Official code: SCB kommunkod (four digits, "0580") for a kommun, länskod (two digits, "05") for a region. */
    code: z
      .string()
      .regex(/^\d{2}(\d{2})?$/, { error: 'en kod från SCB: kommunkod NNNN eller länskod NN, inom citattecken' })
      .optional(),
  })
  .refine((o) => o.kind !== 'kommun' || /^\d{4}$/.test(o.code ?? ''), {
    error: 'en kommunkod med fyra siffror för en kommun, t.ex. code: "0580"',
    path: ['code'],
  })
  .refine((o) => o.kind !== 'region' || /^\d{2}$/.test(o.code ?? ''), {
    error: 'en länskod med två siffror för en region, t.ex. code: "05"',
    path: ['code'],
  })
  .refine((o) => o.code === undefined || o.kind === 'kommun' || o.kind === 'region', {
    error: 'ingen kod (code) för andra organisationer än kommuner och regioner',
    path: ['code'],
  });

export type OrganisationData = z.infer<typeof organisationSchema>;
