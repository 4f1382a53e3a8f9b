import type { PartnershipData } from '../schemas/partnership';
import { addDays, addMonths } from './dates';
import { splitIntoYears } from './funding';

type Period = PartnershipData['periods'][number];

/** A follow-up among the sources: its id, title and date as written (YYYY, YYYY-MM or YYYY-MM-DD). */
export interface FollowUpDoc {
  id: string;
  title: string;
  date: string;
}

/** A window in which the terms require one follow-up. */
export interface FollowUpSlot {
  period: Period;
  from: string;
  to: string;
  label: string;
  status: 'finns' | 'saknas' | 'ej förfallen';
  document?: FollowUpDoc;
}

export interface PeriodRequirement {
  period: Period;
  /** Follow-ups a year; undefined when the sources do not say. */
  perYear: number | undefined;
  /** Where the requirement comes from: the agreement's terms or the period's own (e.g. a proposal). */
  basis: 'villkor' | 'period' | 'okänt';
}

export interface FollowUpRecord {
  requirements: PeriodRequirement[];
  slots: FollowUpSlot[];
  /** Slots whose window has ended. */
  due: number;
  found: number;
  missing: number;
  pending: number;
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
export function slotsFor(period: Period, perYear: number): Omit<FollowUpSlot, 'status'>[] {
  const months = 12 / perYear;
  return splitIntoYears(period.from, period.to).flatMap((year) =>
    Array.from({ length: perYear }, (_, i) => {
      const from = addMonths(year.from, i * months);
      const to = addDays(addMonths(year.from, (i + 1) * months), -1);
      const label = perYear === 1 ? year.label : `${ORDINALS[i] ?? `${i + 1}:e`} ${PART_NAMES[perYear] ?? 'delen'} ${year.label}`;
      return { period, from, to: to < year.to ? to : year.to, label };
    }).filter((slot) => slot.from <= year.to),
  );
}

export function requirementFor(period: Period, terms: PartnershipData['terms']): PeriodRequirement {
  if (period.followUp) return { period, perYear: period.followUp.perYear, basis: 'period' };
  if (period.basis === 'avtal' && terms.followUp) return { period, perYear: terms.followUp.perYear, basis: 'villkor' };
  return { period, perYear: undefined, basis: 'okänt' };
}

/**
 * Follow-ups the terms require, per window, against those among the sources.
 * A follow-up fills the latest open window its (possibly uncertain) date falls in,
 * since a report describes the time before it.
 */
export function followUpRecord(partnership: Pick<PartnershipData, 'periods' | 'terms'>, followUps: FollowUpDoc[], today: string): FollowUpRecord {
  const requirements = [...partnership.periods].sort((a, b) => a.from.localeCompare(b.from)).map((p) => requirementFor(p, partnership.terms));
  const slots: FollowUpSlot[] = requirements.flatMap((r) => (r.perYear ? slotsFor(r.period, r.perYear) : [])).map((s) => ({ ...s, status: 'saknas' as const }));
  const outside: FollowUpDoc[] = [];
  for (const doc of [...followUps].sort((a, b) => a.date.localeCompare(b.date))) {
    const when = dateInterval(doc.date);
    const open = slots.filter((s) => !s.document && s.from <= when.to && s.to >= when.from);
    const slot = open.at(-1);
    if (slot) Object.assign(slot, { document: doc, status: 'finns' });
    else outside.push(doc);
  }
  for (const slot of slots) if (!slot.document && slot.to >= today) slot.status = 'ej förfallen';
  return {
    requirements,
    slots,
    due: slots.filter((s) => s.status !== 'ej förfallen').length,
    found: slots.filter((s) => s.status === 'finns').length,
    missing: slots.filter((s) => s.status === 'saknas').length,
    pending: slots.filter((s) => s.status === 'ej förfallen').length,
    outside,
  };
}
