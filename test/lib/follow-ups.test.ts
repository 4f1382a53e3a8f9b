import { describe, expect, it } from 'vitest';
import { dateInterval, followUpRecord, slotsFor } from '../../src/lib/follow-ups';
import { renewalFacts } from '../../src/lib/renewal';
import { sourceGaps } from '../../src/lib/gaps';
import { fundingSeries } from '../../src/lib/funding';
import { FOLLOW_UP, P, PROPOSAL, fixtureContent, fixturePartnership } from '../support/fixtures';

// The fixture: two follow-ups a year required in 2020–2021 by the agreement, 2022 only proposed (no follow-up
// term), one report dated 2020-11-15; no decision deadline, three months' notice.
const content = fixtureContent();
const partnership = fixturePartnership();
const followUps = content.documents
  .filter((d) => d.data.kind === 'uppföljning')
  .map((d) => ({ id: d.id, title: d.data.title, date: d.data.date.value! }));

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

describe('followUpRecord', () => {
  it('makes windows from the terms, fills them with the reports among the sources, and counts what is due', () => {
    expect(followUps.map((f) => f.id)).toEqual([FOLLOW_UP]);
    const record = followUpRecord(partnership, followUps, '2021-09-01');
    expect(record.requirements.map((r) => [r.period.from, r.perYear, r.basis, r.proposed])).toEqual([
      ['2020-01-01', 2, 'villkor', false],
      ['2022-01-01', undefined, 'okänt', true],
    ]);
    expect(record.slots.map((s) => [s.label, s.status, s.document?.id])).toEqual([
      ['första halvåret 2020', 'inget i källorna', undefined],
      ['andra halvåret 2020', 'rapport', FOLLOW_UP],
      ['första halvåret 2021', 'inget i källorna', undefined],
      ['andra halvåret 2021', 'ej förfallen', undefined],
    ]);
    expect([record.due, record.found, record.mentioned, record.none, record.pending]).toEqual([3, 1, 0, 2, 1]);
    expect(record.outside).toEqual([]);
  });

  it('tells a meeting a source mentions from a report, and a proposed duty from the agreement’s', () => {
    const source = { doc: FOLLOW_UP, section: 'resultat', quote: 'Aktiviteterna har nått fler äldre än tidigare.' };
    const meeting = { from: '2021-02-01', to: '2021-02-28', count: 1, text: 'Parterna träffades.', source };
    const yearly = fixturePartnership((raw) => {
      raw.periods[1].followUp = { perYear: 1, text: 'En gång per år.', source: raw.periods[1].source };
    });
    const record = followUpRecord(yearly, followUps, '2023-06-01', [meeting]);
    expect(record.slots.map((s) => [s.label, s.status, s.proposed])).toEqual([
      ['första halvåret 2020', 'inget i källorna', false],
      ['andra halvåret 2020', 'rapport', false],
      ['första halvåret 2021', 'möte nämns', false],
      ['andra halvåret 2021', 'inget i källorna', false],
      ['2022', 'inget i källorna', true],
    ]);
    expect([record.due, record.found, record.mentioned, record.none]).toEqual([4, 1, 1, 2]);
    expect(record.proposed).toMatchObject({ due: 1, found: 0, none: 1 });
  });

  it('puts a follow-up no window takes outside', () => {
    const late = [{ id: 'sen', title: 'Sen', date: '2023-03-01' }];
    expect(followUpRecord(partnership, late, '2024-01-01').outside.map((d) => d.id)).toEqual(['sen']);
  });
});

describe('renewalFacts', () => {
  it('gives the end and its basis, and notice as a term of the earlier agreement, with no derived deadline', () => {
    expect(renewalFacts(partnership)).toEqual({
      endsOn: '2022-12-31',
      endBasis: 'förslag',
      decisionDeadline: undefined,
      decisionDeadlineIsForEarlierPeriod: false,
      noticeMonths: 3,
      noticeFromEarlierAgreement: true,
    });
  });

  it('has no notice without a notice term, and a deadline that belongs to the agreement period', () => {
    const noNotice = fixturePartnership((raw) => {
      raw.terms.notice = null;
      raw.terms.decisionDeadline = { date: '2021-06-30', source: raw.periods[0].source };
    });
    expect(renewalFacts(noNotice)).toMatchObject({
      noticeMonths: undefined,
      noticeFromEarlierAgreement: false,
      decisionDeadline: '2021-06-30',
      decisionDeadlineIsForEarlierPeriod: true,
    });
  });
});

