import type { PartnershipData } from '../schemas/partnership';
import { addMonths, daysBetween } from './dates';

export type PartnershipStatus =
  | { kind: 'kommande'; startsOn: string }
  | { kind: 'pågår'; endsOn: string; daysLeft: number; basis: PeriodBasis }
  | { kind: 'upphör snart'; endsOn: string; daysLeft: number; basis: PeriodBasis }
  | { kind: 'okänd'; lastKnownEnd: string };

type PeriodBasis = PartnershipData['periods'][number]['basis'];

/** The period that ends last, whatever it rests on. */
export function lastPeriod(partnership: Pick<PartnershipData, 'periods'>) {
  return [...partnership.periods].sort((a, b) => a.to.localeCompare(b.to)).at(-1)!;
}

/**
 * Status on a given day. After the last period in the sources the status is
 * unknown: the sources hold no later decision, so "ended" is not claimed.
 */
export function partnershipStatus(partnership: Pick<PartnershipData, 'periods'>, today: string): PartnershipStatus {
  const first = [...partnership.periods].sort((a, b) => a.from.localeCompare(b.from))[0]!;
  const last = lastPeriod(partnership);
  if (today < first.from) return { kind: 'kommande', startsOn: first.from };
  if (today > last.to) return { kind: 'okänd', lastKnownEnd: last.to };
  const daysLeft = daysBetween(today, last.to);
  const kind = addMonths(today, 6) >= last.to ? 'upphör snart' : 'pågår';
  return { kind, endsOn: last.to, daysLeft, basis: last.basis };
}

/** Short Swedish label of a status. */
export function statusLabel(status: PartnershipStatus): string {
  switch (status.kind) {
    case 'kommande':
      return `Startar ${status.startsOn}`;
    case 'pågår':
      return 'Pågår';
    case 'upphör snart':
      return `Upphör om ${status.daysLeft} dagar`;
    case 'okänd':
      return `Okänd efter ${status.lastKnownEnd}`;
  }
}
