// The seed facts, derived: the one unit test that reads content/ (the five Linköping source documents). Every
// other unit test runs on the inline fixtures in test/support/fixtures.ts; the built pages' seed facts are checked
// in test/e2e/seed-facts.test.ts. When a correction to the content changes a figure, this file and that one change.
import { describe, expect, it } from 'vitest';
import {
  chartTotals,
  describeChart,
  municipalityChart,
  organisationChart,
  partnershipChart,
} from '../../src/lib/chart-data';
import { compareRows } from '../../src/lib/compare';
import { moneyRuns, runLabel } from '../../src/lib/decision-facts';
import { followUpRecord } from '../../src/lib/follow-ups';
import { fundingSeries } from '../../src/lib/funding';
import { sourceGaps } from '../../src/lib/gaps';
import { findIntegrityErrors } from '../../src/lib/integrity';
import { FUNDING_COLUMNS, fundingRecords, keyFigureRecords } from '../../src/lib/open-data';
import { parseCsv, toCsv } from '../../src/lib/csv';
import { renewalFacts } from '../../src/lib/renewal';
import { partnershipStatus } from '../../src/lib/status';
import { loadContent } from '../support/load-content';

const content = loadContent(process.cwd());
const TODAY = '2026-11-22';
const P001 = 'social-gemenskap-och-kamratstod';
const P004 = 'socialt-och-ekonomiskt-utsatta';
const partnership = (id: string) => {
  const found = content.partnerships.find((p) => p.id === id);
  if (!found) throw new Error(`seed partnership ${id} is missing from content/`);
  return found;
};
const names = (id: string) => content.organisations.find((o) => o.id === id)!.data.name;
const followUpsOf = (id: string) =>
  content.documents
    .filter((d) => d.data.partnership.id === id && d.data.kind === 'uppföljning')
    .map((d) => ({ id: d.id, title: d.data.title, date: d.data.date.value! }));
const meetingsOf = (id: string) =>
  content.documents.filter((d) => d.data.partnership.id === id).flatMap((d) => d.data.meetingsMentioned);
const nbsp = (text: string) => text.replace(/\u00a0/g, ' ');

describe('the published content', () => {
  it('holds the seed partnerships and passes the schemas and every integrity rule', () => {
    expect(content.partnerships.map((p) => p.id)).toEqual(expect.arrayContaining([P001, P004]));
    expect(findIntegrityErrors(content)).toEqual([]);
  });
});

describe(`status on ${TODAY}`, () => {
  it('001 is only proposed after 2023-12-31, not running', () => {
    expect(partnershipStatus(partnership(P001).data, TODAY)).toEqual({
      kind: 'enligt förslag',
      lastDecidedEnd: '2023-12-31',
      proposedEnd: '2026-12-31',
      daysLeft: 39,
    });
  });
  it('004 is unknown after 2021-06-30', () => {
    expect(partnershipStatus(partnership(P004).data, TODAY)).toEqual({ kind: 'okänd', lastKnownEnd: '2021-06-30' });
  });
});

describe('funding per agreement year', () => {
  const cell = (id: string, party: string, kind: string, year: string) =>
    fundingSeries(partnership(id).data)
      .find((r) => r.partyId === party && r.kind === kind)!
      .cells.find((c) => c.year.label === year)!;

  it('001: 2018 municipal amounts per party; 2019–2023 unknown; 2024–2026 proposed, per year or in all unsaid', () => {
    const municipal = 'kommunal ersättning';
    expect(cell(P001, 'pingstforsamlingen-linkoping', municipal, '2018')).toMatchObject({
      amount: 400000,
      status: 'dokumenterad',
    });
    expect(cell(P001, 'iogt-nto', municipal, '2018')).toMatchObject({ amount: 300000, status: 'dokumenterad' });
    for (const year of ['2019', '2020', '2021', '2022', '2023'])
      for (const party of ['pingstforsamlingen-linkoping', 'iogt-nto'])
        expect(cell(P001, party, municipal, year)).toMatchObject({ amount: null, status: 'okänd' });
    // The proposal gives 452 948 kr and 339 690 kr without saying whether per year or for 2024–2026 in all.
    const proposed = { from: '2024-01-01', to: '2026-12-31', status: 'föreslagen' };
    for (const year of ['2024', '2025', '2026']) {
      expect(cell(P001, 'pingstforsamlingen-linkoping', municipal, year)).toMatchObject({
        amount: null,
        status: 'okänd',
        basisUnstated: { amount: 452948, ...proposed },
      });
      expect(cell(P001, 'iogt-nto', municipal, year)).toMatchObject({
        amount: null,
        status: 'okänd',
        basisUnstated: { amount: 339690, ...proposed },
      });
    }
    expect(cell(P001, 'iogt-nto', 'egen insats', '2019')).toMatchObject({ amount: 470000, status: 'härledd' });
    expect(cell(P001, 'iogt-nto', 'egen insats', '2021')).toMatchObject({ amount: null, status: 'okänd' });
  });

  it('001: the decision facts give 2024–2026 no yearly amount; the proposal’s 792 638 kr is shown for the period', () => {
    const runs = moneyRuns(fundingSeries(partnership(P001).data), 'kommunal ersättning');
    expect(runs.map((r) => [runLabel(r), r.perYear, r.proposed])).toEqual([
      ['2018', 700000, false],
      ['2019–2023', null, false],
      ['2024–2026', null, false],
    ]);
    expect(runs[2]!.basisUnstated).toMatchObject([
      { from: '2024-01-01', to: '2026-12-31', amount: 792638, proposed: true },
    ]);
    expect(runs[2]!.basisUnstated[0]!.sources.map((x) => x.quote)).toEqual([
      'Pingstförsamlingen 452 948 kr',
      'IOGT-NTO 339 690 kr',
    ]);
  });

  it('004: FY 2018/19 split 1 500 000 / 300 000 / 0 (a documented 0), later years unknown', () => {
    const municipal = 'kommunal ersättning';
    expect(cell(P004, 'linkopings-stadsmission', municipal, '2018/19')).toMatchObject({
      amount: 1500000,
      status: 'dokumenterad',
    });
    expect(cell(P004, 'hjarta-till-hjarta', municipal, '2018/19')).toMatchObject({
      amount: 300000,
      status: 'dokumenterad',
    });
    expect(cell(P004, 'linkopings-domkyrkopastorat', municipal, '2018/19')).toMatchObject({
      amount: 0,
      status: 'dokumenterad',
    });
    expect(cell(P004, 'linkopings-domkyrkopastorat', municipal, '2019/20')).toMatchObject({
      amount: null,
      status: 'okänd',
    });
    expect(cell(P004, 'linkopings-stadsmission', 'egen insats', '2020/21')).toMatchObject({
      amount: 1023800,
      status: 'härledd',
    });
  });
});

