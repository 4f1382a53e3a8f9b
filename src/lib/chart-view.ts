// What the chart figure and its table show beside the bars, read off a chart's data (the components only render).
import type { FundingLine } from '../schemas/funding';
import { chartTotals, type ChartData, type KeyTotal } from './chart-data';
import { formatKronor, formatPeriod } from './format';

export interface ChartFigureView {
  /** Whether the legend explains own contributions (striped) and proposed amounts (lighter). */
  hasOwn: boolean;
  hasProposed: boolean;
  /** The documents the chart's amounts come from, in order of first use, once each. */
  sourceDocs: string[];
  /** What the canvas script draws: key labels and, per series, [amount, status] or null per key. */
  payload: {
    keys: string[];
    series: { label: string; kind: FundingLine['kind']; cells: ([number | null, string] | null)[] }[];
  };
}

export function chartFigureView(data: ChartData): ChartFigureView {
  return {
    hasOwn: data.series.some((s) => s.kind === 'egen insats'),
    hasProposed: data.series.some((s) => s.cells.some((c) => c?.status === 'föreslagen')),
    sourceDocs: [...new Set(data.series.flatMap((s) => s.cells.flatMap((c) => (c?.source ? [c.source.doc] : []))))],
    payload: {
      keys: data.keys.map((k) => k.label),
      series: data.series.map((s) => ({
        label: s.label,
        kind: s.kind,
        cells: s.cells.map((c) => (c ? [c.amount, c.status] : null)),
      })),
    },
  };
}

/**
 * The sum columns of a chart's table: "alla" sums every series (a partnership's economic scope, as the agreement
 * states it); "per slag" sums money received and own contributions apart, never into one figure.
 */
export function chartSumColumns(data: ChartData, mode: 'alla' | 'per slag'): { heading: string; totals: KeyTotal[] }[] {
  const kinds = [...new Set(data.series.map((s) => s.kind))];
  if (mode === 'alla' || kinds.length < 2) return [{ heading: 'Summa kända belopp', totals: chartTotals(data) }];
  return kinds.map((kind) => ({
    heading:
      kind === 'kommunal ersättning' ? 'Summa kända belopp, kommunal ersättning' : 'Summa kända belopp, egna insatser',
    totals: chartTotals(data, kind),
  }));
}

type BasisUnstated = NonNullable<NonNullable<ChartData['series'][number]['cells'][number]>['basisUnstated']>;

/** The note beside a cell whose source gives an amount without saying whether it is per year or for the period. */
export function basisUnstatedText(basis: BasisUnstated): string {
  return (
    `${basis.status === 'föreslagen' ? 'förslaget' : 'källan'} anger ${formatKronor(basis.amount)} för ` +
    `${formatPeriod(basis.from, basis.to)}, inte om per år eller för hela perioden`
  );
}
