import { beforeAll, describe, expect, it } from 'vitest';
import { chartRecords, chartTotals, describeChart, municipalityChart, organisationChart, partnershipChart } from '../../src/lib/chart-data';
import type { SiteContent } from '../../src/lib/integrity';
import { loadContent } from '../support/load-content';

let content: SiteContent;
const names = (id: string) => content.organisations.find((o) => o.id === id)!.data.name;
const p = (id: string) => content.partnerships.find((x) => x.id === id)!;
beforeAll(() => {
  content = loadContent(process.cwd());
});

describe('partnershipChart', () => {
  it('has one series per party and kind, municipal first, with null for unknown', () => {
    const chart = partnershipChart(p('social-gemenskap-och-kamratstod').data, names);
    expect(chart.keys.map((k) => k.label)).toEqual(['2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']);
    expect(chart.series.map((s) => s.label)).toEqual([
      'Pingstförsamlingen: kommunal ersättning',
      'IOGT-NTO: kommunal ersättning',
      'IOGT-NTO: egen insats',
      'Pingstförsamlingen: egen insats',
    ]);
    expect(chart.series[0]!.cells.map((c) => c?.amount)).toEqual([400000, null, null, null, null, null, 452948, 452948, 452948]);
  });
  it('totals exclude unknown values and count them', () => {
    const totals = chartTotals(partnershipChart(p('social-gemenskap-och-kamratstod').data, names));
    expect(totals[0]).toEqual({ known: 2400000, unknownCount: 0, proposedCount: 0, valueCount: 4 });
    expect(totals[1]).toEqual({ known: 1700000, unknownCount: 2, proposedCount: 0, valueCount: 4 });
    expect(totals[3]).toEqual({ known: 0, unknownCount: 4, proposedCount: 0, valueCount: 4 });
    expect(totals[6]).toEqual({ known: 792638, unknownCount: 2, proposedCount: 2, valueCount: 4 });
  });
});

describe('describeChart', () => {
  it('says in words what the chart shows, unknown as unknown and proposals as proposals', () => {
    const text = describeChart(partnershipChart(p('social-gemenskap-och-kamratstod').data, names), 'Pengar').replace(/\u00a0/g, ' ');
    expect(text).toContain('Pengar, 2018–2026.');
    expect(text).toContain('2018: kommunal ersättning 700 000 kr; egna insatser 1 700 000 kr.');
    expect(text).toContain('2019–2020: kommunal ersättning saknas i källorna; egna insatser 1 700 000 kr (härlett) per år.');
    expect(text).toContain('2021–2023: kommunal ersättning saknas i källorna; egna insatser saknas i källorna per år.');
    expect(text).toContain('2024–2026: kommunal ersättning 792 638 kr enligt förslag; egna insatser saknas i källorna per år.');
  });
  it('describes the second partnership’s fiscal years', () => {
    const text = describeChart(partnershipChart(p('socialt-och-ekonomiskt-utsatta').data, names), 'Pengar').replace(/\u00a0/g, ' ');
    expect(text).toContain('2018/19: kommunal ersättning 1 800 000 kr; egna insatser 2 432 475 kr.');
    expect(text).toContain('2019/20–2020/21: kommunal ersättning saknas i källorna; egna insatser 2 432 475 kr (härlett) per år.');
  });
});

