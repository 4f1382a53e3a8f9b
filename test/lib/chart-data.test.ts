import { describe, expect, it } from 'vitest';
import {
  chartRecords,
  chartTotals,
  describeChart,
  municipalityChart,
  organisationChart,
  partnershipChart,
} from '../../src/lib/chart-data';
import { P, PROPOSAL, fixtureNames as names, fixturePartnership } from '../support/fixtures';

// The fixture: Förening A 100 000 kr/yr (indexed from 2021, so 2021 is unknown) and 110 000 kr proposed for 2022;
// Förening B 50 000 kr/yr in 2020–2021; Förening A's own contribution 30 000 kr/yr in 2020–2021.
const data = fixturePartnership();
const nbsp = (text: string) => text.replace(/\u00a0/g, ' ');

describe('partnershipChart', () => {
  it('has one series per party and kind, municipal first, with null for unknown', () => {
    const chart = partnershipChart(data, names);
    expect(chart.keys.map((k) => k.label)).toEqual(['2020', '2021', '2022']);
    expect(chart.series.map((s) => s.label)).toEqual([
      'Förening A: kommunal ersättning',
      'Förening B: kommunal ersättning',
      'Förening A: egen insats',
    ]);
    expect(chart.series.map((s) => s.cells.map((c) => c?.amount))).toEqual([
      [100000, null, 110000],
      [50000, 50000, null],
      [30000, 30000, null],
    ]);
  });

  it('totals exclude unknown values and count them, and count proposals', () => {
    expect(chartTotals(partnershipChart(data, names))).toEqual([
      { known: 180000, unknownCount: 0, proposedCount: 0, valueCount: 3 },
      { known: 80000, unknownCount: 1, proposedCount: 0, valueCount: 3 },
      { known: 110000, unknownCount: 2, proposedCount: 1, valueCount: 3 },
    ]);
  });
});

describe('describeChart', () => {
  it('says in words what the chart shows: partial sums say how much is missing, proposals are proposals', () => {
    expect(nbsp(describeChart(partnershipChart(data, names), 'Pengar'))).toBe(
      'Pengar, 2020–2022. ' +
        '2020: kommunal ersättning 150 000 kr; egna insatser 30 000 kr. ' +
        '2021: kommunal ersättning 50 000 kr (härlett), 1 av 2 belopp saknas; egna insatser 30 000 kr (härlett). ' +
        '2022: kommunal ersättning 110 000 kr enligt förslag, 1 av 2 belopp saknas; egna insatser saknas i källorna.',
    );
  });

  it('merges runs of identical years and says when there is nothing', () => {
    const unknownLater = fixturePartnership((raw) => {
      raw.funding = raw.funding.filter((line: { party: string }) => line.party === 'forening-b');
      const [agreement] = raw.periods;
      raw.periods = [agreement, { ...agreement, from: '2022-01-01', to: '2023-12-31', basis: 'saknas i källorna' }];
    });
    expect(nbsp(describeChart(partnershipChart(unknownLater, names), 'Pengar'))).toBe(
      'Pengar, 2020–2023. 2020: kommunal ersättning 50 000 kr. 2021: kommunal ersättning 50 000 kr (härlett). ' +
        '2022–2023: kommunal ersättning saknas i källorna per år.',
    );
    expect(describeChart({ keys: [], series: [] }, 'Pengar')).toBe('Pengar: inga belopp finns i källorna.');
  });
});

describe('an amount the source gives without saying per year or for the whole period', () => {
  // The fixture's 2022 proposal (110 000 kr for Förening A) as a proposal that does not say per year or in all.
  const unstated = fixturePartnership((raw) => (raw.funding.at(-1).perYear = 'framgår inte av källan'));

  it('is never drawn or summed as a yearly amount, and the chart says what the source does say', () => {
    const chart = partnershipChart(unstated, names);
    expect(chart.series[0]!.cells[2]).toMatchObject({
      amount: null,
      status: 'okänd',
      basisUnstated: { amount: 110000, from: '2022-01-01', to: '2022-12-31', status: 'föreslagen' },
    });
    expect(chartTotals(chart)[2]).toMatchObject({ known: 0, proposedCount: 0 });
    expect(nbsp(describeChart(chart, 'Pengar'))).toContain(
      '2022: kommunal ersättning saknas i källorna (förslaget anger 110 000 kr för 2022-01-01 – 2022-12-31, ' +
        'men inte om per år eller för hela perioden); egna insatser saknas i källorna.',
    );
    const csv = chartRecords(chart).find((r) => r.ar === '2022' && r.serie === 'Förening A: kommunal ersättning')!;
    expect(csv).toMatchObject({ belopp_kr: null, status: 'okänd' });
    expect(nbsp(String(csv.forklaring))).toMatch(/^Förslaget anger 110 000 kr för 2022-01-01 – 2022-12-31 men inte om/);
  });

  it('leaves a municipality’s sum unknown and says why', () => {
    const chart = municipalityChart([{ shortTitle: 'Samverkan', municipality: 'Exempelkommun', data: unstated }]);
    expect(chart.series[0]!.cells[2]).toMatchObject({ amount: null, status: 'okänd' });
    expect(chart.series[0]!.cells[2]!.explanation).toBe(
      '2 av 2 belopp (mottagare) saknas i källorna. För 1 av dem anger källan ett belopp för en period men inte om ' +
        'det gäller per år eller för hela perioden.',
    );
  });
});

