import type { PartnershipData } from '../schemas/partnership';
import { lastPeriod } from './status';

export interface RenewalFacts {
  endsOn: string;
  endBasis: PartnershipData['periods'][number]['basis'];
  /** The agreement's deadline for deciding on change, extension or end, if it sets one. */
  decisionDeadline: string | undefined;
  /** Whether that deadline belongs to an earlier period than the current last one. */
  decisionDeadlineIsForEarlierPeriod: boolean;
  /**
   * Months of notice for a party that wants to withdraw before the term ends. A fixed term ends on its
   * last day without notice, so no "last day to give notice" is derived from it.
   */
  noticeMonths: number | undefined;
  /** True when the notice term comes from an agreement whose period has ended (its terms may not carry over). */
  noticeFromEarlierAgreement: boolean;
}

/** What a politician needs before a renewal vote, derived from periods and terms. */
export function renewalFacts(partnership: Pick<PartnershipData, 'periods' | 'terms'>): RenewalFacts {
  const last = lastPeriod(partnership);
  const agreement = partnership.periods.find((p) => p.basis === 'avtal');
  const notice = partnership.terms.notice;
  const deadline = partnership.terms.decisionDeadline?.date;
  return {
    endsOn: last.to,
    endBasis: last.basis,
    decisionDeadline: deadline,
    decisionDeadlineIsForEarlierPeriod: deadline !== undefined && agreement !== undefined && agreement !== last,
    noticeMonths: notice?.months,
    noticeFromEarlierAgreement: notice != null && agreement !== undefined && agreement !== last,
  };
}
