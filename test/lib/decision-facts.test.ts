import { describe, expect, it } from 'vitest';
import { decisionFacts, moneyRuns, runLabel } from '../../src/lib/decision-facts';
import { fundingSeries } from '../../src/lib/funding';
import { followUpRecord } from '../../src/lib/follow-ups';
import type { PartnershipData } from '../../src/schemas/partnership';

type Line = PartnershipData['funding'][number];
type Period = PartnershipData['periods'][number];

const src = (quote: string) => ({ doc: 'avtal', section: 'ekonomi', quote });
const period = (from: string, to: string, basis: Period['basis'] = 'avtal'): Period => ({
  label: `${from}–${to}`,
  from,
  to,
  basis,
  source: src(`period ${from}`),
});
const line = (
  party: string,
  kind: Line['kind'],
  amount: number,
  from: string,
  to: string,
  extra: Partial<Line> = {},
): Line =>
  ({
    party: { id: party, collection: 'organisations' },
    kind,
    from,
    to,
    perYear: true,
    amount,
    status: 'dokumenterad',
    source: src(`${party} ${kind} ${amount}`),
    ...extra,
  }) as Line;

describe('moneyRuns', () => {
  it('folds equal years into one run and keeps unknown years apart, never as 0', () => {
    const partnership = {
      periods: [period('2018-01-01', '2020-12-31'), period('2021-01-01', '2022-12-31', 'saknas i källorna')],
      funding: [
        line('a', 'kommunal ersättning', 400000, '2018-01-01', '2020-12-31', { indexedFrom: '2019-01-01' }),
        line('b', 'kommunal ersättning', 300000, '2018-01-01', '2020-12-31', { indexedFrom: '2019-01-01' }),
        line('b', 'egen insats', 470000, '2018-01-01', '2020-12-31'),
      ],
    };
    const series = fundingSeries(partnership);
    const municipal = moneyRuns(series, 'kommunal ersättning');
    expect(municipal.map((r) => [runLabel(r), r.perYear, r.unknownCount, r.valueCount, r.proposed])).toEqual([
      ['2018', 700000, 0, 2, false],
      ['2019–2022', null, 2, 2, false],
    ]);
    // Each known amount's passage, once, for the years it covers.
    expect(municipal[0]!.sources.map((s) => s.quote)).toEqual([
      'a kommunal ersättning 400000',
      'b kommunal ersättning 300000',
    ]);
    expect(municipal[1]!.sources).toEqual([]);
    const own = moneyRuns(series, 'egen insats');
    expect(own.map((r) => [runLabel(r), r.perYear])).toEqual([
      ['2018–2020', 470000],
      ['2021–2022', null],
    ]);
    expect(own[0]!.sources).toHaveLength(1);
  });

  it('counts a partly unknown year as known sum plus missing amounts, and marks proposed amounts', () => {
    const partnership = {
      periods: [period('2024-01-01', '2025-12-31', 'förslag')],
      funding: [
        line('a', 'kommunal ersättning', 452948, '2024-01-01', '2025-12-31', { status: 'föreslagen' }),
        line('b', 'kommunal ersättning', 100000, '2024-01-01', '2024-12-31', { perYear: false }),
      ],
    };
    const runs = moneyRuns(fundingSeries(partnership), 'kommunal ersättning');
    expect(runs.map((r) => [runLabel(r), r.perYear, r.unknownCount, r.valueCount, r.proposed])).toEqual([
      ['2024', 552948, 0, 2, true],
      ['2025', 452948, 1, 2, true],
    ]);
  });

  it('never turns an amount the source gives without saying per year or in all into a yearly amount', () => {
    const unstated = { perYear: 'framgår inte av källan' as const, status: 'föreslagen' as const };
    const partnership = {
      periods: [period('2023-01-01', '2023-12-31'), period('2024-01-01', '2026-12-31', 'förslag')],
      funding: [
        line('a', 'kommunal ersättning', 500000, '2023-01-01', '2023-12-31'),
        line('a', 'kommunal ersättning', 452948, '2024-01-01', '2026-12-31', unstated),
        line('b', 'kommunal ersättning', 339690, '2024-01-01', '2026-12-31', unstated),
      ],
    };
    const runs = moneyRuns(fundingSeries(partnership), 'kommunal ersättning');
    expect(runs.map((r) => [runLabel(r), r.perYear, r.unknownCount, r.valueCount, r.proposed])).toEqual([
      ['2023', 500000, 1, 2, false],
      ['2024–2026', null, 2, 2, false],
    ]);
    expect(runs[0]!.basisUnstated).toEqual([]);
    // Both lines give an amount for the same period, so their sum is what the source says for that period.
    expect(runs[1]!.basisUnstated).toEqual([
      {
        from: '2024-01-01',
        to: '2026-12-31',
        amount: 792638,
        proposed: true,
        sources: [src('a kommunal ersättning 452948'), src('b kommunal ersättning 339690')],
      },
    ]);
  });

  it('labels fiscal years as written and gives no runs for a kind without lines', () => {
    const partnership = {
      periods: [period('2018-07-01', '2020-06-30')],
      funding: [line('a', 'kommunal ersättning', 1800000, '2018-07-01', '2020-06-30')],
    };
    const series = fundingSeries(partnership);
    expect(moneyRuns(series, 'kommunal ersättning').map(runLabel)).toEqual(['2018/19–2019/20']);
    expect(moneyRuns(series, 'egen insats')).toEqual([]);
  });
});