describe('organisation and municipality charts', () => {
  it('shows what an organisation receives and contributes across partnerships', () => {
    const chart = organisationChart('forening-a', [{ shortTitle: 'Samverkan', data }]);
    expect(chart.series.map((s) => s.label)).toEqual(['Samverkan: tar emot', 'Samverkan: egen insats']);
    expect(chart.series[0]!.cells[0]).toMatchObject({ amount: 100000, status: 'dokumenterad' });
  });

  it('sums the municipality’s payments per partnership and year, unknown if any recipient is unknown', () => {
    const chart = municipalityChart([{ shortTitle: 'Samverkan', municipality: 'Exempelkommun', data }]);
    expect(chart.series.map((s) => s.label)).toEqual(['Samverkan']);
    const [y2020, y2021, y2022] = chart.series[0]!.cells;
    expect(y2020).toMatchObject({ amount: 150000, status: 'dokumenterad' });
    expect(y2021).toMatchObject({
      amount: null,
      status: 'okänd',
      explanation: '1 av 2 belopp (mottagare) saknas i källorna.',
    });
    // 110 000 kr is proposed for Förening A, but Förening B's 2022 is unknown: no partial sum.
    expect(y2022).toMatchObject({ amount: null, status: 'okänd' });
  });

  it('has one series per municipality beyond eight partnerships, unknown where any part is unknown', () => {
    const bothProposed = fixturePartnership((raw) =>
      raw.funding.push({
        ...raw.funding[3],
        party: 'forening-b',
        amount: 40000,
        decidedBy: PROPOSAL,
      }),
    );
    const many = Array.from({ length: 9 }, (_, i) => ({
      shortTitle: `${P}-${i}`,
      municipality: i < 5 ? 'A kommun' : 'B kommun',
      data: bothProposed,
    }));
    const chart = municipalityChart(many);
    expect(chart.series.map((s) => s.label)).toEqual(['A kommun', 'B kommun']);
    expect(chart.series[0]!.cells[0]).toMatchObject({ amount: 5 * 150000, status: 'dokumenterad' });
    expect(chart.series[0]!.cells[1]).toMatchObject({
      amount: null,
      status: 'okänd',
      explanation: '5 av 5 belopp (partnerskap) saknas i källorna.',
    });
    expect(chart.series[1]!.cells[2]).toMatchObject({ amount: 4 * 150000, status: 'föreslagen' });
  });
});

describe('chartRecords', () => {
  it('has exactly one row per drawn cell, unknown as empty, never 0', () => {
    const chart = partnershipChart(data, names);
    const rows = chartRecords(chart);
    const drawn = chart.series.flatMap((s) => s.cells.filter((c) => c !== undefined));
    expect(drawn.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(drawn.length);
    const unknown = rows.filter((r) => r.status === 'okänd');
    expect(unknown.length).toBeGreaterThan(0);
    expect(unknown.every((r) => r.belopp_kr === null)).toBe(true);
    expect(rows.find((r) => r.ar === '2020' && r.serie === 'Förening B: kommunal ersättning')).toMatchObject({
      belopp_kr: 50000,
      status: 'dokumenterad',
      kalla_dokument: P,
      kalla_citat: 'Nämnden betalar Förening B 50 000 kronor per år.',
    });
  });
});

describe('sums and CSV rows keep kinds and sources apart', () => {
  const source = (quote: string) => ({ doc: 'avtal', section: 'ekonomi', quote });
  const data = {
    keys: [{ label: '2018/19' }],
    series: [
      {
        label: 'A: tar emot',
        partyId: 'a',
        kind: 'kommunal ersättning' as const,
        cells: [{ amount: 300, status: 'dokumenterad' as const, explanation: 'e', source: source('Sion får 300') }],
      },
      {
        label: 'A: egen insats',
        partyId: 'a',
        kind: 'egen insats' as const,
        cells: [{ amount: 470, status: 'dokumenterad' as const, explanation: 'e', source: source('insats 470') }],
      },
    ],
  };
  it('sums one kind at a time when asked', () => {
    expect(chartTotals(data, 'kommunal ersättning')[0]!.known).toBe(300);
    expect(chartTotals(data, 'egen insats')[0]!.known).toBe(470);
  });
  it('writes a calendar year, the name the source uses, and links for every row', () => {
    const rows = chartRecords(data, {
      nameIn: (_id, _doc, quote) => (quote.includes('Sion') ? 'Sion' : 'A'),
      link: (s) => `https://x/${s.doc}`,
    });
    expect(rows[0]).toMatchObject({
      ar: '2018/19',
      kalenderar: '2018',
      namn_i_kallan: 'Sion',
      kalla_lank: 'https://x/avtal',
    });
    expect(rows[1]).toMatchObject({ namn_i_kallan: 'A', kalla_citat: 'insats 470' });
  });
  it('gives a sum every passage behind it', () => {
    const sum = {
      keys: [{ label: '2018' }],
      series: [
        {
          label: 'S',
          kind: 'kommunal ersättning' as const,
          cells: [
            { amount: 700, status: 'dokumenterad' as const, explanation: 'e', sources: [source('a'), source('b')] },
          ],
        },
      ],
    };
    expect(chartRecords(sum)[0]).toMatchObject({ kalla_dokument: 'avtal', kalla_citat: 'a | b' });
  });
});
