import { describe, expect, it } from 'vitest';
import { compareRows } from '../../src/lib/compare';
import { fixtureNames as names, fixturePartnership } from '../support/fixtures';

describe('compareRows', () => {
  const withNotice = fixturePartnership();
  const without = fixturePartnership((raw) => {
    raw.terms.notice = null;
    raw.terms.payment = null;
    raw.statedTotals = [];
  });
  const rows = compareRows([withNotice, without], names);
  const texts = Object.fromEntries(rows.map((r) => [r.term, r.cells.map((c) => c.text.replace(/\u00a0/g, ' '))]));

  it('puts the partnerships’ terms side by side, value and shares from the first year’s stated totals', () => {
    expect(texts['Parter']![0]).toBe('Exempelnämnden, Förening A, Förening B');
    expect(texts['Årligt värde']![0]).toBe('180 000 kr per år (2020-01 –)');
    expect(texts['Kommunal ersättning och andel']![0]).toBe('150 000 kr per år, 83 % av värdet');
    expect(texts['Egna insatser och andel']![0]).toMatch(/^30 000 kr per år, 17 % av värdet/);
    expect(texts['Uppsägning']![0]).toBe('3 månader, skriftligen, om en part vill frånträda i förtid');
    expect(texts['Utbetalning']![0]).toBe('En gång per år, i januari');
  });

  it('says a term is not stated instead of leaving it blank or guessing', () => {
    expect(texts['Beslut om fortsättning senast']).toEqual([
      'anges inte i överenskommelsen',
      'anges inte i överenskommelsen',
    ]);
    expect(texts['Uppsägning']![1]).toBe('anges inte i överenskommelsen');
    expect(texts['Årligt värde']![1]).toBe('anges inte i överenskommelsen');
  });

  it('gives every stated cell a source and marks every other cell unknown', () => {
    const cells = rows.flatMap((row) => row.cells.map((cell) => ({ term: row.term, ...cell })));
    expect(cells.length).toBe(rows.length * 2);
    expect(cells.filter((c) => c.unknown)).not.toEqual([]);
    for (const cell of cells) expect(cell.unknown === true || cell.source !== undefined, cell.term).toBe(true);
  });
});