describe('decisionFacts', () => {
  const partnership = {
    periods: [
      period('2024-01-01', '2026-12-31', 'förslag'),
      period('2018-01-01', '2020-12-31'),
      period('2021-01-01', '2023-12-31', 'saknas i källorna'),
    ],
    funding: [line('a', 'kommunal ersättning', 700000, '2018-01-01', '2018-12-31', { perYear: false })],
    terms: { followUp: { perYear: 1, text: 'årligen', source: src('årligen') } } as unknown as PartnershipData['terms'],
  };
  const build = (today: string) =>
    decisionFacts({
      partnership,
      series: fundingSeries(partnership),
      record: followUpRecord(partnership, [{ id: 'u', title: 'Uppföljning', date: '2018-12' }], today),
      pendingProposals: [{ id: 'forslag', title: 'Förslag', date: { value: '2023-08-30', precision: 'dag' } }],
      gaps: [{ text: 'Beslutet saknas.', document: undefined }],
      today,
    });

  it('rests a running status on the last decided period, and says when its decision is not among the sources', () => {
    const facts = build('2022-06-01');
    expect(facts.status).toMatchObject({ kind: 'pågår', endsOn: '2023-12-31' });
    expect(facts.endPeriod.source.quote).toBe('period 2021-01-01');
    expect(facts.endIsUndocumented).toBe(true);
    expect(facts.periods.map((p) => p.from)).toEqual(['2018-01-01', '2021-01-01', '2024-01-01']);
  });

  it('inside a period that is only proposed, reports it as proposed with the passage of the proposal', () => {
    const facts = build('2026-11-22');
    expect(facts.status).toEqual({
      kind: 'enligt förslag',
      lastDecidedEnd: '2023-12-31',
      proposedEnd: '2026-12-31',
      daysLeft: 39,
    });
    expect(facts.lastPeriod.to).toBe('2026-12-31');
    expect(facts.lastPeriod.source.quote).toBe('period 2024-01-01');
  });

  it('is unknown after the last period, and counts follow-ups by what the terms required', () => {
    const facts = build('2027-03-01');
    expect(facts.status).toEqual({ kind: 'okänd', lastKnownEnd: '2026-12-31' });
    // The agreement asks one a year in 2018–2020 (one found), 2021–2023 has no known duty, the proposal's years none.
    expect(facts.followUps).toMatchObject({ due: 3, found: 1, mentioned: 0, none: 2, pending: 0 });
    expect(facts.followUps.proposed).toMatchObject({ due: 0, pending: 0 });
    expect(facts.followUps.unknownPeriods).toEqual([
      { from: '2021-01-01', to: '2023-12-31' },
      { from: '2024-01-01', to: '2026-12-31' },
    ]);
    expect(facts.pendingProposals.map((p) => p.id)).toEqual(['forslag']);
    expect(facts.gaps.map((g) => g.text)).toEqual(['Beslutet saknas.']);
  });

  it('shows money per year for both kinds, unknown years included, and no runs for a kind without lines', () => {
    const facts = build('2026-11-22');
    expect(facts.money.map((m) => [m.kind, m.runs.length])).toEqual([
      ['kommunal ersättning', 2],
      ['egen insats', 0],
    ]);
    expect(facts.money[0]!.runs.map((r) => [runLabel(r), r.perYear])).toEqual([
      ['2018', 700000],
      ['2019–2026', null],
    ]);
  });
});
