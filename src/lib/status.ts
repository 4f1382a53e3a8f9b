import type { PartnershipData } from '../schemas/partnership';
import { addMonths, daysBetween } from './dates';

export type PartnershipStatus =
  | { kind: 'kommande'; startsOn: string }
  | { kind: 'pågår'; endsOn: string; daysLeft: number; basis: PeriodBasis }
  | { kind: 'upphör snart'; endsOn: string; daysLeft: number; basis: PeriodBasis }
  /** After the last decided period, inside a period that is only proposed. */
  | { kind: 'enligt förslag'; lastDecidedEnd: string; proposedEnd: string; daysLeft: number }
  | { kind: 'okänd'; lastKnownEnd: string };

type Period = PartnershipData['periods'][number];
type PeriodBasis = Period['basis'];

const byEnd = (a: Period, b: Period) => a.to.localeCompare(b.to);

/** The period that ends last, whatever it rests on. */
export function lastPeriod(partnership: Pick<PartnershipData, 'periods'>) {
  return [...partnership.periods].sort(byEnd).at(-1)!;
}

/** True for a period that rests on a decision (an agreement, a decision, or one the sources show ran). */
export const isDecided = (period: Pick<Period, 'basis'>): boolean => period.basis !== 'förslag';

/** The decided period that ends last, or undefined when every period is only proposed. */
export function lastDecidedPeriod(partnership: Pick<PartnershipData, 'periods'>): Period | undefined {
  return partnership.periods.filter(isDecided).sort(byEnd).at(-1);
}

/**
 * Status on a given day, from decided periods only. A proposed period after them is reported as
 * "enligt förslag", never as running. After the last period the status is unknown: the sources hold
 * no later decision, so "ended" is not claimed.
 */
export function partnershipStatus(partnership: Pick<PartnershipData, 'periods'>, today: string): PartnershipStatus {
  const first = [...partnership.periods].sort((a, b) => a.from.localeCompare(b.from))[0]!;
  if (today < first.from) return { kind: 'kommande', startsOn: first.from };
  const decided = lastDecidedPeriod(partnership);
  if (decided && today <= decided.to) {
    const daysLeft = daysBetween(today, decided.to);
    const kind = addMonths(today, 6) >= decided.to ? 'upphör snart' : 'pågår';
    return { kind, endsOn: decided.to, daysLeft, basis: decided.basis };
  }
  const lastDecidedEnd = decided?.to ?? first.from;
  const proposed = partnership.periods.find((p) => !isDecided(p) && p.from <= today && today <= p.to);
  if (proposed)
    return {
      kind: 'enligt förslag',
      lastDecidedEnd,
      proposedEnd: proposed.to,
      daysLeft: daysBetween(today, proposed.to),
    };
  return { kind: 'okänd', lastKnownEnd: lastPeriod(partnership).to };
}

/** True when the status rests on a decision that has the partnership running. */
export const isRunningByDecision = (status: PartnershipStatus): boolean =>
  status.kind === 'pågår' || status.kind === 'upphör snart';

/** Short Swedish label of a status. */
export function statusLabel(status: PartnershipStatus): string {
  switch (status.kind) {
    case 'kommande':
      return `Startar ${status.startsOn}`;
    case 'pågår':
      return 'Pågår';
    case 'upphör snart':
      return `Upphör om ${status.daysLeft} dagar`;
    case 'enligt förslag':
      return `Enligt förslag till ${status.proposedEnd}; beslut saknas`;
    case 'okänd':
      return `Okänd efter ${status.lastKnownEnd}`;
  }
}
