import { describe, expect, it } from 'vitest';
import { agreementYears, fundingSeries, splitIntoYears, valueOfLine, yearTotals } from '../../src/lib/funding';
import type { FundingLine } from '../../src/schemas/funding';
import type { PartnershipData } from '../../src/schemas/partnership';
import { fixturePartnership } from '../support/fixtures';

const source = { doc: 'd', section: 's', quote: 'citat' };
const line = (over: Partial<FundingLine>): FundingLine =>
  ({
    party: { id: 'a', collection: 'organisations' },
    kind: 'kommunal ersättning',
    payer: { id: 'n', collection: 'organisations' },
    from: '2018-01-01',
    to: '2020-12-31',
    perYear: true,
    amount: 100,
    status: 'dokumenterad',
    source,
    ...over,
  }) as FundingLine;

describe('splitIntoYears', () => {
  it('splits a calendar term into calendar years', () => {
    expect(splitIntoYears('2018-01-01', '2020-12-31').map((y) => [y.label, y.from, y.to])).toEqual([
      ['2018', '2018-01-01', '2018-12-31'],
      ['2019', '2019-01-01', '2019-12-31'],
      ['2020', '2020-01-01', '2020-12-31'],
    ]);
  });
  it('splits a July–June term into fiscal years', () => {
    expect(splitIntoYears('2018-07-01', '2021-06-30').map((y) => [y.label, y.from, y.to])).toEqual([
      ['2018/19', '2018-07-01', '2019-06-30'],
      ['2019/20', '2019-07-01', '2020-06-30'],
      ['2020/21', '2020-07-01', '2021-06-30'],
    ]);
  });
  it('ends a short last year on the term’s last day', () => {
    expect(splitIntoYears('2018-07-01', '2019-12-31').at(-1)).toEqual({
      from: '2019-07-01',
      to: '2019-12-31',
      label: '2019',
    });
  });
});

describe('valueOfLine', () => {
  const [y2018, y2019] = splitIntoYears('2018-01-01', '2020-12-31');
  it('documents the first year and derives later years of a per-year amount', () => {
    expect(valueOfLine(line({}), y2018!)).toMatchObject({ amount: 100, status: 'dokumenterad' });
    expect(valueOfLine(line({}), y2019!)).toMatchObject({ amount: 100, status: 'härledd' });
  });
  it('makes indexed years unknown: null, never the first year’s amount and never 0', () => {
    const cell = valueOfLine(line({ indexedFrom: '2019-01-01' }), y2019!)!;
    expect(cell.amount).toBeNull();
    expect(cell.status).toBe('okänd');
    expect(cell.explanation).toMatch(/index/);
  });
  it('keeps proposed amounts proposed in every year', () => {
    const proposal = line({ status: 'föreslagen', decidedBy: 'forslag' });
    expect(valueOfLine(proposal, y2018!)!.status).toBe('föreslagen');
    expect(valueOfLine(proposal, y2019!)).toMatchObject({ status: 'föreslagen', amount: 100 });
  });
  it('gives no yearly amount for a line whose source does not say per year or in all, and keeps what it says', () => {
    const unstated = line({ perYear: 'framgår inte av källan', amount: 792638, status: 'föreslagen' });
    for (const year of [y2018!, y2019!]) {
      const cell = valueOfLine(unstated, year)!;
      expect(cell).toMatchObject({ amount: null, status: 'okänd', source });
      expect(cell.basisUnstated).toEqual({
        amount: 792638,
        from: '2018-01-01',
        to: '2020-12-31',
        status: 'föreslagen',
      });
      expect(cell.explanation.replace(/\s/g, ' ')).toBe(
        'Förslaget anger 792 638 kr för 2018-01-01 – 2020-12-31 men inte om beloppet gäller per år eller för hela ' +
          'perioden; beloppet för året är därför okänt.',
      );
    }
    const periods = [{ label: 'a', from: '2018-01-01', to: '2020-12-31', basis: 'förslag' as const, source }];
    const totals = yearTotals(fundingSeries({ periods, funding: [unstated] }));
    expect(totals.map((t) => [t.known, t.unknownCount])).toEqual([
      [0, 1],
      [0, 1],
      [0, 1],
    ]);
  });
  it('applies a one-period amount only to that period', () => {
    const once = line({ perYear: false, to: '2018-12-31' });
    expect(valueOfLine(once, y2018!)).toMatchObject({ amount: 100 });
    expect(valueOfLine(once, y2019!)).toBeUndefined();
  });
});

describe('fundingSeries and yearTotals', () => {
  const p: Pick<PartnershipData, 'periods' | 'funding'> = {
    periods: [
      { label: 'a', from: '2018-01-01', to: '2019-12-31', basis: 'avtal', source },
      { label: 'b', from: '2020-01-01', to: '2020-12-31', basis: 'saknas i källorna', source },
    ],
    funding: [
      line({ to: '2019-12-31', indexedFrom: '2019-01-01' }),
      line({ party: { id: 'b', collection: 'organisations' }, kind: 'egen insats', to: '2019-12-31', amount: 50 }),
    ],
  };
  it('has a cell for every agreement year of every period, unknown where no line covers it', () => {
    const rows = fundingSeries(p);
    expect(agreementYears(p).map((y) => y.label)).toEqual(['2018', '2019', '2020']);
    expect(rows.map((r) => r.cells.map((c) => c.amount))).toEqual([
      [100, null, null],
      [50, 50, null],
    ]);
  });
  it('sums only known values and says how many it leaves out', () => {
    expect(yearTotals(fundingSeries(p)).map((t) => [t.known, t.unknownCount, t.derivedCount])).toEqual([
      [150, 0, 0],
      [50, 1, 1],
      [0, 2, 0],
    ]);
  });
});

describe('fundingSeries on the fixture partnership', () => {
  const cell = (party: string, kind: string, year: string) =>
    fundingSeries(fixturePartnership())
      .find((r) => r.partyId === party && r.kind === kind)!
      .cells.find((c) => c.year.label === year)!;

  it('documents the first year, makes indexed years unknown and derives unindexed ones', () => {
    expect(cell('forening-a', 'kommunal ersättning', '2020')).toMatchObject({ amount: 100000, status: 'dokumenterad' });
    expect(cell('forening-a', 'kommunal ersättning', '2021')).toMatchObject({ amount: null, status: 'okänd' });
    expect(cell('forening-b', 'kommunal ersättning', '2021')).toMatchObject({ amount: 50000, status: 'härledd' });
    expect(cell('forening-a', 'egen insats', '2021')).toMatchObject({ amount: 30000, status: 'härledd' });
  });
  it('shows the proposed year as proposed and years no line covers as unknown', () => {
    expect(cell('forening-a', 'kommunal ersättning', '2022')).toMatchObject({ amount: 110000, status: 'föreslagen' });
    expect(cell('forening-b', 'kommunal ersättning', '2022')).toMatchObject({ amount: null, status: 'okänd' });
  });
});
