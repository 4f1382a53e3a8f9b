import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { computation, period, sourceRef, sourcedText } from './primitives';

/** How certain the document's date is. */
export const datePrecisions = ['dag', 'månad', 'år', 'ungefärlig', 'okänd'] as const;

const VALUE_LENGTH: Record<(typeof datePrecisions)[number], number[]> = {
  dag: [10],
  månad: [7],
  år: [4],
  ungefärlig: [4, 7, 10],
  okänd: [],
};

/** A document's date with its certainty; an uncertain date must say why. */
export const documentDate = z
  .object({
    /** YYYY-MM-DD, YYYY-MM when only the month is known, or YYYY. */
    /** Absent only when the precision is `okänd`. */
    value: z
      .string()
      .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
        error: 'ett datum ÅÅÅÅ-MM-DD, en månad ÅÅÅÅ-MM eller ett år ÅÅÅÅ',
      })
      .optional(),
    precision: z.enum(datePrecisions, { error: `en av: ${datePrecisions.join(', ')}` }),
    /** Why the date is uncertain, and what else it could be. */
    reason: z.string().optional(),
  })
  .refine((d) => d.precision === 'dag' || d.reason !== undefined, {
    error: 'en motivering (reason) när datumet inte är exakt',
    path: ['reason'],
  })
  .refine(
    (d) => (d.value === undefined ? d.precision === 'okänd' : VALUE_LENGTH[d.precision].includes(d.value.length)),
    {
      error: 'ett värde som passar precisionen: dag ÅÅÅÅ-MM-DD, månad ÅÅÅÅ-MM, år ÅÅÅÅ, inget värde för okänd',
      path: ['value'],
    },
  );

/** A figure a follow-up reports, with the sentence it comes from. */
export const keyFigure = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  value: z.number().nonnegative(),
  /** Upper end when the source gives a range (2–12 visitors a day). */
  valueMax: z.number().nonnegative().optional(),
  /** True when the source says "about" ("ett 25-tal"). */
  approximate: z.boolean().default(false),
  unit: z.string().min(1),
  /** The time the figure describes, in words ("2020", "per dag"). */
  period: z.string().min(1),
  party: reference('organisations').optional(),
  /** The goal of the agreement it reports on, by goal id. */
  goal: z.string().optional(),
  computed: computation.optional(),
  source: sourceRef,
});

/** A finding of a follow-up, per party and/or goal. */
export const finding = z.object({
  party: reference('organisations').optional(),
  goal: z.string().optional(),
  text: z.string().min(1),
  source: sourceRef,
});

/** Whether the transcription holds the whole document or an excerpt of it. */
export const transcriptions = ['hel', 'utdrag'] as const;
/** How the text was obtained: read from a scan (OCR, proofread) or copied from digital text. */
export const obtainedAs = ['skannad', 'digital'] as const;

/** What the transcription of a source is and how it was made; shared by documents and agreements. */
export const transcriptionFields = {
  transcription: z.enum(transcriptions, { error: `en av: ${transcriptions.join(', ')}` }),
  obtained: z.enum(obtainedAs, { error: `en av: ${obtainedAs.join(', ')}` }),
  /** Where the document is published (http or https), when known. */
  url: z.url({ protocol: /^https?$/, error: 'en webbadress som börjar med http:// eller https://' }).optional(),
};

/** A meeting of the parties a document mentions ("träffats vid två tillfällen"), without a report of it. */
export const mentionedMeeting = period.extend({
  /** How many meetings, when the document says. */
  count: z.number().int().positive().optional(),
  text: z.string().min(1),
  source: sourceRef,
});

/** Fields every document has. */
const baseDocument = z.object({
  title: z.string().min(1),
  partnership: reference('partnerships'),
  date: documentDate,
  /** The publisher: the body, organisation or newspaper that issued or published the document, when known. */
  issuer: reference('organisations').optional(),
  /** Author or handling officer, when the document names one. */
  officer: z.object({ name: z.string().min(1), role: z.string().min(1) }).optional(),
  addressee: reference('organisations').optional(),
  /** Registry number (diarienummer), when the document has one. */
  dnr: z.string().optional(),
  ...transcriptionFields,
  sourceFile: z.string().min(1).optional(),
  summary: z.string().min(1),
  /** Meetings of the parties the document mentions, over the time it says they happened. */
  meetingsMentioned: z.array(mentionedMeeting).default([]),
});

/** A follow-up report of a partnership. */
export const followUpDocument = baseDocument.extend({
  kind: z.literal('uppföljning'),
  periodCovered: period.extend({ note: z.string().optional() }).optional(),
  findings: z.array(finding).default([]),
  keyFigures: z.array(keyFigure).default([]),
  developmentAreas: z.array(sourcedText).default([]),
  nextFollowUp: z.object({ text: z.string(), source: sourceRef }).optional(),
});

/** What a proposal or decision says should happen, and whether it was adopted. */
const decisionContent = {
  /** Each point proposed or decided. */
  points: z.array(sourcedText).min(1),
  newPeriod: period.optional(),
  /** Whether the sources show the proposal was adopted. */
  adoption: z.enum(['antagen', 'avslagen', 'framgår inte av källorna']),
  adoptionNote: z.string().optional(),
  /** The document's own overall judgement of the partnership, in its words. */
  assessment: sourcedText.optional(),
};

export const proposalDocument = baseDocument.extend({ kind: z.literal('förslag'), ...decisionContent });
export const decisionDocument = baseDocument.extend({ kind: z.literal('beslut'), ...decisionContent });

/** Sources that are neither follow-ups nor proposals or decisions: they only carry facts with their passages. */
export const otherDocumentKinds = [
  'protokoll',
  'årsredovisning',
  'verksamhetsberättelse',
  'nyhet',
  'pressmeddelande',
  'tidningsartikel',
  'rapport',
  'webbsida',
] as const;
export const otherDocument = baseDocument.extend({
  kind: z.enum(otherDocumentKinds),
  /** Points the source states about the partnership (e.g. what a news item says was decided). */
  points: z.array(sourcedText).default([]),
});

export const documentKinds = ['uppföljning', 'förslag', 'beslut', ...otherDocumentKinds] as const;

/** Swedish label of each document kind, for pages and downloads. */
export const documentKindLabels: Record<(typeof documentKinds)[number] | 'överenskommelse', string> = {
  överenskommelse: 'Överenskommelse',
  uppföljning: 'Uppföljning',
  förslag: 'Förslag',
  beslut: 'Beslut',
  protokoll: 'Protokoll',
  årsredovisning: 'Årsredovisning',
  verksamhetsberättelse: 'Verksamhetsberättelse',
  nyhet: 'Nyhet',
  pressmeddelande: 'Pressmeddelande',
  tidningsartikel: 'Tidningsartikel',
  rapport: 'Rapport',
  webbsida: 'Webbsida',
};

export const documentSchema = z.discriminatedUnion(
  'kind',
  [followUpDocument, proposalDocument, decisionDocument, otherDocument],
  {
    error: `kind: en av ${documentKinds.join(', ')}`,
  },
);

export type DocumentData = z.infer<typeof documentSchema>;
export type FollowUpData = z.infer<typeof followUpDocument>;
export type KeyFigure = z.infer<typeof keyFigure>;

export function isFollowUp(data: DocumentData): data is FollowUpData {
  return data.kind === 'uppföljning';
}

export function isDecisionOrProposal(data: DocumentData): data is z.infer<typeof proposalDocument> {
  return data.kind === 'förslag' || data.kind === 'beslut';
}