describe('organisation and municipality charts', () => {
  it('shows what an organisation receives and contributes across partnerships', () => {
    const partnerships = content.partnerships.map((x) => ({ shortTitle: x.data.shortTitle, data: x.data }));
    const chart = organisationChart('iogt-nto', partnerships);
    expect(chart.series.map((s) => s.label)).toEqual(['Social gemenskap och kamratstöd: tar emot', 'Social gemenskap och kamratstöd: egen insats']);
    expect(chart.series[0]!.cells[0]).toMatchObject({ amount: 300000, status: 'dokumenterad' });
  });
  it('sums the municipality’s payments per partnership and year, unknown if any part is unknown', () => {
    const partnerships = content.partnerships.map((x) => ({ shortTitle: x.data.shortTitle, municipality: 'Linköpings kommun', data: x.data }));
    const chart = municipalityChart(partnerships);
    expect(chart.keys.map((k) => k.label)).toEqual(['2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']);
    const social = chart.series.find((s) => s.label === 'Social gemenskap och kamratstöd')!;
    const utsatta = chart.series.find((s) => s.label === 'Människor i socialt och ekonomiskt utsatt situation')!;
    expect(social.cells.map((c) => c?.amount)).toEqual([700000, null, null, null, null, null, 792638, 792638, 792638]);
    expect(utsatta.cells.map((c) => c?.amount)).toEqual([1800000, null, null, undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(social.cells[6]!.status).toBe('föreslagen');
  });
});

describe('municipalityChart on a large site', () => {
  it('has one series per municipality beyond eight partnerships, unknown where any part is unknown', () => {
    const real = content.partnerships.find((x) => x.id === 'social-gemenskap-och-kamratstod')!.data;
    const many = Array.from({ length: 9 }, (_, i) => ({ shortTitle: `P${i}`, municipality: i < 5 ? 'A kommun' : 'B kommun', data: real }));
    const chart = municipalityChart(many);
    expect(chart.series.map((s) => s.label)).toEqual(['A kommun', 'B kommun']);
    expect(chart.series[0]!.cells[0]).toMatchObject({ amount: 5 * 700000, status: 'dokumenterad' });
    expect(chart.series[0]!.cells[1]).toMatchObject({ amount: null, status: 'okänd', explanation: '5 av 5 belopp (partnerskap) saknas i källorna.' });
    expect(chart.series[1]!.cells[6]).toMatchObject({ amount: 4 * 792638, status: 'föreslagen' });
  });
});

describe('chartRecords', () => {
  it('has exactly one row per drawn cell, unknown as empty, never 0', () => {
    const chart = partnershipChart(p('social-gemenskap-och-kamratstod').data, names);
    const rows = chartRecords(chart);
    expect(rows).toHaveLength(9 * 4);
    const unknown = rows.filter((r) => r.status === 'okänd');
    expect(unknown.length).toBeGreaterThan(0);
    expect(unknown.every((r) => r.belopp_kr === null)).toBe(true);
    expect(rows.find((r) => r.ar === '2018' && r.serie === 'IOGT-NTO: kommunal ersättning')).toMatchObject({ belopp_kr: 300000, status: 'dokumenterad', kalla_dokument: 'social-gemenskap-och-kamratstod' });
  });
});

describe('sums and CSV rows keep kinds and sources apart', () => {
  const source = (quote: string) => ({ doc: 'avtal', section: 'ekonomi', quote });
  const data = {
    keys: [{ label: '2018/19' }],
    series: [
      { label: 'A: tar emot', partyId: 'a', kind: 'kommunal ersättning' as const, cells: [{ amount: 300, status: 'dokumenterad' as const, explanation: 'e', source: source('Sion får 300') }] },
      { label: 'A: egen insats', partyId: 'a', kind: 'egen insats' as const, cells: [{ amount: 470, status: 'dokumenterad' as const, explanation: 'e', source: source('insats 470') }] },
    ],
  };
  it('sums one kind at a time when asked', () => {
    expect(chartTotals(data, 'kommunal ersättning')[0]!.known).toBe(300);
    expect(chartTotals(data, 'egen insats')[0]!.known).toBe(470);
  });
  it('writes a calendar year, the name the source uses, and links for every row', () => {
    const rows = chartRecords(data, { nameIn: (_id, _doc, quote) => (quote.includes('Sion') ? 'Sion' : 'A'), link: (s) => `https://x/${s.doc}` });
    expect(rows[0]).toMatchObject({ ar: '2018/19', kalenderar: '2018', namn_i_kallan: 'Sion', kalla_lank: 'https://x/avtal' });
    expect(rows[1]).toMatchObject({ namn_i_kallan: 'A', kalla_citat: 'insats 470' });
  });
  it('gives a sum every passage behind it', () => {
    const sum = { keys: [{ label: '2018' }], series: [{ label: 'S', kind: 'kommunal ersättning' as const, cells: [{ amount: 700, status: 'dokumenterad' as const, explanation: 'e', sources: [source('a'), source('b')] }] }] };
    expect(chartRecords(sum)[0]).toMatchObject({ kalla_dokument: 'avtal', kalla_citat: 'a | b' });
  });
});
