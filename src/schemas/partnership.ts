import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { fundingLine, statedTotal } from './funding';
import { period, sourceRef, sourcedText } from './primitives';
import { termsSchema } from './terms';
import { transcriptionFields } from './document';

/** A party to the agreement, with its role in the agreement's own words. */
export const partySchema = z.object({
  organisation: reference('organisations'),
  /** The name the agreement uses for the party; left out when the agreement is not among the sources. */
  nameInAgreement: z.string().min(1).optional(),
  /** The party's role and activities, quoted or closely following the agreement. */
  role: z.string().min(1),
  source: sourceRef,
  /** Further passages, when the role states more than one passage holds. */
  moreSources: z.array(sourceRef).default([]),
});

/** What a period rests on: a decision, a proposal, or nothing among the sources. */
export const periodBasis = ['avtal', 'beslut', 'förslag', 'annan källa', 'saknas i källorna'] as const;

/** A term of the partnership: the original agreement or an extension. */
export const partnershipPeriod = period.extend({
  label: z.string().min(1),
  basis: z.enum(periodBasis, { error: `en av: ${periodBasis.join(', ')}` }),
  /** The document that decided or proposed it, when it is among the sources. */
  document: z.string().optional(),
  /** Caveats: what is inferred and how. */
  note: z.string().optional(),
  /** The follow-up duty in this period, when it differs from the agreement's terms (e.g. set by a proposal). */
  followUp: z.object({ perYear: z.number().int().positive(), text: z.string().min(1), source: sourceRef }).optional(),
  source: sourceRef,
});

/** A goal of the agreement, with a stable id that follow-up findings point to. */
export const goalSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'ett id med små bokstäver a–z, siffror och bindestreck' }),
  text: z.string().min(1),
  source: sourceRef,
});

/** The agreement's text among the sources: how it was transcribed and obtained. */
export const agreementSchema = z.object({
  ...transcriptionFields,
});

/**
 * A partnership (one agreement family); the MDX body is the agreement's text when it is among the sources.
 * Lists left out are unknown (not among the sources); an empty list says the agreement states none.
 */
export const partnershipSchema = z.object({
  title: z.string().min(1),
  /** True when the editors made the title up (no source names the partnership): shown as "arbetsnamn". */
  workingTitle: z.boolean().default(false),
  /** The agreement text among the sources, or null when it is not (the body is then empty). */
  agreement: agreementSchema.nullable(),
  /** Short name for lists and charts. */
  shortTitle: z.string().min(1),
  municipality: reference('organisations'),
  /** Registry numbers (diarienummer) used for the partnership. */
  dnr: z.array(z.object({ value: z.string().min(1), source: sourceRef })).default([]),
  /** Where the agreement's transcription comes from. */
  sourceFile: z.string().min(1).optional(),
  /** One-paragraph plain-Swedish summary, written by the editors. */
  summary: z.string().min(1),
  publicParty: partySchema,
  ideaParties: z.array(partySchema).min(1, { error: 'minst en idéburen part' }),
  /** Actors that take part without being parties (e.g. the police). */
  otherActors: z.array(sourcedText).default([]),
  purpose: z.array(sourcedText).optional(),
  goals: z.array(goalSchema).optional(),
  targetGroups: z.array(sourcedText).optional(),
  valueBase: z.array(sourcedText).optional(),
  periods: z.array(partnershipPeriod).min(1),
  terms: termsSchema.prefault({}),
  /** Money lines; an empty list means no amount is known from the sources. */
  funding: z.array(fundingLine).default([]),
  statedTotals: z.array(statedTotal).default([]),
});

export type PartnershipData = z.infer<typeof partnershipSchema>;
export type Goal = z.infer<typeof goalSchema>;
