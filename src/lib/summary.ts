import type { FundingRow } from './funding';

/** The first agreement year whose municipal payments are all known, with their sum. */
export function annualMunicipalAmount(rows: FundingRow[]): { label: string; amount: number } | undefined {
  const municipal = rows.filter((r) => r.kind === 'kommunal ersättning');
  const years = municipal[0]?.cells.map((c) => c.year) ?? [];
  for (let i = 0; i < years.length; i++) {
    const cells = municipal.map((r) => r.cells[i]!);
    if (cells.every((c) => c.status === 'dokumenterad'))
      return { label: years[i]!.label, amount: cells.reduce((sum, c) => sum + c.amount!, 0) };
  }
  return undefined;
}

export interface CalendarYearTotal {
  year: number;
  /** Sum of the known municipal payments of agreement years starting this year. */
  known: number;
  unknownCount: number;
  proposedCount: number;
  /** Partnerships contributing any value to this year. */
  partnershipCount: number;
}

/**
 * Municipal money per calendar year across partnerships, counting each agreement
 * year in the calendar year it starts (when its payment falls due).
 */
export function municipalMoneyByYear(series: FundingRow[][]): CalendarYearTotal[] {
  const byYear = new Map<number, CalendarYearTotal>();
  for (const rows of series) {
    const touched = new Set<number>();
    for (const row of rows.filter((r) => r.kind === 'kommunal ersättning'))
      for (const cell of row.cells) {
        const year = Number(cell.year.from.slice(0, 4));
        const total = byYear.get(year) ?? { year, known: 0, unknownCount: 0, proposedCount: 0, partnershipCount: 0 };
        if (cell.amount === null) total.unknownCount += 1;
        else total.known += cell.amount;
        if (cell.status === 'föreslagen') total.proposedCount += 1;
        byYear.set(year, total);
        touched.add(year);
      }
    for (const year of touched) byYear.get(year)!.partnershipCount += 1;
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}
