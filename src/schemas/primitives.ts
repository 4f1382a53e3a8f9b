import { z } from 'astro/zod';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True when `value` is a real calendar day written YYYY-MM-DD. */
export function isRealIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** A calendar day, normalised to the string YYYY-MM-DD (YAML may hand us a Date). */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.string({ error: 'ett datum skrivet ÅÅÅÅ-MM-DD, t.ex. "2018-01-01"' }).refine(isRealIsoDate, {
    error: (issue) => `ett verkligt datum skrivet ÅÅÅÅ-MM-DD, t.ex. "2018-01-01" (fick "${String(issue.input)}")`,
  }),
);

/** An amount in whole kronor; never negative. */
export const kronor = z
  .number({ error: 'ett belopp i hela kronor, t.ex. 400000' })
  .int({ error: 'ett belopp i hela kronor utan ören' })
  .nonnegative({ error: 'ett belopp som inte är negativt' });

/** A period from one day to another, both inclusive; `to` may not precede `from`. */
export const period = z
  .object({
    from: isoDate,
    to: isoDate,
  })
  .refine((p) => p.from <= p.to, {
    error: 'ett slutdatum (to) som inte ligger före startdatumet (from)',
    path: ['to'],
  });

/**
 * Where a fact comes from: a source document (by its id), the section of its
 * transcription (the heading's anchor), and the sentence quoted word for word.
 * `doc` may be left out in a partnership or document file (its own text is meant) and `section`
 * wherever the quote stands in one section only: the content check fills both in before pages
 * are built (until then they are '').
 */
export const sourceRef = z
  .object(
    {
      /** Id of a document or of a partnership (whose body is its agreement); default: the file's own. */
      doc: z.string({ error: 'id för källdokumentet, t.ex. "uppfoljning-social-gemenskap-2020"' }).min(1).optional(),
      /** Anchor of the section (heading id or page marker); needed only when the quote is in several sections. */
      section: z.string({ error: 'ankaret för avsnittet i källdokumentet, t.ex. "ekonomi"' }).min(1).optional(),
      /** The source's own words, copied exactly from the transcription. */
      quote: z.string({ error: 'ett ordagrant citat ur källdokumentet' }).min(3),
    },
    { error: 'en källa: { quote } med doc och section vid behov' },
  )
  .transform(({ doc, section, quote }) => ({ doc: doc ?? '', section: section ?? '', quote }));

/** A passage of text with its source. */
export const sourcedText = z.object({
  text: z.string().min(1),
  source: sourceRef,
});

export type SourceRef = z.infer<typeof sourceRef>;
export type Period = z.infer<typeof period>;

/** How a figure was computed from figures its passage writes; the check redoes the arithmetic. */
export const computationKinds = ['summa', 'differens', 'produkt', 'andel', 'per år', 'kvot'] as const;

/**
 * A figure that is computed rather than written (a sum, a share, a per-year split). `of` lists the written
 * figures, each of which must stand in the figure's quoted passage; `andel` is of[0] / of[1] in per cent.
 */
export const computation = z.object({
  how: z.enum(computationKinds, { error: `en av: ${computationKinds.join(', ')}` }),
  of: z.array(z.number()).min(1),
  /** Which field holds the result, when not `amount` or `value`. */
  field: z.string().optional(),
  /** Decimals the result is rounded to (0 unless stated). */
  decimals: z.number().int().nonnegative().optional(),
  /** The computation in words, for readers. */
  text: z.string().min(1).optional(),
});

export type Computation = z.infer<typeof computation>;
