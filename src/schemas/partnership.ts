import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { fundingLine, statedTotal } from './funding';
import { period, sourceRef, sourcedText } from './primitives';
import { termsSchema } from './terms';

/** A party to the agreement, with its role in the agreement's own words. */
export const partySchema = z.object({
  organisation: reference('organisations'),
  /** The name the agreement uses for the party. */
  nameInAgreement: z.string().min(1),
  /** The party's role and activities, quoted or closely following the agreement. */
  role: z.string().min(1),
  source: sourceRef,
  /** Further passages, when the role states more than one passage holds. */
  moreSources: z.array(sourceRef).default([]),
});

/** What a period rests on: a decision, a proposal, or nothing among the sources. */
export const periodBasis = ['avtal', 'beslut', 'förslag', 'saknas i källorna'] as const;

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

/** A partnership (one agreement family); the MDX body is the agreement's text. */
export const partnershipSchema = z.object({
  title: z.string().min(1),
  /** Short name for lists and charts. */
  shortTitle: z.string().min(1),
  municipality: reference('organisations'),
  /** Registry numbers (diarienummer) used for the partnership. */
  dnr: z.array(z.object({ value: z.string().min(1), source: sourceRef })).default([]),
  /** Where the transcription comes from. */
  sourceFile: z.string().min(1),
  /** One-paragraph plain-Swedish summary, written by the editors. */
  summary: z.string().min(1),
  publicParty: partySchema,
  ideaParties: z.array(partySchema).min(1, { error: 'minst en idéburen part' }),
  /** Actors that take part without being parties (e.g. the police). */
  otherActors: z.array(sourcedText).default([]),
  purpose: z.array(sourcedText).min(1),
  goals: z.array(goalSchema).min(1),
  targetGroups: z.array(sourcedText).min(1),
  valueBase: z.array(sourcedText).min(1),
  periods: z.array(partnershipPeriod).min(1),
  terms: termsSchema,
  funding: z.array(fundingLine).min(1),
  statedTotals: z.array(statedTotal).default([]),
});

export type PartnershipData = z.infer<typeof partnershipSchema>;
export type Goal = z.infer<typeof goalSchema>;
