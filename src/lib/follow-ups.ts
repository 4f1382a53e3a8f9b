import type { PartnershipData } from '../schemas/partnership';
import type { SourceRef } from '../schemas/primitives';
import { addDays, addMonths } from './dates';
import { splitIntoYears } from './funding';
import { isDecided } from './status';

type Period = PartnershipData['periods'][number];

/** A meeting of the parties that a source mentions, over the time the source says it happened. */
export interface MentionedMeeting {
  from: string;
  to: string;
  /** How many meetings, when the source says ("vid två tillfällen"); undefined for "regelbundet". */
  count?: number | undefined;
  text: string;
  source: SourceRef;
}

/** A follow-up among the sources: its id, title and date as written (YYYY, YYYY-MM or YYYY-MM-DD). */
export interface FollowUpDoc {
  id: string;
  title: string;
  date: string;
}

/**
 * What the sources show for one required follow-up: a published report, a meeting that a source
 * mentions (but no report), nothing among the sources, or a window that has not yet ended.
 */
export type SlotStatus = 'rapport' | 'möte nämns' | 'inget i källorna' | 'ej förfallen';

/** A window in which the terms require one follow-up. */
export interface FollowUpSlot {
  period: Period;
  from: string;
  to: string;
  label: string;
  status: SlotStatus;
  /** True when the requirement comes from a proposed period (no decision among the sources). */
  proposed: boolean;
  document?: FollowUpDoc;
  meetings: MentionedMeeting[];
}

export interface PeriodRequirement {
  period: Period;
  /** Follow-ups a year; undefined when the sources do not say. */
  perYear: number | undefined;
  /** Where the requirement comes from: the agreement's terms or the period's own (e.g. a proposal). */
  basis: 'villkor' | 'period' | 'okänt';
  proposed: boolean;
}

export interface SlotCounts {
  /** Windows that have ended. */
  due: number;
  /** A published follow-up report is among the sources. */
  found: number;
  /** No report, but a source mentions meetings in the window. */
  mentioned: number;
  /** Nothing among the sources. */
  none: number;
  pending: number;
}

export interface FollowUpRecord extends SlotCounts {
  requirements: PeriodRequirement[];
  slots: FollowUpSlot[];
  /** The same counts for windows that only a proposal requires. */
  proposed: SlotCounts;
  /** Follow-ups that fall in no required window (e.g. in a period whose terms are unknown). */
  outside: FollowUpDoc[];
}

/** The days a date written as YYYY, YYYY-MM or YYYY-MM-DD can mean. */
export function dateInterval(value: string): { from: string; to: string } {
  if (value.length === 4) return { from: `${value}-01-01`, to: `${value}-12-31` };
  if (value.length === 7) return { from: `${value}-01`, to: addDays(addMonths(`${value}-01`, 1), -1) };
  return { from: value, to: value };
}

const ORDINALS = ['första', 'andra', 'tredje', 'fjärde'];
const PART_NAMES: Record<number, string> = { 2: 'halvåret', 3: 'tertialet', 4: 'kvartalet' };

/** Windows for `perYear` follow-ups in each agreement year of the period. */
export function slotsFor(period: Period, perYear: number): Omit<FollowUpSlot, 'status' | 'proposed' | 'meetings'>[] {
  const months = 12 / perYear;
  return splitIntoYears(period.from, period.to).flatMap((year) =>
    Array.from({ length: perYear }, (_, i) => {
      const from = addMonths(year.from, i * months);
      const to = addDays(addMonths(year.from, (i + 1) * months), -1);
      const label =
        perYear === 1 ? year.label : `${ORDINALS[i] ?? `${i + 1}:e`} ${PART_NAMES[perYear] ?? 'delen'} ${year.label}`;
      return { period, from, to: to < year.to ? to : year.to, label };
    }).filter((slot) => slot.from <= year.to),
  );
}

export function requirementFor(period: Period, terms: PartnershipData['terms']): PeriodRequirement {
  const proposed = !isDecided(period);
  if (period.followUp) return { period, perYear: period.followUp.perYear, basis: 'period', proposed };
  if (period.basis === 'avtal' && terms.followUp)
    return { period, perYear: terms.followUp.perYear, basis: 'villkor', proposed };
  return { period, perYear: undefined, basis: 'okänt', proposed };
}

function count(slots: FollowUpSlot[]): SlotCounts {
  const of = (status: SlotStatus) => slots.filter((s) => s.status === status).length;
  return {
    due: slots.length - of('ej förfallen'),
    found: of('rapport'),
    mentioned: of('möte nämns'),
    none: of('inget i källorna'),
    pending: of('ej förfallen'),
  };
}

/**
 * Follow-ups the terms require, per window, against what the sources show. A report fills the latest
 * open window its (possibly uncertain) date falls in, since a report describes the time before it.
 * A window without a report that a mentioned meeting overlaps is "möte nämns": the meeting may have
 * been the follow-up, but no report of it is among the sources. Windows required only by a proposal
 * are counted apart.
 */
export function followUpRecord(
  partnership: Pick<PartnershipData, 'periods' | 'terms'>,
  followUps: FollowUpDoc[],
  today: string,
  meetings: MentionedMeeting[] = [],
): FollowUpRecord {
  const requirements = [...partnership.periods]
    .sort((a, b) => a.from.localeCompare(b.from))
    .map((p) => requirementFor(p, partnership.terms));
  const slots: FollowUpSlot[] = requirements.flatMap((r) =>
    r.perYear
      ? slotsFor(r.period, r.perYear).map((s) => ({
          ...s,
          status: 'inget i källorna' as const,
          proposed: r.proposed,
          meetings: [],
        }))
      : [],
  );
  const outside: FollowUpDoc[] = [];
  for (const doc of [...followUps].sort((a, b) => a.date.localeCompare(b.date))) {
    const when = dateInterval(doc.date);
    const slot = slots.filter((s) => !s.document && s.from <= when.to && s.to >= when.from).at(-1);
    if (slot) Object.assign(slot, { document: doc, status: 'rapport' });
    else outside.push(doc);
  }
  for (const meeting of meetings) {
    const open = slots.filter((s) => !s.document && s.from <= meeting.to && s.to >= meeting.from);
    for (const slot of meeting.count === undefined ? open : open.slice(0, meeting.count)) {
      slot.meetings.push(meeting);
      slot.status = 'möte nämns';
    }
  }
  for (const slot of slots) if (slot.status === 'inget i källorna' && slot.to >= today) slot.status = 'ej förfallen';
  return {
    requirements,
    slots,
    ...count(slots.filter((s) => !s.proposed)),
    proposed: count(slots.filter((s) => s.proposed)),
    outside,
  };
}
