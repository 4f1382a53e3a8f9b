import type { DocumentData } from '../schemas/document';
import type { PartnershipData } from '../schemas/partnership';
import type { SourceRef } from '../schemas/primitives';
import type { FundingLine } from '../schemas/funding';
import type { FundingRow } from './funding';
import type { FollowUpRecord, SlotCounts } from './follow-ups';
import type { SourceGap } from './gaps';
import { lastDecidedPeriod, lastPeriod, partnershipStatus, type PartnershipStatus } from './status';

type Period = PartnershipData['periods'][number];
type Kind = FundingLine['kind'];

/** Consecutive agreement years of one kind of money with the same known sum and the same gaps. */
export interface MoneyRun {
  /** Labels of the agreement years in the run, in order ("2018", "2018/19"). */
  years: string[];
  /** Sum of the known amounts in each year of the run; null when every amount is unknown. */
  perYear: number | null;
  /** Amounts per year that the sources do not give, and how many there are in all. */
  unknownCount: number;
  valueCount: number;
  /** True when any amount in the run is only proposed. */
  proposed: boolean;
  /** The passages behind the known amounts, once each. */
  sources: SourceRef[];
  /**
   * Amounts the sources give for a whole period without saying whether they are per year or for the period, summed
   * over the parties per period; they are counted as unknown in the years, never as a yearly amount.
   */
  basisUnstated: { from: string; to: string; amount: number; proposed: boolean; sources: SourceRef[] }[];
}

const sameSource = (a: SourceRef, b: SourceRef) => a.doc === b.doc && a.section === b.section && a.quote === b.quote;

/**
 * Money of one kind per agreement year, summed over the parties and folded into runs of equal years, so that
 * "700 000 kr in 2018, unknown 2019–2023, 792 638 kr proposed for 2024–2026 (per year or in all: not said)" reads
 * as three lines. Unknown amounts are counted, never added as 0.
 */
export function moneyRuns(rows: FundingRow[], kind: Kind): MoneyRun[] {
  const ofKind = rows.filter((r) => r.kind === kind);
  const years = ofKind[0]?.cells.map((c) => c.year.label) ?? [];
  const runs: MoneyRun[] = [];
  years.forEach((label, i) => {
    const cells = ofKind.map((r) => r.cells[i]!);
    const known = cells.filter((c) => c.amount !== null);
    const year: MoneyRun = {
      years: [label],
      perYear: known.length === 0 ? null : known.reduce((sum, c) => sum + c.amount!, 0),
      unknownCount: cells.length - known.length,
      valueCount: cells.length,
      proposed: known.some((c) => c.status === 'föreslagen'),
      sources: [],
      basisUnstated: [],
    };
    for (const cell of known)
      if (cell.source && !year.sources.some((s) => sameSource(s, cell.source!))) year.sources.push(cell.source);
    for (const cell of cells.flatMap((c) => c.parts ?? [c])) {
      const stated = cell.basisUnstated;
      if (!stated) continue;
      const same = year.basisUnstated.find((b) => b.from === stated.from && b.to === stated.to);
      const proposed = stated.status === 'föreslagen';
      const { from, to, amount } = stated;
      if (!same) year.basisUnstated.push({ from, to, amount, proposed, sources: [cell.source!] });
      else Object.assign(same, { amount: same.amount + stated.amount, proposed: same.proposed || proposed });
      if (same && !same.sources.some((s) => sameSource(s, cell.source!))) same.sources.push(cell.source!);
    }
    const previous = runs.at(-1);
    const unstatedKey = (run: MoneyRun) => JSON.stringify(run.basisUnstated.map((b) => [b.from, b.to, b.amount]));
    const continues =
      previous !== undefined &&
      previous.perYear === year.perYear &&
      previous.unknownCount === year.unknownCount &&
      previous.valueCount === year.valueCount &&
      previous.proposed === year.proposed &&
      unstatedKey(previous) === unstatedKey(year);
    if (!continues) return void runs.push(year);
    previous.years.push(label);
    for (const source of year.sources)
      if (!previous.sources.some((s) => sameSource(s, source))) previous.sources.push(source);
  });
  return runs;
}

/** "2018" for one year, "2019–2023" for a run of calendar years, "2018/19–2020/21" for fiscal ones. */
export function runLabel(run: Pick<MoneyRun, 'years'>): string {
  return run.years.length === 1 ? run.years[0]! : `${run.years[0]}–${run.years.at(-1)}`;
}

export interface PeriodFact {
  label: string;
  from: string;
  to: string;
  basis: Period['basis'];
  /** The document that decided or proposed the period, when it is among the sources. */
  document: string | undefined;
  source: SourceRef;
}

export interface DecisionFacts {
  status: PartnershipStatus;
  /** The period whose end the status reports: the last decided one while it runs, else the last one. */
  endPeriod: PeriodFact;
  /** The period that ends last, decided or only proposed. */
  lastPeriod: PeriodFact;
  /** True when no decision for the period the status rests on is among the sources. */
  endIsUndocumented: boolean;
  periods: PeriodFact[];
  /** Both kinds, always: a kind without lines has no runs, which the page shows as unknown (never as 0). */
  money: { kind: Kind; runs: MoneyRun[] }[];
  /** Windows the decided periods require: with a report, with meetings mentioned, with nothing, not yet due. */
  followUps: SlotCounts & {
    /** The same for windows only a proposal requires. */
    proposed: SlotCounts;
    /** Periods whose follow-up duty the sources do not give. */
    unknownPeriods: { from: string; to: string }[];
  };
  /** Proposals or decisions among the sources whose adoption the sources do not show. */
  pendingProposals: { id: string; title: string; date: DocumentData['date'] }[];
  gaps: SourceGap[];
}

export interface DecisionFactsInput {
  partnership: Pick<PartnershipData, 'periods' | 'funding'>;
  series: FundingRow[];
  record: Pick<FollowUpRecord, keyof SlotCounts | 'proposed' | 'requirements'>;
  pendingProposals: DecisionFacts['pendingProposals'];
  gaps: SourceGap[];
  today: string;
}

const periodFact = (p: Period): PeriodFact => ({
  label: p.label,
  from: p.from,
  to: p.to,
  basis: p.basis,
  document: p.document,
  source: p.source,
});

const KINDS: Kind[] = ['kommunal ersättning', 'egen insats'];

/** The facts a reader needs first, before a vote: status and end, money per year, follow-ups and gaps. */
export function decisionFacts(input: DecisionFactsInput): DecisionFacts {
  const { partnership, series, record, today } = input;
  const last = lastPeriod(partnership);
  const status = partnershipStatus(partnership, today);
  const running = status.kind === 'pågår' || status.kind === 'upphör snart';
  const end = (running && lastDecidedPeriod(partnership)) || last;
  const span = (r: FollowUpRecord['requirements'][number]) => ({ from: r.period.from, to: r.period.to });
  const { due, found, mentioned, none, pending } = record;
  return {
    status,
    endPeriod: periodFact(end),
    lastPeriod: periodFact(last),
    endIsUndocumented: end.basis === 'saknas i källorna',
    periods: [...partnership.periods].sort((a, b) => a.from.localeCompare(b.from)).map(periodFact),
    money: KINDS.map((kind) => ({ kind, runs: moneyRuns(series, kind) })),
    followUps: {
      due,
      found,
      mentioned,
      none,
      pending,
      proposed: record.proposed,
      unknownPeriods: record.requirements.filter((r) => r.perYear === undefined).map(span),
    },
    pendingProposals: input.pendingProposals,
    gaps: input.gaps,
  };
}
