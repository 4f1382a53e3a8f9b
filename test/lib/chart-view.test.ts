import { describe, expect, it } from 'vitest';
import { partnershipChart } from '../../src/lib/chart-data';
import { basisUnstatedText, chartFigureView, chartSumColumns } from '../../src/lib/chart-view';
import { P, PROPOSAL, fixtureNames as names, fixturePartnership } from '../support/fixtures';

// The fixture: Förening A 100 000 kr/yr (2021 unknown) and 110 000 kr proposed for 2022; Förening B 50 000 kr/yr;
// Förening A's own contribution 30 000 kr/yr in 2020–2021.
const chart = partnershipChart(fixturePartnership(), names);

describe('chartFigureView', () => {
  it('tells the legend about own contributions and proposals, and lists each source document once', () => {
    const view = chartFigureView(chart);
    expect(view).toMatchObject({ hasOwn: true, hasProposed: true });
    expect(view.sourceDocs).toEqual([P, PROPOSAL]);
    // 2020–2021 only, municipal money only: nothing proposed, no own contribution, every amount from the agreement.
    const agreementYears = {
      keys: chart.keys.slice(0, 2),
      series: chart.series
        .filter((s) => s.kind === 'kommunal ersättning')
        .map((s) => ({ ...s, cells: s.cells.slice(0, 2) })),
    };
    expect(chartFigureView(agreementYears)).toMatchObject({ hasOwn: false, hasProposed: false, sourceDocs: [P] });
  });

  it('hands the canvas only labels, amounts and statuses, with null for an unknown amount', () => {
    const { payload } = chartFigureView(chart);
    expect(payload.keys).toEqual(['2020', '2021', '2022']);
    expect(payload.series[0]).toEqual({
      label: 'Förening A: kommunal ersättning',
      kind: 'kommunal ersättning',
      cells: [
        [100000, 'dokumenterad'],
        [null, 'okänd'],
        [110000, 'föreslagen'],
      ],
    });
    // Förening A's own contribution in the proposed year is unknown: null, never 0.
    expect(payload.series[2]!.cells).toEqual([
      [30000, 'dokumenterad'],
      [30000, 'härledd'],
      [null, 'okänd'],
    ]);
  });
});

describe('chartSumColumns', () => {
  it('sums everything in one column, or money received and own contributions apart', () => {
    expect(chartSumColumns(chart, 'alla').map((c) => [c.heading, c.totals[0]!.known])).toEqual([
      ['Summa kända belopp', 180000],
    ]);
    expect(chartSumColumns(chart, 'per slag').map((c) => [c.heading, c.totals[0]!.known])).toEqual([
      ['Summa kända belopp, kommunal ersättning', 150000],
      ['Summa kända belopp, egna insatser', 30000],
    ]);
  });
});

describe('basisUnstatedText', () => {
  it('says what a source gives for a period when it does not say per year or in all', () => {
    const stated = { amount: 792638, from: '2024-01-01', to: '2026-12-31', status: 'föreslagen' as const };
    expect(basisUnstatedText(stated).replace(/\s/g, ' ')).toBe(
      'förslaget anger 792 638 kr för 2024-01-01 – 2026-12-31, inte om per år eller för hela perioden',
    );
    expect(basisUnstatedText({ ...stated, status: 'dokumenterad' })).toMatch(/^källan anger /);
  });
});
