import { PER_YEAR_UNSTATED, type FundingLine } from '../schemas/funding';
import { formatKronor, formatPeriod } from './format';
import type { SourceRef } from '../schemas/primitives';
import type { PartnershipData } from '../schemas/partnership';
import { addDays, addMonths } from './dates';

/** How a value in a series is known. */
export type ValueStatus = 'dokumenterad' | 'härledd' | 'föreslagen' | 'okänd';

/** One agreement year (calendar or fiscal, from the agreement's start day). */
export interface AgreementYear {
  from: string;
  to: string;
  /** "2018" for a calendar year, "2018/19" for a fiscal year. */
  label: string;
}

export interface FundingCell {
  year: AgreementYear;
  /** Null when unknown: never 0 for a value the sources do not give. */
  amount: number | null;
  status: ValueStatus;
  /** How the value was arrived at, or why it is unknown. */
  explanation: string;
  /** The line it comes from, when there is one. */
  line?: FundingLine;
  /**
   * The passage behind the value: its line's source, or for an unknown year the passage that establishes the period.
   */
  source?: SourceRef;
  /** When several lines cover the year for the same party and kind: each line's own value, summed in `amount`. */
  parts?: FundingCell[];
  /**
   * The amount a line gives for its period without saying whether it is per year or for the whole period; the
   * year's `amount` is then null (unknown), and this is what the source does say.
   */
  basisUnstated?: { amount: number; from: string; to: string; status: FundingLine['status'] };
}

export interface FundingRow {
  partyId: string;
  kind: FundingLine['kind'];
  cells: FundingCell[];
}

export interface YearTotal {
  year: AgreementYear;
  /** Sum of the known values only. */
  known: number;
  /** Rows whose value for the year is unknown and so left out of `known`. */
  unknownCount: number;
  proposedCount: number;
  derivedCount: number;
}

function yearLabel(from: string, to: string): string {
  const startYear = from.slice(0, 4);
  const endYear = to.slice(0, 4);
  return startYear === endYear ? startYear : `${startYear}/${endYear.slice(2)}`;
}

/** Splits a period into agreement years starting on its first day (the last one may be shorter). */
export function splitIntoYears(from: string, to: string): AgreementYear[] {
  const years: AgreementYear[] = [];
  for (let start = from; start <= to; start = addMonths(start, 12)) {
    const end = addDays(addMonths(start, 12), -1);
    const clampedEnd = end < to ? end : to;
    years.push({ from: start, to: clampedEnd, label: yearLabel(start, clampedEnd) });
  }
  return years;
}

/** Every agreement year of the partnership's periods, in order, without duplicates. */
export function agreementYears(partnership: Pick<PartnershipData, 'periods'>): AgreementYear[] {
  const byStart = new Map<string, AgreementYear>();
  for (const period of [...partnership.periods].sort((a, b) => a.from.localeCompare(b.from)))
    for (const year of splitIntoYears(period.from, period.to))
      if (!byStart.has(year.from)) byStart.set(year.from, year);
  return [...byStart.values()].sort((a, b) => a.from.localeCompare(b.from));
}

/** The value of one line in one agreement year, or undefined when the line does not cover the year. */
export function valueOfLine(line: FundingLine, year: AgreementYear): FundingCell | undefined {
  if (line.perYear === PER_YEAR_UNSTATED) {
    if (line.from > year.from || line.to < year.to) return undefined;
    return {
      year,
      amount: null,
      status: 'okänd',
      explanation:
        `${line.status === 'föreslagen' ? 'Förslaget' : 'Källan'} anger ${formatKronor(line.amount)} för ` +
        `${formatPeriod(line.from, line.to)} men inte om beloppet gäller per år eller för hela perioden; ` +
        'beloppet för året är därför okänt.',
      line,
      source: line.source,
      basisUnstated: { amount: line.amount, from: line.from, to: line.to, status: line.status },
    };
  }
  if (!line.perYear) {
    if (line.from !== year.from || line.to !== year.to) return undefined;
    return {
      year,
      amount: line.amount,
      status: line.status,
      explanation: 'Beloppet för perioden enligt källan.',
      line,
      source: line.source,
    };
  }
  if (line.from > year.from || line.to < year.to) return undefined;
  if (line.indexedFrom !== undefined && year.from >= line.indexedFrom)
    return {
      year,
      amount: null,
      status: 'okänd',
      explanation:
        `Beloppet räknas upp enligt index från ${line.indexedFrom}; ` +
        'det uppräknade beloppet finns inte i källorna.',
      line,
      source: line.source,
    };
  if (year.from === line.from)
    return {
      year,
      amount: line.amount,
      status: line.status,
      explanation:
        line.status === 'föreslagen'
          ? 'Belopp per år enligt förslag; beslutet finns inte bland källorna.'
          : 'Belopp per år enligt källan.',
      line,
      source: line.source,
    };
  return {
    year,
    amount: line.amount,
    status: line.status === 'föreslagen' ? 'föreslagen' : 'härledd',
    explanation:
      line.status === 'föreslagen'
        ? 'Förslaget anger beloppet per år för hela den föreslagna perioden; beslutet finns inte bland källorna.'
        : 'Källan anger beloppet per år för hela perioden; samma belopp gäller därför även detta år.',
    line,
    source: line.source,
  };
}