describe('sourceGaps', () => {
  it('names, in plain sentences, every term, decision, amount and follow-up the sources do not give', () => {
    const record = followUpRecord(partnership, followUps, '2021-09-01');
    const gaps = sourceGaps(partnership, content.documents, fundingSeries(partnership), record, P);
    expect(gaps.map((g) => g.text)).toEqual(
      expect.arrayContaining([
        'Överenskommelsen anger ingen sista dag för beslut om förändring, förlängning eller upphörande.',
        'Om förslaget från 2021-10-01 antogs framgår inte av källorna.',
        'Kommunal ersättning saknas helt eller delvis för 2 av 3 avtalsår: 2021, 2022.',
        'Egna insatser saknas helt eller delvis för 1 av 3 avtalsår: 2022.',
        'Hur ofta partnerskapet skulle följas upp 2022-01-01 – 2022-12-31 framgår inte av källorna.',
      ]),
    );
    const texts = gaps.map((g) => g.text).join(' ');
    expect(texts).toMatch(/2 av 3 uppföljningar som överenskommelsen kräver .* ingen publicerad rapport/);
    expect(texts).not.toMatch(/uppsägningstid/);
  });

  it('links each gap to the document to check: the agreement a term is missing from, or the document it is about', () => {
    const record = followUpRecord(partnership, followUps, '2021-09-01');
    const gaps = sourceGaps(partnership, content.documents, fundingSeries(partnership), record, P);
    const documentOf = (start: string) => gaps.find((g) => g.text.startsWith(start))!.document;
    expect(documentOf('Överenskommelsen anger ingen sista dag')).toEqual({ id: P, text: 'saknas i överenskommelsen' });
    expect(documentOf('Kommunal ersättning saknas')).toEqual({ id: P, text: 'saknas i överenskommelsen' });
    expect(documentOf('Om förslaget från 2021-10-01')).toEqual({ id: PROPOSAL, text: 'gäller förslaget' });
    expect(documentOf('2 av 3 uppföljningar')).toEqual({ id: P, text: 'gäller överenskommelsen' });
    // The 2022 period is only proposed and gives no follow-up duty: the proposal is where it is missing.
    expect(documentOf('Hur ofta partnerskapet skulle följas upp 2022')).toEqual({
      id: PROPOSAL,
      text: 'saknas i förslaget',
    });
  });

  it('says, item by item, that the agreement is not among the sources when a fact would stand there', () => {
    const noAgreement = {
      ...partnership,
      agreement: null,
      terms: { ...partnership.terms, decisionDeadline: undefined },
    };
    const record = followUpRecord(noAgreement, followUps, '2021-09-01');
    const gaps = sourceGaps(noAgreement, content.documents, fundingSeries(noAgreement), record, P);
    expect(gaps[0]).toMatchObject({
      text: expect.stringMatching(/^Överenskommelsens text finns inte/),
      document: undefined,
    });
    expect(gaps.find((g) => g.text.startsWith('Kommunal ersättning saknas'))!.document).toBe('ingen överenskommelse');
    expect(gaps.find((g) => g.text.startsWith('Okänt'))).toMatchObject({
      text: expect.stringContaining('beslut om fortsättning'),
      document: 'ingen överenskommelse',
    });
    expect(gaps.some((g) => g.document === undefined && g !== gaps[0])).toBe(false);
  });

  it('names a period without a decision and an undated document with its reason', () => {
    const unknownPeriod = fixturePartnership((raw) => (raw.periods[1].basis = 'saknas i källorna'));
    const undated = content.documents.map((d) =>
      d.id === FOLLOW_UP
        ? { ...d, data: { ...d.data, date: { value: '2020', precision: 'år' as const, reason: 'Bara året står.' } } }
        : d,
    );
    const record = followUpRecord(unknownPeriod, [], '2021-09-01');
    const gaps = sourceGaps(unknownPeriod, undated, fundingSeries(unknownPeriod), record, P);
    expect(gaps).toContainEqual({
      text: 'Beslutet om perioden 2022-01-01 – 2022-12-31 och dess villkor finns inte bland källorna.',
      document: { id: PROPOSAL, text: 'gäller förslaget' },
    });
    expect(gaps).toContainEqual({
      text: '”Uppföljning hösten 2020” är odaterad; Bara året står.',
      document: { id: FOLLOW_UP, text: 'gäller uppföljningen' },
    });
  });
});
