import { beforeAll, describe, expect, it } from 'vitest';
import { dateInterval, followUpRecord, slotsFor } from '../../src/lib/follow-ups';
import { renewalFacts } from '../../src/lib/renewal';
import { sourceGaps } from '../../src/lib/gaps';
import { fundingSeries } from '../../src/lib/funding';
import type { SiteContent } from '../../src/lib/integrity';
import { loadContent } from '../support/load-content';

let content: SiteContent;
beforeAll(() => {
  content = loadContent(process.cwd());
});
const partnership = (id: string) => content.partnerships.find((p) => p.id === id)!;
const followUpsOf = (id: string) =>
  content.documents.filter((d) => d.data.partnership.id === id && d.data.kind === 'uppföljning').map((d) => ({ id: d.id, title: d.data.title, date: d.data.date.value! }));

describe('dateInterval and slots', () => {
  it('reads year, month and day dates as the days they can mean', () => {
    expect(dateInterval('2020')).toEqual({ from: '2020-01-01', to: '2020-12-31' });
    expect(dateInterval('2018-12')).toEqual({ from: '2018-12-01', to: '2018-12-31' });
    expect(dateInterval('2023-08-30')).toEqual({ from: '2023-08-30', to: '2023-08-30' });
  });
  it('makes half-year windows for two follow-ups a year', () => {
    const source = { doc: 'd', section: 's', quote: 'q' };
    const slots = slotsFor({ label: 'x', from: '2018-07-01', to: '2019-06-30', basis: 'avtal', source }, 2);
    expect(slots.map((s) => [s.label, s.from, s.to])).toEqual([
      ['första halvåret 2018/19', '2018-07-01', '2018-12-31'],
      ['andra halvåret 2018/19', '2019-01-01', '2019-06-30'],
    ]);
  });
});

describe('followUpRecord on 2026-11-22', () => {
  it('001: 6 required in 2018–2020, 2 among the sources; 2021–2023 unknown; yearly from 2024 by the proposal', () => {
    const p = partnership('social-gemenskap-och-kamratstod');
    const record = followUpRecord(p.data, followUpsOf(p.id), '2026-11-22');
    expect(record.requirements.map((r) => [r.period.from, r.perYear, r.basis])).toEqual([
      ['2018-01-01', 2, 'villkor'],
      ['2021-01-01', undefined, 'okänt'],
      ['2024-01-01', 1, 'period'],
    ]);
    expect(record.slots.map((s) => [s.label, s.status, s.document?.id])).toEqual([
      ['första halvåret 2018', 'saknas', undefined],
      ['andra halvåret 2018', 'finns', 'uppfoljning-social-gemenskap-odaterad'],
      ['första halvåret 2019', 'saknas', undefined],
      ['andra halvåret 2019', 'saknas', undefined],
      ['första halvåret 2020', 'saknas', undefined],
      ['andra halvåret 2020', 'finns', 'uppfoljning-social-gemenskap-2020'],
      ['2024', 'saknas', undefined],
      ['2025', 'saknas', undefined],
      ['2026', 'ej förfallen', undefined],
    ]);
    expect([record.due, record.found, record.missing, record.pending]).toEqual([8, 2, 6, 1]);
    expect(record.outside).toEqual([]);
  });
  it('004: one a year for three agreement years, none among the sources', () => {
    const p = partnership('socialt-och-ekonomiskt-utsatta');
    const record = followUpRecord(p.data, followUpsOf(p.id), '2026-11-22');
    expect(record.slots.map((s) => [s.label, s.status])).toEqual([
      ['2018/19', 'saknas'],
      ['2019/20', 'saknas'],
      ['2020/21', 'saknas'],
    ]);
    expect([record.due, record.found, record.missing]).toEqual([3, 0, 3]);
  });
});

describe('renewalFacts on 2026-11-22', () => {
  it('001: ends 2026-12-31 by the proposal; notice from the 2017 agreement gives a last notice day already passed', () => {
    const facts = renewalFacts(partnership('social-gemenskap-och-kamratstod').data, '2026-11-22');
    expect(facts).toEqual({
      endsOn: '2026-12-31',
      endBasis: 'förslag',
      decisionDeadline: '2019-12-31',
      decisionDeadlineIsForEarlierPeriod: true,
      noticeMonths: 6,
      lastNoticeDay: '2026-06-30',
      daysToLastNotice: -145,
      noticeFromEarlierAgreement: true,
    });
  });
  it('004: no notice term and no decision deadline', () => {
    const facts = renewalFacts(partnership('socialt-och-ekonomiskt-utsatta').data, '2026-11-22');
    expect(facts).toMatchObject({ endsOn: '2021-06-30', endBasis: 'avtal', decisionDeadline: undefined, noticeMonths: undefined, lastNoticeDay: undefined });
  });
});

describe('sourceGaps', () => {
  it('names what the sources do not say for 001', () => {
    const p = partnership('social-gemenskap-och-kamratstod');
    const docs = content.documents.filter((d) => d.data.partnership.id === p.id);
    const gaps = sourceGaps(p.data, docs, fundingSeries(p.data), followUpRecord(p.data, followUpsOf(p.id), '2026-11-22'));
    expect(gaps).toContain('Beslutet om perioden 2021-01-01 – 2023-12-31 och dess villkor finns inte bland källorna.');
    expect(gaps).toContain('Om förslaget från 2023-08-30 antogs framgår inte av källorna.');
    expect(gaps).toContain('Kommunal ersättning saknas helt eller delvis för 5 av 9 avtalsår: 2019, 2020, 2021, 2022, 2023.');
    expect(gaps).toContain('6 av 8 uppföljningar som villkoren kräver och vars tid har gått ut finns inte bland källorna.');
    expect(gaps).toContain('Hur ofta partnerskapet skulle följas upp 2021-01-01 – 2023-12-31 framgår inte av källorna.');
  });
  it('names the missing terms of 004', () => {
    const p = partnership('socialt-och-ekonomiskt-utsatta');
    const gaps = sourceGaps(p.data, [], fundingSeries(p.data), followUpRecord(p.data, [], '2026-11-22'));
    expect(gaps).toContain('Överenskommelsen anger ingen uppsägningstid.');
    expect(gaps).toContain('Överenskommelsen anger ingen sista dag för beslut om förändring, förlängning eller upphörande.');
  });
});
