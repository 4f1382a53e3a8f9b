import type { PartnershipData } from '../schemas/partnership';
import { addDays, addMonths, daysBetween } from './dates';
import { lastPeriod } from './status';

export interface RenewalFacts {
  endsOn: string;
  endBasis: PartnershipData['periods'][number]['basis'];
  /** The agreement's deadline for deciding on change, extension or end, if it sets one. */
  decisionDeadline: string | undefined;
  /** Whether that deadline belongs to an earlier period than the current last one. */
  decisionDeadlineIsForEarlierPeriod: boolean;
  noticeMonths: number | undefined;
  /** Last day notice can be given for the partnership to end on `endsOn`; undefined without a notice term. */
  lastNoticeDay: string | undefined;
  daysToLastNotice: number | undefined;
  /** True when the notice term comes from an agreement whose period has ended (its terms may not carry over). */
  noticeFromEarlierAgreement: boolean;
}

/** What a politician needs before a renewal vote, derived from periods and terms. */
export function renewalFacts(partnership: Pick<PartnershipData, 'periods' | 'terms'>, today: string): RenewalFacts {
  const last = lastPeriod(partnership);
  const agreement = partnership.periods.find((p) => p.basis === 'avtal');
  const notice = partnership.terms.notice;
  // Notice given on day D ends the agreement D + n months later; the last such D ending on time is the day before end + 1 − n months.
  const lastNoticeDay = notice ? addDays(addMonths(addDays(last.to, 1), -notice.months), -1) : undefined;
  const deadline = partnership.terms.decisionDeadline?.date;
  return {
    endsOn: last.to,
    endBasis: last.basis,
    decisionDeadline: deadline,
    decisionDeadlineIsForEarlierPeriod: deadline !== undefined && agreement !== undefined && agreement !== last,
    noticeMonths: notice?.months,
    lastNoticeDay,
    daysToLastNotice: lastNoticeDay ? daysBetween(today, lastNoticeDay) : undefined,
    noticeFromEarlierAgreement: notice != null && agreement !== undefined && agreement !== last,
  };
}