const UNKNOWN_EXPLANATION = 'Inget belopp för detta år finns i källorna.';

const STATUS_ORDER: ValueStatus[] = ['okänd', 'föreslagen', 'härledd', 'dokumenterad'];

/**
 * Several lines' values for one party, kind and year, summed: each part keeps its own passage. The sum is
 * unknown when any part is; its status is the weakest of the parts' (unknown, proposed, derived, documented).
 */
export function sumOfLines(year: AgreementYear, parts: FundingCell[]): FundingCell {
  if (parts.length === 1) return parts[0]!;
  const unknown = parts.filter((c) => c.amount === null).length;
  const status = STATUS_ORDER.find((s) => parts.some((c) => c.status === s))!;
  return {
    year,
    amount: unknown > 0 ? null : parts.reduce((sum, c) => sum + c.amount!, 0),
    status,
    explanation:
      unknown > 0
        ? `Summan av ${parts.length} rader i källorna; ${unknown} av dem saknar belopp för året, så summan är okänd.`
        : `Summan av ${parts.length} rader i källorna, var och en med sin källa.`,
    ...(parts[0]!.source ? { source: parts[0]!.source } : {}),
    parts,
  };
}

/**
 * One row per party and kind, one cell per agreement year: documented, derived,
 * proposed or unknown. Unknown is null, never 0. Lines that cover the same year are summed, never dropped.
 */
export function fundingSeries(partnership: Pick<PartnershipData, 'periods' | 'funding'>): FundingRow[] {
  let series = seriesOf.get(partnership);
  if (series === undefined) seriesOf.set(partnership, (series = deriveFundingSeries(partnership)));
  return series;
}

/**
 * Each partnership's series, derived once: a large site draws the same partnership on its own page, its parties'
 * pages, lists, charts and open data. Keyed by the content entry's data object, so the cache goes with the data;
 * callers only read the rows.
 */
const seriesOf = new WeakMap<object, FundingRow[]>();

function deriveFundingSeries(partnership: Pick<PartnershipData, 'periods' | 'funding'>): FundingRow[] {
  const years = agreementYears(partnership);
  const rows = new Map<string, FundingRow>();
  for (const line of partnership.funding) {
    const key = `${line.party.id}|${line.kind}`;
    if (!rows.has(key)) rows.set(key, { partyId: line.party.id, kind: line.kind, cells: [] });
  }
  for (const row of rows.values()) {
    const lines = partnership.funding.filter((l) => l.party.id === row.partyId && l.kind === row.kind);
    row.cells = years.map((year) => {
      const cells = lines.map((line) => valueOfLine(line, year)).filter((c): c is FundingCell => c !== undefined);
      const period = partnership.periods.find((p) => p.from <= year.from && p.to >= year.to);
      if (cells.length === 0)
        return {
          year,
          amount: null,
          status: 'okänd',
          explanation: UNKNOWN_EXPLANATION,
          ...(period ? { source: period.source } : {}),
        };
      return sumOfLines(year, cells);
    });
  }
  const kindOrder = (kind: string) => (kind === 'kommunal ersättning' ? 0 : 1);
  return [...rows.values()].sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind));
}

/** Totals per year over the given rows: the known sum, and how many values it leaves out. */
export function yearTotals(rows: FundingRow[]): YearTotal[] {
  const years = rows[0]?.cells.map((c) => c.year) ?? [];
  return years.map((year, i) => {
    const cells = rows.map((r) => r.cells[i]!);
    return {
      year,
      known: cells.flatMap((c) => (c.amount === null ? [] : [c.amount])).reduce((sum, amount) => sum + amount, 0),
      unknownCount: cells.filter((c) => c.amount === null).length,
      proposedCount: cells.filter((c) => c.status === 'föreslagen').length,
      derivedCount: cells.filter((c) => c.status === 'härledd').length,
    };
  });
}
