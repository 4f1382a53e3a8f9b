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

const meetingsOf = (id: string) => content.documents.filter((d) => d.data.partnership.id === id).flatMap((d) => d.data.meetingsMentioned);

describe('followUpRecord on 2026-11-22', () => {
  it('001: tells a published report from a meeting the sources mention; proposed requirements apart', () => {
    const p = partnership('social-gemenskap-och-kamratstod');
    const record = followUpRecord(p.data, followUpsOf(p.id), '2026-11-22', meetingsOf(p.id));
    expect(record.requirements.map((r) => [r.period.from, r.perYear, r.basis, r.proposed])).toEqual([
      ['2018-01-01', 2, 'villkor', false],
      ['2021-01-01', undefined, 'okänt', false],
      ['2024-01-01', 1, 'period', true],
    ]);
    expect(record.slots.map((s) => [s.label, s.status, s.document?.id, s.proposed])).toEqual([
      ['första halvåret 2018', 'möte nämns', undefined, false],
      ['andra halvåret 2018', 'rapport', 'uppfoljning-social-gemenskap-odaterad', false],
      ['första halvåret 2019', 'möte nämns', undefined, false],
      ['andra halvåret 2019', 'möte nämns', undefined, false],
      ['första halvåret 2020', 'möte nämns', undefined, false],
      ['andra halvåret 2020', 'rapport', 'uppfoljning-social-gemenskap-2020', false],
      ['2024', 'inget i källorna', undefined, true],
      ['2025', 'inget i källorna', undefined, true],
      ['2026', 'ej förfallen', undefined, true],
    ]);
    expect([record.due, record.found, record.mentioned, record.none, record.pending]).toEqual([6, 2, 4, 0, 0]);
    expect(record.proposed).toEqual({ due: 2, found: 0, mentioned: 0, none: 2, pending: 1 });
    expect(record.outside).toEqual([]);
  });
  it('fills at most as many windows as a counted mention says ("vid två tillfällen")', () => {
    const source = { doc: 'd', section: 's', quote: 'q' };
    const terms = { followUp: { perYear: 4, text: 't', source } } as never;
    const periods = [{ label: 'x', from: '2018-01-01', to: '2018-12-31', basis: 'avtal' as const, source }];
    const record = followUpRecord({ periods, terms }, [], '2026-01-01', [{ from: '2018-01-01', to: '2018-12-31', count: 2, text: 't', source }]);
    expect(record.slots.map((s) => s.status)).toEqual(['möte nämns', 'möte nämns', 'inget i källorna', 'inget i källorna']);
  });
  it('004: one a year for three agreement years, nothing among the sources', () => {
    const p = partnership('socialt-och-ekonomiskt-utsatta');
    const record = followUpRecord(p.data, followUpsOf(p.id), '2026-11-22', meetingsOf(p.id));
    expect(record.slots.map((s) => [s.label, s.status])).toEqual([
      ['2018/19', 'inget i källorna'],
      ['2019/20', 'inget i källorna'],
      ['2020/21', 'inget i källorna'],
    ]);
    expect([record.due, record.found, record.none]).toEqual([3, 0, 3]);
  });
});

describe('renewalFacts', () => {
  it('001: notice is for early withdrawal; no deadline is derived for ending the fixed term', () => {
    const facts = renewalFacts(partnership('social-gemenskap-och-kamratstod').data);
    expect(facts).toEqual({
      endsOn: '2026-12-31',
      endBasis: 'förslag',
      decisionDeadline: '2019-12-31',
      decisionDeadlineIsForEarlierPeriod: true,
      noticeMonths: 6,
      noticeFromEarlierAgreement: true,
    });
    expect(facts).not.toHaveProperty('lastNoticeDay');
  });
  it('004: no notice term and no decision deadline', () => {
    const facts = renewalFacts(partnership('socialt-och-ekonomiskt-utsatta').data);
    expect(facts).toMatchObject({ endsOn: '2021-06-30', endBasis: 'avtal', decisionDeadline: undefined, noticeMonths: undefined });
  });
});

describe('sourceGaps', () => {
  it('names what the sources do not say for 001', () => {
    const p = partnership('social-gemenskap-och-kamratstod');
    const docs = content.documents.filter((d) => d.data.partnership.id === p.id);
    const gaps = sourceGaps(p.data, docs, fundingSeries(p.data), followUpRecord(p.data, followUpsOf(p.id), '2026-11-22', meetingsOf(p.id)));
    expect(gaps).toContain('Beslutet om perioden 2021-01-01 – 2023-12-31 och dess villkor finns inte bland källorna.');
    expect(gaps).toContain('Om förslaget från 2023-08-30 antogs framgår inte av källorna.');
    expect(gaps).toContain('Kommunal ersättning saknas helt eller delvis för 5 av 9 avtalsår: 2019, 2020, 2021, 2022, 2023.');
    expect(gaps).toContain(
      '4 av 6 uppföljningar som överenskommelsen kräver och vars tid har gått ut har ingen publicerad rapport bland källorna; ' +
        'för 4 av dem nämner källorna att parterna har träffats.',
    );
    expect(gaps).toContain(
      'Förslaget kräver 2 uppföljningar vars tid har gått ut; ingen rapport finns bland källorna för 2 av dem. Om förslaget antogs framgår inte av källorna.',
    );
    expect(gaps.join(' ')).not.toMatch(/6 av 8/);
    expect(gaps).toContain('Hur ofta partnerskapet skulle följas upp 2021-01-01 – 2023-12-31 framgår inte av källorna.');
  });
  it('names the missing terms of 004', () => {
    const p = partnership('socialt-och-ekonomiskt-utsatta');
    const gaps = sourceGaps(p.data, [], fundingSeries(p.data), followUpRecord(p.data, [], '2026-11-22'));
    expect(gaps).toContain('Överenskommelsen anger ingen uppsägningstid.');
    expect(gaps).toContain('Överenskommelsen anger ingen sista dag för beslut om förändring, förlängning eller upphörande.');
  });
});
