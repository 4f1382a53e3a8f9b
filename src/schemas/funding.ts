import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { computation, isoDate, kronor, period, sourceRef } from './primitives';

/** Money the municipality pays, or a party's own contribution valued in kronor. */
export const fundingKinds = ['kommunal ersättning', 'egen insats'] as const;

/** A funding line's `perYear` when the source does not say whether the amount is per year or for the period. */
export const PER_YEAR_UNSTATED = 'framgår inte av källan';

/** How firm a figure is: stated in an agreement or decision, or only proposed. */
export const fundingStatuses = ['dokumenterad', 'föreslagen'] as const;

/** One line of a specification, e.g. "Arbetsledning (ca 4 timmar per vecka)". */
export const fundingItem = z.object({
  label: z.string().min(1),
  amount: kronor,
  computed: computation.optional(),
  source: sourceRef,
});

/** A group of lines with its own stated subtotal, e.g. "Personalvärden". */
export const fundingItemGroup = z.object({
  label: z.string().min(1),
  items: z.array(fundingItem).min(1),
  /** The subtotal as the document states it. */
  statedSubtotal: kronor,
  source: sourceRef,
});

/** A difference between a stated total and the sum of its lines, declared so it is published. */
export const declaredDifference = z.object({
  /** Stated total minus the sum of the lines (470 000 − 469 900 = 100). */
  amount: z.number().int(),
  explanation: z.string().min(1),
});

/** Money for one party over a period, as a document states it. */
export const fundingLine = z
  .object({
    /** The organisation that receives the payment or makes the contribution. */
    party: reference('organisations'),
    kind: z.enum(fundingKinds, { error: `en av: ${fundingKinds.join(', ')}` }),
    /** For municipal payments: the body that pays. */
    payer: reference('organisations').optional(),
    ...period.shape,
    /**
     * True when the amount is stated per year and applies to each agreement year of the period; false when it is
     * for the period (one agreement year); "framgår inte av källan" when the source gives the amount for the period
     * without saying which: every year's amount is then unknown, and the amount is shown as the source gives it.
     */
    perYear: z.union([z.boolean(), z.literal(PER_YEAR_UNSTATED)], {
      error: `true, false eller "${PER_YEAR_UNSTATED}"`,
    }),
    /** The amount as the document states it. */
    amount: kronor,
    status: z.enum(fundingStatuses, { error: `en av: ${fundingStatuses.join(', ')}` }),
    /** The document that decided or proposed this money, when it is not the agreement. */
    decidedBy: z.string().optional(),
    /** From this day the amount is indexed, so later years' amounts are not known from this line. */
    indexedFrom: isoDate.optional(),
    /** Specification groups, when the document has them. */
    groups: z.array(fundingItemGroup).optional(),
    declaredDifference: declaredDifference.optional(),
    /** What the reader must know to read the figure right. */
    note: z.string().optional(),
    computed: computation.optional(),
    source: sourceRef,
  })
  .refine((line) => line.from <= line.to, {
    error: 'ett slutdatum (to) som inte ligger före startdatumet (from)',
    path: ['to'],
  })
  .refine((line) => line.kind !== 'kommunal ersättning' || line.payer !== undefined, {
    error: 'en betalande nämnd (payer) för kommunal ersättning',
    path: ['payer'],
  })
  .refine((line) => line.status !== 'föreslagen' || line.decidedBy !== undefined, {
    error: 'dokumentet med förslaget (decidedBy) när status är föreslagen',
    path: ['decidedBy'],
  });

/** A total the document states, checked against the sum of the lines it covers. */
export const statedTotal = z.object({
  label: z.string().min(1),
  /** Which lines it sums: one kind, or all. */
  scope: z.enum(['kommunal ersättning', 'egen insats', 'alla']),
  /** The agreement year it is stated for. */
  ...period.shape,
  amount: kronor,
  declaredDifference: declaredDifference.optional(),
  computed: computation.optional(),
  source: sourceRef,
});

export type FundingLine = z.infer<typeof fundingLine>;
export type StatedTotal = z.infer<typeof statedTotal>;
