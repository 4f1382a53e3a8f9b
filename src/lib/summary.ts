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
