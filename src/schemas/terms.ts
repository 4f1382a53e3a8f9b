import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { isoDate, sourceRef } from './primitives';

/** Someone who signed the agreement, and for whom. */
export const signatory = z.object({
  /** Null where the signature line carries no printed name. */
  name: z.string().min(1).nullable(),
  title: z.string().min(1).optional(),
  for: z.string().min(1),
});

/**
 * The agreement's terms, each in one of three states: stated (an object with its source), `null` when the
 * agreement text is among the sources and does not state it, or left out when it is unknown (not among the
 * sources). `null` is only accepted when the whole agreement is among the sources (checked in integrity).
 */
export const termsSchema = z.object({
  signed: z
    .object({
      /** Left out when the sources do not give the day. */
      date: isoDate.optional(),
      place: z.string().min(1).optional(),
      signatories: z.array(signatory).default([]),
      note: z.string().optional(),
      source: sourceRef,
    })
    .optional(),
  /** Last day for the parties to decide on change, extension or end. */
  decisionDeadline: z.object({ date: isoDate, source: sourceRef }).nullable().optional(),
  notice: z.object({ months: z.number().int().positive(), text: z.string(), source: sourceRef }).nullable().optional(),
  repayment: z.object({ text: z.string(), source: sourceRef }).nullable().optional(),
  payment: z
    .object({ month: z.number().int().min(1).max(12), text: z.string(), source: sourceRef })
    .nullable()
    .optional(),
  indexation: z.object({ index: z.string(), from: isoDate, text: z.string(), source: sourceRef }).nullable().optional(),
  followUp: z
    .object({
      /** How many follow-ups a year the agreement requires at the least. */
      perYear: z.number().int().positive(),
      text: z.string(),
      convenedBy: reference('organisations').optional(),
      /** The passage that names who convenes, with the name it uses. */
      convenedBySource: sourceRef.optional(),
      source: sourceRef,
    })
    .nullable()
    .optional(),
  /** Other terms the agreement states (conditions, change clauses, freedom to seek other funding). */
  otherTerms: z.array(z.object({ label: z.string().min(1), text: z.string().min(1), source: sourceRef })).default([]),
  /** Other recurring meetings the agreement sets (operative cooperation, knowledge platform). */
  otherMeetings: z.array(z.object({ text: z.string(), source: sourceRef })).default([]),
});

export type Terms = z.infer<typeof termsSchema>;