describe('charts', () => {
  it('001: one series per party and kind, municipal first; totals leave unknown values out and count them', () => {
    const chart = partnershipChart(partnership(P001).data, names);
    expect(chart.keys.map((k) => k.label)).toEqual([
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
    ]);
    expect(chart.series.map((s) => s.label)).toEqual([
      'Pingstförsamlingen: kommunal ersättning',
      'IOGT-NTO: kommunal ersättning',
      'IOGT-NTO: egen insats',
      'Pingstförsamlingen: egen insats',
    ]);
    expect(chart.series[0]!.cells.map((c) => c?.amount)).toEqual([
      400000,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    const totals = chartTotals(chart);
    expect(totals[0]).toEqual({ known: 2400000, unknownCount: 0, proposedCount: 0, valueCount: 4 });
    expect(totals[6]).toEqual({ known: 0, unknownCount: 4, proposedCount: 0, valueCount: 4 });
  });

  it('say in words what they show', () => {
    const text001 = nbsp(describeChart(partnershipChart(partnership(P001).data, names), 'Pengar'));
    expect(text001).toContain('2018: kommunal ersättning 700 000 kr; egna insatser 1 700 000 kr.');
    expect(text001).toContain(
      '2024–2026: kommunal ersättning saknas i källorna (förslaget anger 792 638 kr för 2024-01-01 – 2026-12-31, ' +
        'men inte om per år eller för hela perioden); egna insatser saknas i källorna per år.',
    );
    const text004 = nbsp(describeChart(partnershipChart(partnership(P004).data, names), 'Pengar'));
    expect(text004).toContain('2018/19: kommunal ersättning 1 800 000 kr; egna insatser 2 432 475 kr.');
  });

  it('IOGT-NTO receives 300 000 kr in 2018; the municipality paid 700 000 kr in 001 that year', () => {
    const partnerships = content.partnerships.map((x) => ({ shortTitle: x.data.shortTitle, data: x.data }));
    expect(organisationChart('iogt-nto', partnerships).series[0]!.cells[0]).toMatchObject({ amount: 300000 });
    const chart = municipalityChart(partnerships.map((p) => ({ ...p, municipality: 'Linköpings kommun' })));
    const social = chart.series.find((s) => s.label === partnership(P001).data.shortTitle)!;
    expect(social.cells.map((c) => c?.amount)).toEqual([700000, null, null, null, null, null, null, null, null]);
  });
});

describe(`follow-ups, renewal and gaps on ${TODAY}`, () => {
  it('001: tells a published report from a meeting the sources mention; proposed requirements apart', () => {
    const p = partnership(P001);
    const record = followUpRecord(p.data, followUpsOf(p.id), TODAY, meetingsOf(p.id));
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
  });

  it('004: one a year for three agreement years, nothing among the sources', () => {
    const p = partnership(P004);
    const record = followUpRecord(p.data, followUpsOf(p.id), TODAY, meetingsOf(p.id));
    expect(record.slots.map((s) => [s.label, s.status])).toEqual([
      ['2018/19', 'inget i källorna'],
      ['2019/20', 'inget i källorna'],
      ['2020/21', 'inget i källorna'],
    ]);
  });

  it('001: notice is for early withdrawal; no deadline is derived for ending the fixed term', () => {
    expect(renewalFacts(partnership(P001).data)).toEqual({
      endsOn: '2026-12-31',
      endBasis: 'förslag',
      decisionDeadline: '2019-12-31',
      decisionDeadlineIsForEarlierPeriod: true,
      noticeMonths: 6,
      noticeFromEarlierAgreement: true,
    });
  });

  it('001: names what the sources do not say', () => {
    const p = partnership(P001);
    const docs = content.documents.filter((d) => d.data.partnership.id === p.id);
    const record = followUpRecord(p.data, followUpsOf(p.id), TODAY, meetingsOf(p.id));
    const gaps = sourceGaps(p.data, docs, fundingSeries(p.data), record, p.id);
    expect(gaps).toContainEqual({
      text: 'Beslutet om perioden 2021-01-01 – 2023-12-31 och dess villkor finns inte bland källorna.',
      document: { id: 'forslag-forlangning-social-gemenskap-2023', text: 'gäller förslaget' },
    });
    expect(gaps).toContainEqual({
      text: 'Om förslaget från 2023-08-30 antogs framgår inte av källorna.',
      document: { id: 'forslag-forlangning-social-gemenskap-2023', text: 'gäller förslaget' },
    });
    expect(gaps).toContainEqual({
      text:
        'Kommunal ersättning saknas helt eller delvis för 8 av 9 avtalsår: ' +
        '2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026.',
      document: { id: P001, text: 'saknas i överenskommelsen' },
    });
  });

  it('004: names the missing terms', () => {
    const p = partnership(P004);
    const gaps = sourceGaps(p.data, [], fundingSeries(p.data), followUpRecord(p.data, [], TODAY), p.id);
    expect(gaps).toContainEqual({
      text: 'Överenskommelsen anger ingen uppsägningstid.',
      document: { id: P004, text: 'saknas i överenskommelsen' },
    });
  });
});

describe('comparison', () => {
  it('puts both partnerships’ terms side by side, naming parties as the agreements did', () => {
    const namesIn = (id: string, doc: string) => {
      const org = content.organisations.find((o) => o.id === id)!.data;
      return org.names.find((n) => n.usedIn.some((s) => s.doc === doc))?.name ?? org.name;
    };
    const rows = Object.fromEntries(
      compareRows([partnership(P001).data, partnership(P004).data], namesIn).map((r) => [
        r.term,
        r.cells.map((c) => nbsp(c.text)),
      ]),
    );
    expect(rows['Årligt värde']).toEqual(['2 400 000 kr per år (2018-01 –)', '4 232 475 kr per år (2018-07 –)']);
    expect(rows['Kommunal ersättning och andel']).toEqual([
      '700 000 kr per år, 29 % av värdet',
      '1 800 000 kr per år, 43 % av värdet',
    ]);
    expect(rows['Egna insatser och andel']![1]).toMatch(/^2 432 475 kr per år, 57 % av värdet/);
    expect(rows['Uppsägning']).toEqual([
      '6 månader, skriftligen, om en part vill frånträda i förtid',
      'anges inte i överenskommelsen',
    ]);
    expect(rows['Beslut om fortsättning senast']).toEqual(['2019-12-31', 'anges inte i överenskommelsen']);
    expect(rows['Parter']![0]).toContain('Sionförsamlingen Linköping');
    expect(rows['Uppföljning']![0]).toContain('Sammankallande: Omsorgs- och äldreförvaltningen.');
  });
});

describe('open data', () => {
  const site = new URL('https://oppnapartnerskap.example/');
  it('funding CSV: the documented 0 of 004 stays 0 and links to its passage', () => {
    const organisations = new Map(content.organisations.map((o) => [o.id, o.data]));
    const rows = parseCsv(toCsv(FUNDING_COLUMNS, fundingRecords(content.partnerships, organisations, site)));
    const domkyrka = rows.find(
      (r) =>
        r.part_id === 'linkopings-domkyrkopastorat' && r.slag === 'kommunal ersättning' && r.avtalsar === '2018/19',
    );
    expect(domkyrka).toMatchObject({ belopp_kr: '0', status: 'dokumenterad' });
    expect(domkyrka!.kalla_lank).toMatch(new RegExp(`^${site.href}dokument/${P004}/#ekonomi:~:text=Omsorgsn`));
    // Each row names the party as its source does.
    const sion2018 = rows.find(
      (r) => r.part_id === 'pingstforsamlingen-linkoping' && r.slag === 'kommunal ersättning' && r.avtalsar === '2018',
    );
    expect(sion2018).toMatchObject({ part: 'Sionförsamlingen', part_senaste_namn: 'Pingstförsamlingen' });
    const unknown2022 = rows.find((r) => r.partnerskap_id === P001 && r.avtalsar === '2022');
    expect(unknown2022!.kalla_citat).toBe('Vid årsskiftet 2023/2024 går nuvarande överenskommelse ut.');
  });
  it('key figures: about 90 unique participants', () => {
    expect(keyFigureRecords(content.documents, site).find((r) => r.nyckeltal_id === 'unika-personer')).toMatchObject({
      varde: 90,
      ungefarligt: 'ja',
      partnerskap_id: P001,
    });
  });
});
